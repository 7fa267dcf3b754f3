package org.magnolianews.host.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The list queries of every response that may still be cached somewhere: in the host, or in a shared cache in
 * front of it (a CDN, Varnish) for up to {@link CachePolicy#SHARED_MAX_AGE}. Each publish asks which of them it
 * touches; a list is forgotten when it is purged (the next rendering registers it again) or when no response
 * that read it can still be cached anywhere.
 *
 * <p>Bounded by bytes ({@link ListRead#weight()}): every rendering of an archive story registers lists of its own (the
 * related news around its date), so a crawl of 100,000 articles within the hour would otherwise keep more than a
 * 512 MB heap. Past the bound, the oldest lists are forgotten until half of it is left, and their keys are handed to
 * {@code forgotten}, to be purged as a publish's are: the responses that read them go, rather than stay cached where
 * no publish could find them any more. Half at a time, because a purge also turns away the responses being rendered
 * meanwhile (they may have read what it changed): one such purge per half-filling, not one per rendering.
 */
final class ListRegistry {

    private final Cache<String, ListRead> lists;
    private final long maxBytes;
    private final Consumer<Set<String>> forgotten;
    private final AtomicLong bytes = new AtomicLong();

    /**
     * @param maxBytes  the bound of the lists' {@link ListRead#weight() weights}
     * @param forgotten told the keys of the lists forgotten for the bound
     */
    ListRegistry(Duration keepFor, long maxBytes, Consumer<Set<String>> forgotten) {
        this.maxBytes = maxBytes;
        this.forgotten = forgotten;
        // Every removal (expired, replaced, invalidated, forgotten for the bound) gives its bytes back; told on the
        // thread that caused it (Runnable::run), after the map's own lock is released.
        this.lists = Caffeine.newBuilder().expireAfterWrite(keepFor).executor(Runnable::run)
                .removalListener((String key, ListRead list, RemovalCause cause) -> bytes.addAndGet(-list.weight())).build();
    }

    void register(Collection<ListRead> read) {
        for (ListRead list : read) {
            bytes.addAndGet(list.weight());
            if (lists.asMap().put(list.key(), list) == list) {
                bytes.addAndGet(-list.weight()); // the same instance again (nested logs share theirs): no removal is told
            }
        }
        if (bytes.get() > maxBytes) {
            Set<String> keys = forgetOldest();
            if (!keys.isEmpty()) {
                forgotten.accept(keys);
            }
        }
    }

    /**
     * Forgets the lists registered longest ago until half the bound is left; their keys. Caffeine renews a list's write
     * time at most once a second, so one registered again within a second keeps its place: forgetting it then purges
     * its responses early, never leaves one stale.
     */
    private synchronized Set<String> forgetOldest() {
        Set<String> keys = new HashSet<>();
        lists.cleanUp(); // the expired ones first: they cost no purge
        if (bytes.get() <= maxBytes) {
            return keys;
        }
        Map<String, ListRead> oldest = lists.policy().expireAfterWrite().orElseThrow()
                .oldest((int) Math.min(Integer.MAX_VALUE, lists.estimatedSize()));
        for (Map.Entry<String, ListRead> entry : oldest.entrySet()) {
            if (bytes.get() <= maxBytes / 2) {
                break;
            }
            if (lists.asMap().remove(entry.getKey(), entry.getValue())) {
                keys.add(entry.getKey());
            }
        }
        return keys;
    }

    /** The keys of the lists a change of one item touches. */
    Set<String> touchedBy(String workspace, ItemState before, ItemState after) {
        Set<String> keys = new HashSet<>();
        for (ListRead list : lists.asMap().values()) {
            if (list.touchedBy(workspace, before, after)) {
                keys.add(list.key());
            }
        }
        return keys;
    }

    void forget(Collection<String> keys) {
        lists.invalidateAll(keys);
    }

    long size() {
        lists.cleanUp();
        return lists.estimatedSize();
    }

    /** The weights of the lists registered now. */
    long bytes() {
        lists.cleanUp();
        return bytes.get();
    }
}
