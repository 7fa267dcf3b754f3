package org.magnolianews.host.rendering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import javax.jcr.RepositoryException;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.content.ContentEvents;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * Counts of published items per query (items per subject, all items) for the models, remembered until
 * the next publish or unpublish. At 100k items a count walks tens of thousands of index hits; the
 * subject navigation alone asks for fifty of them.
 */
final class QueryCounts {

    private final Cache<String, Long> counts = Caffeine.newBuilder().maximumSize(10_000).build();
    private final AtomicLong generation = new AtomicLong();

    QueryCounts(ContentEvents events) {
        events.subscribe(this::onContentEvent);
    }

    private void onContentEvent(ContentEvent event) {
        if (event.changesLiveContent()) {
            generation.incrementAndGet();
            counts.invalidateAll();
        }
    }

    long count(LiveSessions sessions, String workspace, String xpath) throws RepositoryException {
        String key = workspace + "|" + xpath;
        Long known = counts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long started = generation.get();
        long counted = XPathQueries.count(sessions.session(workspace), xpath);
        if (generation.get() == started) {
            counts.put(key, counted);
        }
        return counted;
    }
}
