package org.magnolianews.host.rendering;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.magnolianews.host.cache.KeyedCache;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.cache.ReadLog;
import org.magnolianews.host.cache.SurrogateKeys;
import org.magnolianews.host.repository.LiveGate;

/**
 * Rendered responses of the public site (pages, feeds, sitemaps) by URL and reader country, each with the
 * surrogate keys of what its rendering read (a {@link ReadLog} around the rendering: items, paths, children
 * listings and list queries, recorded by the sessions the rendering hands out). A publish drops exactly the
 * responses whose keys it touches ({@link Purges}); the events arrive synchronously, so when a publish call
 * returns, no page it changed is served any more. A page renders inside the {@link LiveGate}, so it never
 * shows half of a publish; one rendered while a purge ran is not stored. Entries expire after
 * {@link org.magnolianews.host.cache.CachePolicy#HOST_MAX_AGE} as a last line of defence.
 */
final class PageCache {

    /** A rendered response and the surrogate keys of what it showed. */
    record Entry(int status, String contentType, byte[] body, Set<String> keys) {
        Entry(int status, String contentType, byte[] body) {
            this(status, contentType, body, Set.of());
        }

        Entry withKeys(Set<String> keys) {
            return new Entry(status, contentType, body, Set.copyOf(keys));
        }
    }

    /**
     * An entry, whether it came from the cache, and whether a shared cache in front of the host may keep it: not when
     * a purge ran while it rendered (it may show what that purge changed, or carry a list the purge forgot), since the
     * purge's requests to the shared caches may arrive before the response does.
     */
    record Served(Entry entry, boolean hit, boolean shareable) {
        Served(Entry entry, boolean hit) {
            this(entry, hit, true);
        }
    }

    private final KeyedCache<Entry> entries;
    private final Purges purges;
    private final LiveGate gate;

    /** {@code maximumBytes}: what the cached bodies, their URLs and keys may take together. */
    PageCache(Purges purges, LiveGate gate, long maximumBytes) {
        this.gate = gate;
        this.purges = purges;
        this.entries = KeyedCache.byWeight(maximumBytes, (String key, Entry entry) -> key.length() * 2 + entry.body().length
                + entry.contentType().length() * 2 + 100);
        purges.serve(entries);
    }

    /** Hits, misses, evictions and size as {@code cache_*{cache="pages"}} metrics. */
    void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, entries.caffeine(), "pages");
    }

    /** Returns the cached entry, or renders (recording what it reads), caches successful pages, and returns the result. */
    Served get(String key, Supplier<Entry> render) {
        KeyedCache.Entry<Entry> cached = entries.get(key).orElse(null);
        if (cached != null) {
            return new Served(cached.value(), true);
        }
        return render(key, render, true);
    }

    /** Renders without the cache, with the keys it would carry (a request the cache does not keep). */
    Entry renderUncached(Supplier<Entry> render) {
        return render(null, render, false).entry();
    }

    private Served render(String key, Supplier<Entry> render, boolean store) {
        long started = entries.generation();
        Entry rendered;
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.ALL);
        try (ReadLog log = ReadLog.open()) {
            rendered = gate.read(render);
            keys.addAll(log.keys());
            if (store && rendered.status() == 200) {
                purges.stored(log);
            }
        }
        Entry entry = rendered.withKeys(keys);
        if (store && rendered.status() == 200) {
            entries.put(key, entry, keys, started);
        }
        return new Served(entry, false, entries.generation() == started);
    }

    long size() {
        return entries.size();
    }
}
