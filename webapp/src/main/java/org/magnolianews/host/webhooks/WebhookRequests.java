package org.magnolianews.host.webhooks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.magnolianews.host.definition.WebhookDefinition;

/**
 * The HTTP request of one try: the definition's method, URL with its {@code queryParameters} and {@code headers}, the
 * JSON body (methods that carry one), and the host's own headers: {@code Idempotency-Key} (the same for every try),
 * {@code X-Webhook-Event}, {@code X-Webhook-Attempt} and, with a secret, {@code X-Webhook-Signature:
 * sha256=<hex HMAC-SHA256 of the body's bytes>} (of the idempotency key for GET and DELETE, which send no body).
 */
final class WebhookRequests {

    static final String SIGNATURE = "X-Webhook-Signature";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "DELETE");
    /** Headers the host sets itself: a definition may not replace them. */
    private static final Set<String> OWN = Set.of("idempotency-key", "x-webhook-event", "x-webhook-attempt", "x-webhook-signature",
            "content-length", "host", "connection");

    private WebhookRequests() {
    }

    /** The definition's URL with its query parameters. */
    static String url(WebhookDefinition webhook) {
        if (webhook.queryParameters().isEmpty()) {
            return webhook.url().toString();
        }
        StringBuilder query = new StringBuilder(webhook.url().getRawQuery() == null ? "" : webhook.url().getRawQuery());
        for (Map.Entry<String, String> parameter : webhook.queryParameters().entrySet()) {
            query.append(query.length() == 0 ? "" : "&").append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
        }
        String base = webhook.url().toString();
        int cut = base.indexOf('?') >= 0 ? base.indexOf('?') : base.indexOf('#') >= 0 ? base.indexOf('#') : base.length();
        return base.substring(0, cut) + "?" + query;
    }

    static HttpRequest request(WebhookDelivery delivery, int attempt, Map<String, String> headers, Optional<String> secret, Duration timeout) {
        boolean hasBody = !WITHOUT_BODY.contains(delivery.method());
        byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                .method(delivery.method(), hasBody ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
        boolean contentType = false;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (!OWN.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                request.header(header.getKey(), header.getValue());
                contentType |= header.getKey().equalsIgnoreCase("Content-Type");
            }
        }
        if (hasBody && !contentType) {
            request.header("Content-Type", "application/json");
        }
        request.header(IDEMPOTENCY_KEY, delivery.key()).header("X-Webhook-Event", delivery.event())
                .header("X-Webhook-Attempt", String.valueOf(attempt));
        secret.ifPresent(s -> request.header(SIGNATURE, signature(s, hasBody ? body : delivery.key().getBytes(StandardCharsets.UTF_8))));
        return request.build();
    }

    /** {@code sha256=<lower-case hex of HMAC-SHA256(secret, bytes)>}. */
    static String signature(String secret, byte[] bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
