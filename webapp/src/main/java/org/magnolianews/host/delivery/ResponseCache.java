package org.magnolianews.host.delivery;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.magnolianews.host.cache.CachePolicy;
import org.magnolianews.host.cache.KeyedCache;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.cache.SurrogateKeys;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.repository.LiveGate;

/**
 * Delivery responses in memory, by the surrogate keys of what they showed ({@link KeyedCache}, the mechanism the
 * page cache uses too, purged by {@link Purges}): every identifier in a response (and of references that resolved
 * as absent), a read's path with its subtree ({@code t}: a publish at or below it changes the read) and its
 * ancestors ({@code u}: an unpublished folder takes the reads below it), and for lists and queries, every list of
 * the workspace ({@code w}: a delivery query's filters are not recorded item by item yet).
 *
 * <p>A response is computed inside the {@link LiveGate}, so it never mixes two versions of the live side; one
 * computed while a purge ran may hold the old state, and is not stored. Entries also expire after
 * {@link #MAX_AGE}: a last line of defence, should a change ever reach the live side unannounced.
 */
public final class ResponseCache {

    static final Duration MAX_AGE = CachePolicy.HOST_MAX_AGE;

    private final KeyedCache<CachedResponse> cache;
    private final LiveGate gate;
    /** False with {@code NEWS_DELIVERY_CACHE_MB=0}: every response is computed for its one request and dropped. */
    private final boolean keeps;

    public ResponseCache(long maxBytes, LiveGate gate) {
        this.gate = gate;
        this.keeps = maxBytes > 0;
        this.cache = KeyedCache.byWeight(maxBytes, (String key, CachedResponse value) -> key.length() * 2 + value.body().length
                + (value.gzipped() == null ? 0 : value.gzipped().length) + 200);
    }

    /** The keyed store, for {@link Purges#serve}. */
    public KeyedCache<CachedResponse> keyed() {
        return cache;
    }

    /** Hits, misses, evictions and size as {@code cache_*{cache="delivery"}} metrics. */
    public void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, cache.caffeine(), "delivery");
    }

    public Optional<CachedResponse> get(String key) {
        return keeps ? cache.get(key).map(KeyedCache.Entry::value) : Optional.empty();
    }

    /**
     * Computes a response and stores it unless a purge ran meanwhile. A kept response is gzipped once for the clients
     * to come; with the cache off only when this request's client takes gzip (compressing a list of ten items cost
     * about as much as rendering it).
     */
    public CachedResponse compute(String key, boolean gzipWanted, Supplier<Rendered> renderer) {
        long started = cache.generation();
        Rendered rendered = gate.read(renderer);
        CachedResponse response = CachedResponse.of(rendered, keysOf(rendered), keeps || gzipWanted);
        if (keeps) {
            cache.put(key, response, response.keys(), started);
        }
        return response;
    }

    /** For a cache used on its own (tests): the purge of what an event names. */
    public void onContentEvent(ContentEvent event) {
        if (event.changesLiveContent()) {
            cache.purge(Purges.keysNamedBy(event));
        }
    }

    /** Whether an event drops a response: they share a key. */
    static boolean affected(Rendered response, ContentEvent event) {
        return !Collections.disjoint(keysOf(response), Purges.keysNamedBy(event));
    }

    static Set<String> keysOf(Rendered response) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.ALL);
        for (String identifier : response.identifiers()) {
            keys.add(SurrogateKeys.item(identifier));
        }
        if (response.list()) {
            keys.add(SurrogateKeys.workspaceLists(response.workspace()));
        }
        if (response.readPath() != null) {
            keys.add(SurrogateKeys.tree(response.workspace(), response.readPath()));
            for (String above : SurrogateKeys.selfAndAncestors(response.readPath())) {
                keys.add(SurrogateKeys.under(response.workspace(), above));
            }
        }
        return keys;
    }

    public long size() {
        return cache.size();
    }

    /**
     * A strong validator of the exact bytes sent: their length and their CRC-32C and CRC-32 (two polynomials, together a
     * 64-bit check). It only has to tell two versions of one resource apart, which these do short of a 1 in 2^64
     * accident; a cryptographic digest (SHA-256 before) took a tenth of the CPU of an uncached list of ten items, these
     * CRCs are CPU instructions.
     */
    static String etag(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body);
        CRC32 ieee = new CRC32();
        ieee.update(body);
        byte[] validator = ByteBuffer.allocate(12).putInt(body.length).putInt((int) castagnoli.getValue())
                .putInt((int) ieee.getValue()).array();
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(validator) + "\"";
    }

}
