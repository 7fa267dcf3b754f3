package org.magnolianews.host.delivery;

import java.util.HashMap;
import java.util.Map;
import javax.jcr.Session;
import org.magnolianews.host.repository.LiveSessionPool;

/**
 * The sessions one response reads with, borrowed on first use and always on a live twin: delivery
 * has no way to open an editing workspace, so unpublished content cannot reach a response.
 * One instance per request; JCR sessions are not thread-safe.
 */
final class LiveSessions implements AutoCloseable {

    private final LiveSessionPool pool;
    private final Map<String, Session> borrowed = new HashMap<>(4);

    LiveSessions(LiveSessionPool pool) {
        this.pool = pool;
    }

    /** The live twin of a content workspace ({@code news} → {@code news_live}). */
    Session of(String contentWorkspace) {
        return borrowed.computeIfAbsent(contentWorkspace, pool::borrow);
    }

    @Override
    public void close() {
        borrowed.forEach(pool::release);
        borrowed.clear();
    }
}
