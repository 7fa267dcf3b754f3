package org.magnolianews.host.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A delivery as the management API and the admincentral show it: the body, the state and every try. */
public final class WebhookJson {

    private WebhookJson() {
    }

    public static Map<String, Object> delivery(WebhookDelivery delivery) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", delivery.key());
        json.put("webhook", delivery.webhook());
        json.put("event", delivery.event());
        json.put("eventType", delivery.eventType());
        json.put("method", delivery.method());
        json.put("url", delivery.url());
        json.put("status", delivery.status().name().toLowerCase(java.util.Locale.ROOT));
        json.put("createdAt", Instant.ofEpochMilli(delivery.createdAt()).toString());
        if (delivery.status() == WebhookDelivery.Status.PENDING) {
            json.put("nextAttemptAt", Instant.ofEpochMilli(delivery.nextAttemptAt()).toString());
        }
        json.put("attempts", attempts(delivery.attempts()));
        json.put("body", delivery.body());
        return json;
    }

    private static List<Map<String, Object>> attempts(List<WebhookDelivery.Attempt> attempts) {
        return attempts.stream().map(attempt -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("attempt", attempt.number());
            json.put("at", Instant.ofEpochMilli(attempt.at()).toString());
            json.put("status", attempt.status());
            json.put("durationMs", attempt.durationMillis());
            json.put("error", attempt.error());
            return json;
        }).toList();
    }
}
