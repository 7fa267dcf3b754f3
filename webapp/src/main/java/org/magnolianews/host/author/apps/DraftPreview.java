package org.magnolianews.host.author.apps;

import java.io.IOException;
import java.util.Optional;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.http.SecurityHeaders;
import org.magnolianews.host.rendering.SitePreview;

/**
 * Answers a preview request with the public site's rendering of a draft (an item or a page), its
 * images served by the author UI, which may show unpublished assets.
 */
public final class DraftPreview {

    private final SitePreview site;

    public DraftPreview(SitePreview site) {
        this.site = site;
    }

    /** Writes the site's page for the node; false when the site shows no page for it. */
    public boolean respond(Exchange x, String workspace, String path, String language) throws IOException {
        String baseUrl = x.request().getScheme() + "://" + x.request().getServerName() + ":" + x.request().getServerPort();
        return respond(x, site.of(workspace, path, language, baseUrl, id -> Exchange.BASE + "/asset?id=" + id + "&width=1200"));
    }

    /** Writes the website page at {@code path} in the pages app's edit mode (the page editor's comments); false when none. */
    public boolean respondEditing(Exchange x, String path, String language) throws IOException {
        String baseUrl = x.request().getScheme() + "://" + x.request().getServerName() + ":" + x.request().getServerPort();
        return respond(x, site.edit(path, language, baseUrl, id -> Exchange.BASE + "/asset?id=" + id + "&width=1200"));
    }

    private static boolean respond(Exchange x, Optional<SitePreview.Page> page) throws IOException {
        if (page.isEmpty()) {
            return false;
        }
        x.response().setHeader("X-Robots-Tag", "noindex");
        // The page is the site's: its policy, not the admincentral's (which also forbids framing, and a
        // preview may be framed by the pages app on the same origin).
        SecurityHeaders.SITE.applyTo(x.response());
        x.html(page.get().status(), page.get().html());
        return true;
    }
}
