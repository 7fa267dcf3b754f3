package org.magnolianews.host.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.WebhookDefinition;

/**
 * The modules' webhook definitions as they are now: read at start and again after every light-module reload, so a
 * webhook added, changed or removed on disk is followed without a restart, as every other definition is. The list is
 * replaced, never changed, so the dispatcher and the senders read it without a lock.
 */
public final class WebhookDefinitions {

    private final DefinitionRegistry registry;
    private volatile List<WebhookDefinition> current;

    private WebhookDefinitions(DefinitionRegistry registry) {
        this.registry = registry;
        this.current = read(registry);
    }

    public static WebhookDefinitions following(DefinitionRegistry registry) {
        WebhookDefinitions definitions = new WebhookDefinitions(registry);
        registry.onReload(definitions::reread);
        return definitions;
    }

    /** Reads the registry's webhook definitions (their problems are the registry's: this list only keeps the usable ones). */
    public static List<WebhookDefinition> read(DefinitionRegistry registry) {
        return WebhookDefinition.readAll(registry, new ArrayList<>());
    }

    private void reread() {
        current = read(registry);
    }

    public List<WebhookDefinition> all() {
        return current;
    }

    public List<WebhookDefinition> enabled() {
        return current.stream().filter(WebhookDefinition::enabled).toList();
    }

    /** The definition a delivery was made for; empty once it was removed (its pending deliveries still go out). */
    public Optional<WebhookDefinition> named(String name) {
        return current.stream().filter(w -> w.name().equals(name)).findFirst();
    }
}
