package org.magnolianews.host.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The list queries of every response that may still be cached somewhere: in the host, or in a shared cache in
 * front of it (a CDN, Varnish) for up to {@link CachePolicy#SHARED_MAX_AGE}. Each publish asks which of them it
 * touches; a list is forgotten when it is purged (the next rendering registers it again) or when no response
 * that read it can still be cached anywhere.
 */
final class ListRegistry {

    private final Cache<String, ListRead> lists;

    ListRegistry(Duration keepFor, long maximum) {
        this.lists = Caffeine.newBuilder().expireAfterWrite(keepFor).maximumSize(maximum).executor(Runnable::run).build();
    }

    void register(Collection<ListRead> read) {
        for (ListRead list : read) {
            lists.asMap().merge(list.key(), list, (old, now) -> now);
        }
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
}
