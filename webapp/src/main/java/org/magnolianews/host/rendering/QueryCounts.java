package org.magnolianews.host.rendering;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.content.ContentEvents;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.rendering.ItemCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts of published items per query (items per subject, all items) for the models. Counting walks
 * every index hit: all 100k items take seconds, a subject tens of milliseconds. So a count is computed
 * once and kept; a publish marks all counts stale, and the next reader gets the previous value at once
 * while one background thread recounts. When a recount changes a value, {@code onChange} runs (the
 * site drops its page cache), so a page keeps a stale count only for the seconds a recount takes.
 * Registered as the module's {@link ItemCounts} component; counts of a preview's editing workspaces are
 * never remembered.
 */
final class QueryCounts implements ItemCounts {

    private static final Logger LOG = LoggerFactory.getLogger(QueryCounts.class);
    /** The public site's sessions are on the live twins ({@code news_live}, see {@code SiteSessions}). */
    private static final String LIVE_SUFFIX = "_live";

    private record Count(long value, long generation) {
    }

    private final ContentRepository repository;
    private final Runnable onChange;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> recounting = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService recounter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "query-recount");
        thread.setDaemon(true);
        return thread;
    });

    QueryCounts(ContentRepository repository, ContentEvents events, Runnable onChange) {
        this.repository = repository;
        this.onChange = onChange;
        events.subscribe(this::onContentEvent);
    }

    private void onContentEvent(ContentEvent event) {
        if (event.changesLiveContent()) {
            generation.incrementAndGet();
        }
    }

    @Override
    public long count(Session session, String xpath) throws RepositoryException {
        String live = session.getWorkspace().getName();
        if (!live.endsWith(LIVE_SUFFIX)) {
            return XPathQueries.count(session, xpath); // a preview's counts never reach the site's
        }
        String workspace = live.substring(0, live.length() - LIVE_SUFFIX.length());
        String key = workspace + "|" + xpath;
        Count known = counts.get(key);
        if (known == null) {
            long now = generation.get();
            long value = XPathQueries.count(session, xpath);
            counts.putIfAbsent(key, new Count(value, now));
            return value;
        }
        if (known.generation() != generation.get() && recounting.putIfAbsent(key, Boolean.TRUE) == null) {
            recounter.execute(() -> recount(key, workspace, xpath, known));
        }
        return known.value();
    }

    private void recount(String key, String workspace, String xpath, Count previous) {
        try (SiteSessions sessions = SiteSessions.published(repository)) {
            long now = generation.get();
            long value = XPathQueries.count(sessions.session(workspace), xpath);
            counts.put(key, new Count(value, now));
            if (value != previous.value()) {
                onChange.run();
            }
        } catch (RepositoryException | RuntimeException e) {
            LOG.warn("cannot recount {}: {}", xpath, e.toString());
        } finally {
            recounting.remove(key);
        }
    }
}
