package org.magnolianews.host.rendering;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.jcr.Session;
import org.magnolianews.host.cache.LiveQueryIndex;
import org.magnolianews.host.cache.RecordingSession;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.LiveSessionPool;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * The sessions one rendering uses, opened on first use and all logged out at the end. Templates and
 * models name workspaces as editors know them ({@code news}). For the public site this hands out the
 * live twin ({@code news_live}), so the site can only ever read published content; only the author UI's
 * preview, behind its login, renders from the editing workspaces themselves.
 */
final class SiteSessions implements AutoCloseable {

    private final ContentRepository repository;
    private final LiveSessionPool pool;
    private final LiveQueryIndex index;
    /** Borrowed live sessions by workspace as editors name it ({@code news}), given back at the end. */
    private final Map<String, Session> borrowed = new HashMap<>();
    private final Optional<Function<String, String>> draftAssetLinks;
    private final Map<String, Session> open = new HashMap<>();

    private SiteSessions(ContentRepository repository, LiveSessionPool pool, LiveQueryIndex index,
                         Optional<Function<String, String>> draftAssetLinks) {
        this.repository = repository;
        this.pool = pool;
        this.index = index;
        this.draftAssetLinks = draftAssetLinks;
    }

    /** Published content only: what every public page and feed renders from. */
    static SiteSessions published(ContentRepository repository, LiveSessionPool pool, LiveQueryIndex index) {
        return new SiteSessions(repository, pool, index, Optional.empty());
    }

    /**
     * Drafts as they are now, for a preview. {@code assetLinks} maps an asset identifier to a URL that
     * serves it unpublished (the site's {@code /dam/} serves published assets only).
     */
    static SiteSessions drafts(ContentRepository repository, Function<String, String> assetLinks) {
        return new SiteSessions(repository, null, null, Optional.of(assetLinks));
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
        return open.computeIfAbsent(name, live -> drafts() ? repository.login(live) : RecordingSession.of(borrow(base), index));
    }

    private Session borrow(String base) {
        Session session = pool.borrow(base);
        borrowed.put(base, session);
        return session;
    }

    @Override
    public void close() {
        if (drafts()) {
            open.values().forEach(Session::logout);
        } else {
            borrowed.forEach(pool::release); // the recording wrappers end here; the sessions read on for others
        }
        open.clear();
        borrowed.clear();
    }
}
