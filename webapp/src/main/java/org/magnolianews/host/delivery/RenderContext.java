package org.magnolianews.host.delivery;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * What writing one response needs and collects: the endpoint, the language, the live sessions,
 * and every identifier the response depends on, including references that resolved as absent, so
 * the response cache can drop it when any of them is published or unpublished.
 */
final class RenderContext {

    final EndpointDefinition endpoint;
    final LanguageChoice language;
    final LiveSessions sessions;
    final DeliveryLinks links;
    private final Function<String, I18nMerger> mergers;
    private final Set<String> identifiers = new HashSet<>();

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
}
