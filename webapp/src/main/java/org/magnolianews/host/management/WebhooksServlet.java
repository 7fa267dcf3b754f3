package org.magnolianews.host.management;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.Access;
import org.magnolianews.host.security.Permission;
import org.magnolianews.host.webhooks.WebhookDelivery;
import org.magnolianews.host.webhooks.WebhookJson;
import org.magnolianews.host.webhooks.WebhookOutbox;

/**
 * The webhook delivery log for admins (our extension; Magnolia's webhooks module has no such API):
 * {@code GET /.rest/webhooks/v1/deliveries?webhook=&status=pending|delivered|failed&limit=} (newest first, limit 1-1000,
 * default 50) and {@code GET /.rest/webhooks/v1/deliveries/<key>}: each delivery with its body and every try (when,
 * HTTP status, duration, error).
 */
final class WebhooksServlet extends ApiServlet {

    private static final Set<String> PARAMETERS = Set.of("webhook", "status", "limit");

    private final WebhookOutbox outbox;

    WebhooksServlet(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Access.require(request, Permission.READ_AUDIT);
        if (!request.getMethod().equals("GET")) {
            throw methodNotAllowed(request);
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.startsWith("/deliveries/")) {
            String key = path.substring("/deliveries/".length());
            WebhookDelivery delivery = outbox.find(key).orElseThrow(() -> new ApiException(404, "pathNotFound", "no webhook delivery " + key));
            Json.write(response, 200, WebhookJson.delivery(delivery));
            return;
        }
        if (!path.equals("/deliveries")) {
            throw new ApiException(404, "notFound", "no such resource: /.rest/webhooks/v1" + path);
        }
        for (String name : request.getParameterMap().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw ApiException.badRequest(name, "unknown parameter (known: webhook, status, limit)");
            }
        }
        int limit = limit(request.getParameter("limit"));
        String status = request.getParameter("status");
        if (status != null && !Set.of("pending", "delivered", "failed").contains(status)) {
            throw ApiException.badRequest("status", "must be pending, delivered or failed");
        }
        String webhook = request.getParameter("webhook");
        List<Map<String, Object>> results = outbox.recent(Integer.MAX_VALUE).stream()
                .filter(d -> webhook == null || d.webhook().equals(webhook))
                .filter(d -> status == null || d.status().name().toLowerCase(Locale.ROOT).equals(status))
                .limit(limit).map(WebhookJson::delivery).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        body.put("limit", limit);
        Json.write(response, 200, body);
    }

    private static int limit(String value) {
        if (value == null) {
            return 50;
        }
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 1000) {
            throw ApiException.badRequest("limit", "must be a whole number from 1 to 1000");
        }
        return Integer.parseInt(value);
    }
}
