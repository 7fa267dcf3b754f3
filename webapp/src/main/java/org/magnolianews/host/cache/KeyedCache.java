package org.magnolianews.host.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Weigher;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Responses by request key, each with the surrogate keys of what it showed; {@link #purge} drops exactly the
 * responses holding any of the given keys. A response computed while a purge ran may show the state before it,
 * so a generation counter keeps it out ({@link #generation} before computing, {@link #put} with it after).
 * The page cache and the delivery response cache are both one of these, fed by one {@link Purges}.
 *
 * @param <V> the cached response
 */
public final class KeyedCache<V> {

    /** A cached response and its surrogate keys. */
    public record Entry<V>(V value, Set<String> keys) {
    }

    /** What one surrogate key of an entry takes: the string (shared with other entries or not) and its index entry. */
    static final int KEY_BYTES = 96;

    private final Cache<String, Entry<V>> entries;
    /** Surrogate key → request keys of the responses holding it. */
    private final Map<String, Set<String>> byKey = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private KeyedCache(Caffeine<Object, Object> builder) {
        this.entries = builder.expireAfterWrite(CachePolicy.HOST_MAX_AGE).recordStats().executor(Runnable::run)
                .<String, Entry<V>>removalListener((key, entry, cause) -> {
                    if (key != null && entry != null && cause != RemovalCause.REPLACED) {
                        unindex(key, entry);
                    }
                }).build();
    }

    public static <V> KeyedCache<V> bySize(long maximumEntries) {
        return new KeyedCache<>(Caffeine.newBuilder().maximumSize(maximumEntries));
    }

    public static <V> KeyedCache<V> byWeight(long maximumWeight, Weigher<String, V> weigher) {
        Weigher<String, Entry<V>> entryWeigher = (key, entry) -> weigher.weigh(key, entry.value()) + entry.keys().size() * KEY_BYTES;
        @SuppressWarnings({"unchecked", "rawtypes"})
        Caffeine<Object, Object> builder = (Caffeine) Caffeine.newBuilder().maximumWeight(maximumWeight).weigher(entryWeigher);
        return new KeyedCache<>(builder);
    }

    public Optional<Entry<V>> get(String key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    /** The generation to hand to {@link #put}: read it before computing a response. */
    public long generation() {
        return generation.get();
    }

    /** Stores a response unless a purge ran since {@code started}. */
    public void put(String key, V value, Set<String> keys, long started) {
        synchronized (this) {
            if (generation.get() != started) {
                return;
            }
            Entry<V> entry = new Entry<>(value, Set.copyOf(keys));
            Entry<V> previous = entries.asMap().put(key, entry);
            if (previous != null) {
                unindex(key, previous);
            }
            for (String surrogate : entry.keys()) {
                byKey.computeIfAbsent(surrogate, k -> ConcurrentHashMap.newKeySet()).add(key);
            }
        }
    }

    /** Drops every response holding one of the keys; returns how many. */
    public int purge(Collection<String> keys) {
        int dropped = 0;
        synchronized (this) {
            generation.incrementAndGet();
            for (String surrogate : keys) {
                Set<String> holders = byKey.remove(surrogate);
                if (holders == null) {
                    continue;
                }
                for (String key : holders) {
                    if (entries.asMap().remove(key) != null) {
                        dropped++;
                    }
                }
            }
        }
        return dropped;
    }

    public void purgeAll() {
        synchronized (this) {
            generation.incrementAndGet();
            entries.invalidateAll();
            byKey.clear();
        }
    }

    private void unindex(String key, Entry<V> entry) {
        for (String surrogate : entry.keys()) {
            byKey.computeIfPresent(surrogate, (k, holders) -> {
                holders.remove(key);
                return holders.isEmpty() ? null : holders;
            });
        }
    }

    /** Caffeine's statistics, for the metrics. */
    public Cache<String, Entry<V>> caffeine() {
        return entries;
    }

    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
