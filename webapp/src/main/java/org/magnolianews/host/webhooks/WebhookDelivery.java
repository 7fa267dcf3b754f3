package org.magnolianews.host.webhooks;

import java.util.List;

/**
 * One call of one webhook for one content event, as the outbox keeps it.
 *
 * @param key the idempotency key: chosen once when the event is recorded, sent with every try ({@code Idempotency-Key})
 */
public record WebhookDelivery(String key, String webhook, String event, String eventType, String method, String url, String body,
                              long createdAt, Status status, long nextAttemptAt, List<Attempt> attempts) {

    public enum Status { PENDING, DELIVERED, FAILED }

    /**
     * One try: when it started (epoch millis), the HTTP status (0: no answer), how long it took and what went wrong.
     */
    public record Attempt(int number, long at, int status, long durationMillis, String error) {
    }

    /** A delivery to make, before its first try. */
    static WebhookDelivery created(String key, String webhook, String event, String eventType, String method, String url, String body,
                                   long now) {
        return new WebhookDelivery(key, webhook, event, eventType, method, url, body, now, Status.PENDING, now, List.of());
    }
}
