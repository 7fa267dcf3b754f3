package org.magnolianews.host.rendering;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.jcr.Session;
import org.magnolianews.host.cache.RecordingSession;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * The sessions one rendering uses, opened on first use and all logged out at the end. Templates and
 * models name workspaces as editors know them ({@code news}). For the public site this hands out the
 * live twin ({@code news_live}), so the site can only ever read published content; only the author UI's
 * preview, behind its login, renders from the editing workspaces themselves.
 */
final class SiteSessions implements AutoCloseable {

    private final ContentRepository repository;
    private final Optional<Function<String, String>> draftAssetLinks;
    private final Map<String, Session> open = new HashMap<>();

    private SiteSessions(ContentRepository repository, Optional<Function<String, String>> draftAssetLinks) {
        this.repository = repository;
        this.draftAssetLinks = draftAssetLinks;
    }

    /** Published content only: what every public page and feed renders from. */
    static SiteSessions published(ContentRepository repository) {
        return new SiteSessions(repository, Optional.empty());
    }

    /**
     * Drafts as they are now, for a preview. {@code assetLinks} maps an asset identifier to a URL that
     * serves it unpublished (the site's {@code /dam/} serves published assets only).
     */
    static SiteSessions drafts(ContentRepository repository, Function<String, String> assetLinks) {
        return new SiteSessions(repository, Optional.of(assetLinks));
    }

    boolean drafts() {
        return draftAssetLinks.isPresent();
    }

    /** Where a draft's asset is served; empty when rendering published content. */
    Optional<String> draftAssetLink(String identifier) {
        return draftAssetLinks.map(links -> links.apply(identifier));
    }

    Session session(String workspace) {
        String base = workspace.endsWith("_live") ? workspace.substring(0, workspace.length() - "_live".length()) : workspace;
        if (!repository.layout().isContentWorkspace(base)) {
            throw new IllegalArgumentException("no content workspace '" + workspace + "'");
        }
        String name = drafts() ? base : WorkspaceLayout.live(base);
        // Published content is read through a recording session: what a page reads becomes its surrogate keys.
        return open.computeIfAbsent(name, live -> drafts() ? repository.login(live) : RecordingSession.of(repository.login(live)));
    }

    @Override
    public void close() {
        open.values().forEach(Session::logout); // a recording session passes logout on
        open.clear();
    }
}
