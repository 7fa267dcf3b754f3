package org.magnolianews.host.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.jcr.RepositoryException;
import org.magnolianews.host.cache.KeyedCache;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.cache.SurrogateKeys;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.LiveGate;

/**
 * Reference targets as responses show them (a {@code jcrReferenceResolver}'s target: the node's own properties, i18n
 * merged, with its {@code @link}), kept across responses (issue 13). Ten news of a list or a search name a handful of
 * subjects, and every list of the endpoint names the same fifty: written once per response, they were a third of an
 * uncached search's CPU.
 *
 * <p>Kept like the responses themselves ({@link KeyedCache}, purged by {@link Purges}) and dropped by what would drop
 * a response showing them: the target's item key (a publish or unpublish names every item it changes, those below a
 * folder included) and its path with each ancestor ({@code u}, as a read's: a folder moved or renamed and published on
 * its own is named alone, and takes the target's {@code @path} and {@code @link} along). That is all a target's JSON
 * depends on: it reads nothing but the target node (its own references are not resolved, it has no children: depth 0).
 * A target written while a purge ran is not kept (the cache's generation).
 *
 * <p>Every commit to the live side drops them all, before any reading starts again ({@link LiveGate#onCommitted}): a
 * response reads the rest of the live side afresh, and one publish may change both an item and the target it names
 * (a folder published with its stories), so a target kept from before the commit, until its purge had run, would make
 * the response mix two versions. So targets are kept between publishes, and after each one read once more; the keys
 * above are what drops them for a change made on another cluster node, which reaches this one without a local commit.
 * Asset targets are not kept (their renditions' URLs come from the themes), nor targets that resolved as absent.
 */
final class ResolvedTargets {

    /** Per entry beyond its JSON: the entry and its strings' headers (the surrogate keys are weighed by the cache). */
    private static final int ENTRY_BYTES = 160;

    /** Resolves a target the usual way: read from the live workspace. */
    interface LookUp {
        Optional<Object> get() throws RepositoryException;
    }

    private final KeyedCache<RawValue> cache;
    /** False with {@code NEWS_DELIVERY_TARGETS_MB=0}: every response writes its targets from the repository. */
    private final boolean keeps;

    ResolvedTargets(long maxBytes, LiveGate gate) {
        this.keeps = maxBytes > 0;
        this.cache = KeyedCache.byWeight(Math.max(maxBytes, 0), (String key, RawValue json) ->
                ENTRY_BYTES + key.length() * 2 + ((WrittenJson) json.rawValue()).byteLength());
        if (keeps) {
            gate.onCommitted(cache::purgeAll);
        }
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
        // what the JSON depends on besides the node: the endpoint's served properties, the workspace, the link, the language
        String key = context.endpoint.path() + '|' + reference.targetWorkspace() + '|' + reference.generateLink() + '|'
                + context.language.cacheKey() + '|' + identifier;
        Optional<KeyedCache.Entry<RawValue>> kept = cache.get(key);
        if (kept.isPresent()) {
            return Optional.of(kept.get().value());
        }
        long started = cache.generation();
        Optional<Object> found = lookUp.get();
        if (found.isPresent() && found.get() instanceof Map<?, ?> target) {
            RawValue written = written(target);
            cache.put(key, written, keys(reference.targetWorkspace(), identifier, target.get("@path")), started);
            return Optional.of(written);
        }
        return found;
    }

    /** The target as the response's JSON writer writes it, once: a response copies its bytes ({@link WrittenJson}). */
    private static RawValue written(Map<?, ?> target) {
        try {
            return new RawValue(new WrittenJson(Json.MAPPER.writeValueAsBytes(target)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reference target as JSON", e);
        }
    }

    private static Set<String> keys(String workspace, String identifier, Object path) {
        Set<String> keys = new HashSet<>();
        keys.add(SurrogateKeys.ALL);
        keys.add(SurrogateKeys.item(identifier));
        if (path instanceof String targetPath) {
            for (String above : SurrogateKeys.selfAndAncestors(targetPath)) {
                keys.add(SurrogateKeys.under(workspace, above));
            }
        }
        return keys;
    }
}
