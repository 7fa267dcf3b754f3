package org.magnolianews.host.delivery;

import java.util.HashMap;
import java.util.Map;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * The sessions one response reads with, opened on first use and always on a live twin: delivery
 * has no way to open an editing workspace, so unpublished content cannot reach a response.
 * One instance per request; JCR sessions are not thread-safe.
 */
final class LiveSessions implements AutoCloseable {

    private final ContentRepository repository;
    private final Map<String, Session> open = new HashMap<>(4);

    LiveSessions(ContentRepository repository) {
        this.repository = repository;
    }

    /** The live twin of a content workspace ({@code news} → {@code news_live}). */
    Session of(String contentWorkspace) {
        return open.computeIfAbsent(contentWorkspace, ws -> repository.login(WorkspaceLayout.live(ws)));
    }

    @Override
    public void close() {
        open.values().forEach(Session::logout);
        open.clear();
    }
}
