package org.magnolianews.host.rendering;

import java.util.HashMap;
import java.util.Map;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * The sessions one rendering uses, opened on first use and all logged out at the end. Templates and
 * models name workspaces as editors know them ({@code news}); this hands out the live twin
 * ({@code news_live}), so the public site can only ever read published content.
 */
final class LiveSessions implements AutoCloseable {

    private final ContentRepository repository;
    private final Map<String, Session> open = new HashMap<>();

    LiveSessions(ContentRepository repository) {
        this.repository = repository;
    }

    Session session(String workspace) {
        String live = workspace.endsWith("_live") ? workspace : WorkspaceLayout.live(workspace);
        if (!repository.layout().isContentWorkspace(live.substring(0, live.length() - "_live".length()))) {
            throw new IllegalArgumentException("no published workspace '" + workspace + "'");
        }
        return open.computeIfAbsent(live, repository::login);
    }

    @Override
    public void close() {
        open.values().forEach(Session::logout);
        open.clear();
    }
}
