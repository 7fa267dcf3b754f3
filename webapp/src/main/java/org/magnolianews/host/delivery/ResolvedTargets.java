package org.magnolianews.host.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.jcr.RepositoryException;
import org.magnolianews.host.cache.KeyedCache;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.cache.SurrogateKeys;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.http.Json;

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

    /** Per entry beyond its characters: the entry, its strings' headers, the surrogate keys' share. */
    private static final int ENTRY_BYTES = 256;

    /** Resolves a target the usual way: read from the live workspace. */
    interface LookUp {
        Optional<Object> get() throws RepositoryException;
    }

    private final KeyedCache<RawValue> cache;
    /** False with {@code NEWS_DELIVERY_TARGETS_MB=0}: every response writes its targets from the repository. */
    private final boolean keeps;

    ResolvedTargets(long maxBytes) {
        this.keeps = maxBytes > 0;
        // the JSON's characters and, once a response has written it, its UTF-8 bytes
        this.cache = KeyedCache.byWeight(Math.max(maxBytes, 0), (String key, RawValue value) ->
                ENTRY_BYTES + key.length() * 2 + ((SerializedString) value.rawValue()).charLength() * 3);
    }

    /** Keeps nothing: for a service without the host's events (a test's). */
    static ResolvedTargets none() {
        return new ResolvedTargets(0);
    }

    /** The keyed store, for {@link Purges#serve}. */
    KeyedCache<RawValue> keyed() {
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
        Optional<KeyedCache.Entry<RawValue>> kept = cache.get(key);
        if (kept.isPresent()) {
            return Optional.of(kept.get().value());
        }
        long started = cache.generation();
        Optional<Object> found = lookUp.get();
        if (found.isPresent() && found.get() instanceof Map<?, ?> target) {
            RawValue written = written(target);
            cache.put(key, written, Set.of(SurrogateKeys.ALL, SurrogateKeys.item(identifier)), started);
            return Optional.of(written);
        }
        return found;
    }

    /**
     * The target as the response's JSON writer would write it, written once: a kept target goes into each response as
     * its bytes ({@link SerializedString} keeps its UTF-8 form), the same bytes the writer makes of the map.
     */
    private static RawValue written(Map<?, ?> target) {
        try {
            return new RawValue(new SerializedString(Json.MAPPER.writeValueAsString(target)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reference target as JSON", e);
        }
    }

    public long size() {
        return cache.size();
    }
}
