package org.magnolianews.host.author.webhooks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.author.apps.SiteTime;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.config.WebhookSettings;
import org.magnolianews.host.definition.WebhookDefinition;
import org.magnolianews.host.webhooks.WebhookDelivery;
import org.magnolianews.host.webhooks.WebhookOutbox;

/**
 * The webhooks screen for admins ({@code /webhooks}, issue 9 item 7): the webhook definitions (what each is called for,
 * whether it is signed) and the latest deliveries with every try (when, HTTP status, duration, error), from the outbox.
 */
public final class WebhookRoutes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SiteTime.ZONE);
    static final int SHOWN_DELIVERIES = 100;

    /** Read on each view: the screen shows the definitions as they are after a light-module reload. */
    private final java.util.function.Supplier<List<WebhookDefinition>> webhooks;
    private final WebhookSettings settings;
    private final WebhookOutbox outbox;
    private final AdminTemplates templates;

    public WebhookRoutes(java.util.function.Supplier<List<WebhookDefinition>> webhooks, WebhookSettings settings, WebhookOutbox outbox,
                         AdminTemplates templates) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.outbox = outbox;
        this.templates = templates;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.WEBHOOKS, this::list);
    }

    private void list(Exchange x) throws Exception {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("webhooks", webhooks.get().stream().map(this::definition).toList());
        model.put("deliveries", outbox.recent(SHOWN_DELIVERIES).stream().map(WebhookRoutes::delivery).toList());
        model.put("shown", SHOWN_DELIVERIES);
        x.page(200, x.t("webhooks.title"), templates.render(x, "webhooks.ftlh", model));
    }

    private Map<String, Object> definition(WebhookDefinition webhook) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", webhook.name());
        row.put("method", webhook.method());
        row.put("url", webhook.url().toString());
        row.put("enabled", webhook.enabled());
        row.put("signed", settings.secretOf(webhook.name()).isPresent());
        row.put("secretVariable", WebhookSettings.secretVariable(webhook.name()));
        row.put("file", webhook.file());
        row.put("events", webhook.events().stream().map(event -> Map.of("name", event.name(), "type", event.type().yaml(),
                "filter", event.filter().map(Object::toString).orElse(""))).toList());
        return row;
    }

    private static Map<String, Object> delivery(WebhookDelivery delivery) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", delivery.key());
        row.put("webhook", delivery.webhook());
        row.put("event", delivery.event());
        row.put("eventType", delivery.eventType());
        row.put("status", delivery.status().name().toLowerCase(java.util.Locale.ROOT));
        row.put("created", SHOWN.format(Instant.ofEpochMilli(delivery.createdAt())));
        row.put("next", delivery.status() == WebhookDelivery.Status.PENDING ? SHOWN.format(Instant.ofEpochMilli(delivery.nextAttemptAt())) : "");
        row.put("attempts", delivery.attempts().stream().map(attempt -> {
            Map<String, Object> tried = new LinkedHashMap<>();
            tried.put("number", attempt.number());
            tried.put("at", SHOWN.format(Instant.ofEpochMilli(attempt.at())));
            tried.put("status", attempt.status());
            tried.put("durationMs", attempt.durationMillis());
            tried.put("error", attempt.error() == null ? "" : attempt.error());
            return tried;
        }).toList());
        return row;
    }
}
