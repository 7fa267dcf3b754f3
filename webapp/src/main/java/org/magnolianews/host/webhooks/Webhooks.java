package org.magnolianews.host.webhooks;

import org.magnolianews.host.HostContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks on publish and unpublish (issue 9, item 7; docs/webhooks.md): the modules' {@code webhooks/} definitions,
 * the persisted outbox, the dispatcher that fills it from content events and the sender that empties it. Runs on
 * nodes that publish (author or both); a public node announces nothing.
 */
public final class Webhooks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);

    private final WebhookSender sender;

    private Webhooks(WebhookSender sender) {
        this.sender = sender;
    }

    public static Webhooks start(HostContext host) {
        WebhookDefinitions definitions = WebhookDefinitions.following(host.definitions());
        WebhookOutbox outbox = new WebhookOutbox(host.repository());
        outbox.prepare();
        WebhookSender sender = new WebhookSender(outbox, definitions, host.settings().webhooks(), host.repository().journal());
        WebhookDispatcher dispatcher = new WebhookDispatcher(definitions, host.repository(), outbox, sender::wake);
        host.events().subscribe(dispatcher::onContentEvent);
        sender.bindMetrics(host.metrics().registry());
        sender.start(); // also delivers what a previous run left pending
        if (!definitions.all().isEmpty()) {
            LOG.info("Webhooks: {}", definitions.all().stream().map(d -> d.name() + (d.enabled() ? "" : " (disabled)") + " → " + d.method() + " "
                    + d.url()).toList());
        }
        return new Webhooks(sender);
    }

    @Override
    public void close() {
        sender.close();
    }
}
