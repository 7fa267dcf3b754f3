package org.magnolianews.host.repository;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Read-only sessions on live workspaces, reused across requests (delivery responses and site renderings): a Jackrabbit login and logout cost
 * more than rendering an item (logout discards every item state the session loaded). A session
 * only ever reads, so it never holds transient changes, and Jackrabbit shows it every save made by
 * other sessions as soon as that save returns. One request uses a session at a time.
 */
public final class LiveSessionPool {

    private static final int MAX_IDLE_PER_WORKSPACE = 64;

    private final ContentRepository repository;
    private final Map<String, ConcurrentLinkedDeque<Session>> idle = new ConcurrentHashMap<>();

    public LiveSessionPool(ContentRepository repository) {
        this.repository = repository;
    }

    /** A session on the live twin of a content workspace ({@code news} → {@code news_live}). */
    public Session borrow(String contentWorkspace) {
        Session session = idle.computeIfAbsent(contentWorkspace, ws -> new ConcurrentLinkedDeque<>()).pollFirst();
        return session != null && session.isLive() ? session : repository.login(WorkspaceLayout.live(contentWorkspace));
    }

    public void release(String contentWorkspace, Session session) {
        try {
            if (!session.isLive()) {
                return;
            }
            if (session.hasPendingChanges()) {
                session.refresh(false); // never expected: delivery does not write
            }
        } catch (RepositoryException e) {
            session.logout();
            throw new RepositoryFailure("releasing a delivery session", e);
        }
        ConcurrentLinkedDeque<Session> sessions = idle.computeIfAbsent(contentWorkspace, ws -> new ConcurrentLinkedDeque<>());
        if (sessions.size() < MAX_IDLE_PER_WORKSPACE) {
            sessions.offerFirst(session);
        } else {
            session.logout();
        }
    }
}
