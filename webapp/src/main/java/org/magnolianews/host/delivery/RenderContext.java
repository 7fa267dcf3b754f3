package org.magnolianews.host.delivery;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What writing one response needs and collects: the endpoint, the language, the live sessions,
 * and every identifier the response depends on, including references that resolved as absent, so
 * the response cache can drop it when any of them is published or unpublished. Reference targets are
 * resolved once per response, here, and across responses by {@link ResolvedTargets}.
 */
final class RenderContext {

    final EndpointDefinition endpoint;
    final LanguageChoice language;
    final LiveSessions sessions;
    final DeliveryLinks links;
    private final Function<String, I18nMerger> mergers;
    private final Set<String> identifiers = new HashSet<>();
    /** References resolved so far in this response, by definition and stored value: a list names the same subject on many items. */
    private final Map<ReferenceDefinition, Map<String, Optional<Object>>> resolved = new IdentityHashMap<>(4);

    RenderContext(EndpointDefinition endpoint, LanguageChoice language, LiveSessions sessions, DeliveryLinks links,
                  Function<String, I18nMerger> mergers) {
        this.endpoint = endpoint;
        this.language = language;
        this.sessions = sessions;
        this.links = links;
        this.mergers = mergers;
    }

    I18nMerger merger(String workspace) {
        return mergers.apply(workspace);
    }

    void dependsOn(String identifier) {
        identifiers.add(identifier);
    }

    Set<String> identifiers() {
        return identifiers;
    }

    /** What a reference value resolved to earlier in this response; null when it was not resolved yet. */
    Optional<Object> resolvedBefore(ReferenceDefinition reference, String value) {
        Map<String, Optional<Object>> values = resolved.get(reference);
        return values == null ? null : values.get(value);
    }

    void resolvedAs(ReferenceDefinition reference, String value, Optional<Object> target) {
        resolved.computeIfAbsent(reference, r -> new HashMap<>()).put(value, target);
    }
}
