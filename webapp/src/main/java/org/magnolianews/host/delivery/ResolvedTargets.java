package org.magnolianews.host.delivery;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.jcr.RepositoryException;
import org.magnolianews.host.cache.KeyedCache;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.cache.SurrogateKeys;
import org.magnolianews.host.content.ContentEvent;

/**
 * Reference targets as responses show them (a {@code jcrReferenceResolver}'s target: the node's own properties, i18n
 * merged, with its {@code @link}), kept across responses (issue 13). Ten news of a list or a search name a handful of
 * subjects, and every list of the endpoint names the same fifty: written once per response, they were a third of an
 * uncached search's CPU.
 *
 * <p>Kept like the responses themselves ({@link KeyedCache}, purged by {@link Purges}), under the item key of the
 * target: a response showing a target already depends on that identifier ({@code RenderContext#dependsOn}), so every
 * publish or unpublish that drops such a response drops the target here too, and a target written while a purge ran
 * is not kept (the cache's generation). The item key is all a target depends on: its JSON reads nothing but the
 * target node (its own references are not resolved, it has no children: depth 0), and a publish or unpublish names
 * every item it changes, those below a folder included ({@code ResolvedTargetsIT} unpublishes a folder above one). Asset targets are not kept (their renditions'
 * URLs come from the themes), nor targets that resolved as absent.
 */
final class ResolvedTargets {

    /** Per entry beyond its strings: the map, its entries, the key. */
    private static final int ENTRY_BYTES = 256;

    /** Resolves a target the usual way: read from the live workspace. */
    interface LookUp {
        Optional<Object> get() throws RepositoryException;
    }

    private final KeyedCache<Map<String, Object>> cache;
    /** False with {@code NEWS_DELIVERY_TARGETS_MB=0}: every response writes its targets from the repository. */
    private final boolean keeps;

    ResolvedTargets(long maxBytes) {
        this.keeps = maxBytes > 0;
        this.cache = KeyedCache.byWeight(Math.max(maxBytes, 0), (String key, Map<String, Object> value) ->
                (int) Math.min(Integer.MAX_VALUE, key.length() * 2L + weight(value)));
    }

    /** Keeps nothing: for a service without the host's events (a test's). */
    static ResolvedTargets none() {
        return new ResolvedTargets(0);
    }

    /** The keyed store, for {@link Purges#serve}. */
    KeyedCache<Map<String, Object>> keyed() {
        return cache;
    }

    /** Without the host's targeted purge: the purge of what an event names. */
    void onContentEvent(ContentEvent event) {
        if (event.changesLiveContent()) {
            cache.purge(Purges.keysNamedBy(event));
        }
    }

    /** Hits, misses, evictions and size as {@code cache_*{cache="delivery-targets"}} metrics. */
    void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry, cache.caffeine(), "delivery-targets");
    }

    /** The target of {@code identifier} as {@code reference} shows it in this response's endpoint and language. */
    Optional<Object> resolve(ReferenceDefinition reference, String identifier, RenderContext context, LookUp lookUp)
            throws RepositoryException {
        if (!keeps || reference.kind() != ReferenceDefinition.Kind.JCR || !reference.expand()) {
            return lookUp.get();
        }
        String key = context.endpoint.path() + '|' + reference.name() + '|' + context.language.cacheKey() + '|' + identifier;
        Optional<KeyedCache.Entry<Map<String, Object>>> kept = cache.get(key);
        if (kept.isPresent()) {
            return Optional.of(kept.get().value());
        }
        long started = cache.generation();
        Optional<Object> found = lookUp.get();
        if (found.isPresent() && found.get() instanceof Map<?, ?> target) {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = Collections.unmodifiableMap((Map<String, Object>) target);
            cache.put(key, json, Set.of(SurrogateKeys.ALL, SurrogateKeys.item(identifier)), started);
            return Optional.of(json);
        }
        return found;
    }

    public long size() {
        return cache.size();
    }

    /** About what a written target takes on the heap: its strings (two bytes a character) and its maps and lists. */
    static long weight(Object value) {
        if (value instanceof String text) {
            return 48 + text.length() * 2L;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = ENTRY_BYTES;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 40 + weight(entry.getKey()) + weight(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof List<?> list) {
            long bytes = 48;
            for (Object element : list) {
                bytes += 8 + weight(element);
            }
            return bytes;
        }
        return 24;
    }
}
