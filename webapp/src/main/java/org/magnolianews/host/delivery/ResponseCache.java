package org.magnolianews.host.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.repository.LiveGate;

/**
 * Delivery responses in memory, dropped exactly when a publication can change them. A publish or
 * unpublish in workspace W (announced synchronously, before the publish call returns) drops:
 * every list and query of W; every response containing, or referring to, an identifier the event
 * names; every read of a node at or above a path the event names (its children changed), or below it
 * (an unpublished folder takes its whole subtree with it).
 *
 * <p>A response is computed inside the {@link LiveGate}, so it never mixes two versions of the live
 * side; one computed while an invalidation ran may hold the old state, and a generation counter keeps
 * it out of the cache, so nothing stale is stored after a publish returns. Entries also expire after
 * {@link #MAX_AGE}: a last line of defence, should a change ever reach the live side unannounced.
 */
public final class ResponseCache {

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final Cache<String, CachedResponse> cache;
    private final LiveGate gate;
    private final Object invalidation = new Object();
    private long generation;

    public ResponseCache(long maxBytes, LiveGate gate) {
        this.gate = gate;
        this.cache = Caffeine.newBuilder()
                .executor(Runnable::run) // eviction work on the calling thread: no hand-off on a 2-core host
                .expireAfterWrite(MAX_AGE)
                .recordStats()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedResponse value) -> key.length() * 2 + value.body().length + 200)
                .build();
    }

    /** Hits, misses, evictions and size as {@code cache_*{cache="delivery"}} metrics. */
    public void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, cache, "delivery");
    }

    public Optional<CachedResponse> get(String key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    /** Computes a response and stores it unless an invalidation ran meanwhile. */
    public CachedResponse compute(String key, Supplier<Rendered> renderer) {
        long started;
        synchronized (invalidation) {
            started = generation;
        }
        Rendered rendered = gate.read(renderer);
        CachedResponse response = CachedResponse.of(rendered);
        synchronized (invalidation) {
            if (generation == started) {
                cache.put(key, response);
            }
        }
        return response;
    }

    public void onContentEvent(ContentEvent event) {
        if (!event.changesLiveContent()) {
            return;
        }
        synchronized (invalidation) {
            generation++;
            cache.asMap().entrySet().removeIf(entry -> affected(entry.getValue().dependencies(), event));
        }
    }

    static boolean affected(Rendered response, ContentEvent event) {
        if (response.workspace().equals(event.workspace()) && response.list()) {
            return true;
        }
        for (String identifier : event.identifiers()) {
            if (response.identifiers().contains(identifier)) {
                return true;
            }
        }
        if (response.readPath() != null && response.workspace().equals(event.workspace())) {
            for (String path : event.paths()) {
                if (isAtOrBelow(path, response.readPath()) || isAtOrBelow(response.readPath(), path)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAtOrBelow(String path, String ancestor) {
        return path.equals(ancestor) || ancestor.equals("/") || path.startsWith(ancestor + "/");
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** A strong validator: a digest of the exact bytes sent. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
