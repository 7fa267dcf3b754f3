package org.magnolianews.host.rendering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.content.ContentEvents;
import org.magnolianews.host.repository.LiveGate;

/**
 * Rendered responses of the public site by URL (and reader country). Any publish or unpublish drops
 * everything: a page shows lists of other items (related news, latest news, counts), so any
 * published change may alter any page. The events arrive synchronously, so when a publish call
 * returns, no page rendered before it is served any more. A page renders inside the {@link LiveGate},
 * so it never shows half of a publish; entries expire after {@link #MAX_AGE} as a last line of defence.
 */
final class PageCache {

    /** A rendered response. */
    record Entry(int status, String contentType, byte[] body) {
    }

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final Cache<String, Entry> entries;
    private final LiveGate gate;
    /** Bumped on every invalidation: a rendering that began before a publish must not be cached after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    PageCache(ContentEvents events, LiveGate gate, long maximumEntries) {
        this.gate = gate;
        this.entries = Caffeine.newBuilder().maximumSize(maximumEntries).expireAfterWrite(MAX_AGE).recordStats().build();
        events.subscribe(this::onContentEvent);
    }

    private void onContentEvent(ContentEvent event) {
        if (event.changesLiveContent()) {
            invalidateAll();
        }
    }

    /** Drops every entry, and keeps renderings already under way from storing what they saw. */
    void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** Hits, misses, evictions and size as {@code cache_*{cache="pages"}} metrics. */
    void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, entries, "pages");
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    /** Returns the cached entry, or renders, caches successful pages, and returns the result. */
    Entry get(String key, Supplier<Entry> render) {
        Entry cached = entries.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long started = generation.get();
        Entry rendered = gate.read(render);
        if (rendered.status() == 200 && generation.get() == started) {
            entries.put(key, rendered);
        }
        return rendered;
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
