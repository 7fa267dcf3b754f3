package org.magnolianews.host.rendering;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The public site's rendering of a draft, for the author UI's preview: the same templates, page and
 * components as the published page, read from the editing workspaces.
 */
public final class SitePreview {

    /** The rendered page: its HTTP status (200, or the site's 404/500 page) and HTML. */
    public record Page(int status, String html) {
    }

    private final Supplier<SitePages> pages;

    SitePreview(Supplier<SitePages> pages) {
        this.pages = pages;
    }

    /**
     * The site page of the node at {@code path} in {@code workspace} in a language; empty when the site
     * shows no page for such a node. {@code assetLinks} maps an asset identifier to a URL that serves
     * it unpublished.
     */
    public Optional<Page> of(String workspace, String path, String language, String baseUrl, Function<String, String> assetLinks) {
        SitePages site = pages.get();
        if (site == null) {
            return Optional.empty(); // the host runs without the site
        }
        return site.preview(workspace, path, language, baseUrl, assetLinks)
                .map(response -> new Page(response.status(), new String(response.body(), StandardCharsets.UTF_8)));
    }

    /**
     * The draft page of the website tree at {@code path} in the pages app's edit mode: the site's rendering with the
     * page editor's comments of its page, areas and components. Empty when the site shows no page for it.
     */
    public Optional<Page> edit(String path, String language, String baseUrl, Function<String, String> assetLinks) {
        SitePages site = pages.get();
        if (site == null) {
            return Optional.empty();
        }
        return site.edit(path, language, baseUrl, assetLinks)
                .map(response -> new Page(response.status(), new String(response.body(), StandardCharsets.UTF_8)));
    }
}
