package org.magnolianews.host.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;
import org.magnolianews.host.testing.TempDirs;
import org.magnolianews.host.testing.WebhookReceiver;

/**
 * Webhooks on publish and unpublish (issue 9, item 7) against a real receiver started here: definitions in a light
 * module's {@code webhooks/} folder in Magnolia's format, signed bodies a receiver can verify, retries with one
 * idempotency key, filters by node type, path and workspace, a receiver that hangs not slowing a publish, and a pending
 * delivery surviving a restart of the host.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhooksIT {

    private static final String SEED = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";
    private static final String SECRET = "receiver-shared-secret";

    private static WebhookReceiver receiver;
    private static Path lightModules;
    private static Path dataDir;
    private static RunningHost host;
    /** The delivery of the first test: two failures, then the OK. */
    private static String retriedKey;

    @BeforeAll
    static void start() throws Exception {
        receiver = new WebhookReceiver();
        lightModules = TempDirs.create("webhook-modules-");
        Path hooks = Files.createDirectories(lightModules.resolve("site-hooks/webhooks"));
        Files.writeString(hooks.resolve("site-refresh.yaml"), """
                name: site-refresh
                url: %s
                method: POST
                headers:
                  X-Source: magnolia-news
                enabled: true
                events:
                  - name: goLive
                    eventType: Published
                    filter: "@nodeType = 'news:article' AND @path LIKE '/2017/%%'"
                  - name: gone
                    eventType: Unpublished
                """.formatted(receiver.uri("/hook")));
        Files.writeString(hooks.resolve("taxonomy.yaml"), """
                name: taxonomy
                url: %s
                method: PUT
                queryParameters:
                  token: abc
                events:
                  - name: subjectChanged
                    eventType: Published
                    filter: "@workspace = 'subjects' OR @repository = 'nosuch'"
                """.formatted(receiver.uri("/subjects")));
        Files.writeString(hooks.resolve("slow.yaml"), """
                name: slow
                url: %s
                method: POST
                events:
                  - name: promo
                    eventType: Published
                    filter: "@workspace = 'publications'"
                """.formatted(receiver.uri("/slow")));
        Files.writeString(hooks.resolve("off.yaml"), """
                name: switched-off
                url: %s
                method: POST
                enabled: false
                events:
                  - name: everything
                    eventType: Published
                """.formatted(receiver.uri("/off")));
        dataDir = TempDirs.create("webhook-host-");
        host = startHost();
    }

    private static RunningHost startHost() throws Exception {
        return RunningHost.start(dataDir, List.of("--light-modules", lightModules.toString(), "--webhook-retry-ms", "200",
                "--webhook-timeout-ms", "60000"), Map.of("NEWS_WEBHOOK_SECRET_SITE_REFRESH", SECRET, "NEWS_WEBHOOK_SECRET", "other-secret"));
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
        receiver.close();
        TempDirs.delete(dataDir);
        TempDirs.delete(lightModules);
    }

    @Test
    @Order(1)
    void aFailingReceiverIsRetriedWithOneKeyAndEveryBodyIsSigned() throws Exception {
        receiver.answer("/hook", 500, 503);
        assertEquals(200, command("news", "activate", SEED).statusCode());

        List<WebhookReceiver.Received> calls = receiver.await("/hook", r -> r.stream().anyMatch(c -> c.answered() == 200), "a 200");
        assertEquals(List.of(500, 503, 200), calls.stream().map(WebhookReceiver.Received::answered).toList(), "two failures, then the OK");
        assertEquals(1, Set.copyOf(WebhookReceiver.keys(calls)).size(), "one idempotency key for every try: " + WebhookReceiver.keys(calls));
        assertEquals(List.of("1", "2", "3"), calls.stream().map(c -> c.header("X-Webhook-Attempt")).toList());
        for (WebhookReceiver.Received call : calls) {
            assertEquals("sha256=" + hmac(SECRET, call.body()), call.header("X-Webhook-Signature"), "the receiver can verify the body");
            assertEquals("magnolia-news", call.header("X-Source"), "the definition's headers");
            assertTrue(call.header("Content-Type").startsWith("application/json"));
        }
        JsonNode body = Json.MAPPER.readTree(calls.get(0).body());
        assertEquals(calls.get(0).header("Idempotency-Key"), body.path("id").asText());
        assertEquals("goLive", body.path("event").asText());
        assertEquals("Published", body.path("eventType").asText());
        assertEquals("news", body.path("workspace").asText());
        assertEquals(SEED, body.path("items").path(0).path("@path").asText());
        assertEquals("news:article", body.path("items").path(0).path("@nodeType").asText());
        assertFalse(hmac("wrong-secret", calls.get(0).body()).equals(calls.get(0).header("X-Webhook-Signature").substring(7)));

        // the delivery log, over the management API: every try with its status and duration
        String key = calls.get(0).header("Idempotency-Key");
        retriedKey = key;
        JsonNode logged = awaitDelivery(key, "delivered");
        assertEquals("site-refresh", logged.path("webhook").asText());
        JsonNode attempts = logged.path("attempts");
        assertEquals(3, attempts.size(), logged.toString());
        assertEquals(500, attempts.path(0).path("status").asInt());
        assertEquals("HTTP 500", attempts.path(0).path("error").asText());
        assertEquals(200, attempts.path(2).path("status").asInt());
        assertTrue(attempts.path(2).path("durationMs").isNumber());
        assertEquals(401, host.get("/.rest/webhooks/v1/deliveries").statusCode(), "the log is not public");
        String metrics = host.host().context().metrics().scrape();
        assertTrue(metrics.contains("news_webhook_tries_total{outcome=\"retry\",webhook=\"site-refresh\"} 2.0")
                && metrics.contains("news_webhook_tries_total{outcome=\"delivered\",webhook=\"site-refresh\"} 1.0"),
                metrics.lines().filter(l -> l.contains("webhook")).toList().toString());
    }

    @Test
    @Order(2)
    void filtersSelectTheEventsEachWebhookIsFor() throws Exception {
        String subjectsKey = onlyNewDelivery("taxonomy", () -> command("subjects", "activate", "/korean-peninsula"));
        assertTrue(deliveriesOf("site-refresh").isEmpty() || !mentions(deliveriesOf("site-refresh"), "/korean-peninsula"),
                "a subject is not a news article: site-refresh's filter leaves it out");
        List<WebhookReceiver.Received> subjects = receiver.await("/subjects", r -> r.size() == 1, "the subject's publish");
        assertEquals(subjectsKey, subjects.get(0).header("Idempotency-Key"));
        assertEquals("sha256=" + hmac("other-secret", subjects.get(0).body()), subjects.get(0).header("X-Webhook-Signature"),
                "NEWS_WEBHOOK_SECRET signs the webhooks without a secret of their own");
        assertTrue(receiver.received("/off").isEmpty(), "a disabled webhook is never called");

        int before = receiver.received("/hook").size();
        onlyNewDelivery("site-refresh", () -> command("news", "deactivate", SEED));
        List<WebhookReceiver.Received> hook = receiver.await("/hook", r -> r.size() == before + 1, "the unpublish");
        JsonNode gone = Json.MAPPER.readTree(hook.get(before).body());
        assertEquals("gone", gone.path("event").asText());
        assertEquals("Unpublished", gone.path("eventType").asText());
        assertEquals(SEED, gone.path("items").path(0).path("@path").asText());
        assertEquals(200, command("news", "activate", SEED).statusCode());
        receiver.await("/hook", r -> r.size() == before + 2, "the publish again");
        assertTrue(receiver.received("/slow").isEmpty(), "neither a subject nor an article is a publication");
    }

    @Test
    @Order(3)
    void aReceiverThatHangsDoesNotSlowAPublish() throws Exception {
        receiver.always("/slow", WebhookReceiver.HANG);
        try {
            assertEquals(200, command("publications", "activate", "/russian-to-the-bone").statusCode());
            awaitHolding(1);
            // A second publish while the receiver still holds the first delivery: it returns, the receiver still holds.
            CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> {
                try {
                    return command("publications", "activate", "/russian-to-the-bone");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(200, second.get(30, TimeUnit.SECONDS).statusCode());
            assertFalse(receiver.holding().isEmpty(), "the publish returned while the receiver was still holding its request");
        } finally {
            receiver.always("/slow", 200);
            receiver.releaseHeld();
        }
        receiver.await("/slow", r -> r.size() == 2, "both publishes once released");
    }

    @Test
    @Order(4)
    void aPendingDeliveryIsDeliveredOnceWithTheSameKeyAfterARestart() throws Exception {
        receiver.always("/hook", 503);
        // The stop comes while the first try waits for its answer: the stop lets it finish and records it.
        receiver.answerLate("/hook", Duration.ofMillis(700));
        int before = receiver.received("/hook").size();
        assertEquals(200, command("news", "activate", SEED).statusCode());
        awaitHolding(1);
        host.close();
        host = null;
        receiver.answerLate("/hook", null);
        List<WebhookReceiver.Received> failed = receiver.await("/hook", r -> r.size() > before, "the first try");
        String key = failed.get(before).header("Idempotency-Key");
        assertEquals(503, failed.get(before).answered());
        receiver.always("/hook", 200);
        host = startHost();

        List<WebhookReceiver.Received> calls = receiver.await("/hook",
                r -> r.stream().anyMatch(c -> key.equals(c.header("Idempotency-Key")) && c.answered() == 200), "the delivery after the restart");
        awaitDelivery(key, "delivered");
        Thread.sleep(1500); // a second delivery would come within the poll interval
        List<WebhookReceiver.Received> mine = receiver.received("/hook").stream()
                .filter(c -> key.equals(c.header("Idempotency-Key"))).toList();
        assertEquals(1, mine.stream().filter(c -> c.answered() == 200).count(), "delivered once: " + mine);
        assertTrue(calls.stream().skip(before).allMatch(c -> key.equals(c.header("Idempotency-Key"))),
                "no other event was made of it: " + WebhookReceiver.keys(calls));
        JsonNode logged = awaitDelivery(key, "delivered");
        assertEquals(mine.size(), logged.path("attempts").size(), "every try, before and after the restart, is in the log");
    }

    @Test
    @Order(5)
    void anAdminReadsTheDefinitionsAndEveryTryInTheAdmincentral() throws Exception {
        org.magnolianews.host.author.AuthorClient admin = new org.magnolianews.host.author.AuthorClient(host.host().port());
        admin.login("superuser", RunningHost.ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/webhooks");
        assertEquals(200, page.statusCode(), page.body());
        org.jsoup.nodes.Document screen = org.jsoup.Jsoup.parse(page.body());
        assertEquals(4, screen.select("#webhook-definitions tbody tr").size(), screen.select("#webhook-definitions").outerHtml());
        assertEquals("false", screen.selectFirst("#webhook-switched-off").attr("data-enabled"));
        assertTrue(screen.selectFirst("#webhook-site-refresh").text().contains("POST " + receiver.uri("/hook")));
        assertTrue(screen.selectFirst("#webhook-site-refresh").text().contains("@nodeType = 'news:article'"));
        org.jsoup.nodes.Element retried = screen.getElementById("delivery-" + retriedKey);
        assertNotNull(retried, "the first test's delivery is listed");
        assertEquals("delivered", retried.attr("data-status"));
        assertEquals(List.of("500", "503", "200"), retried.select("ol.attempts li").eachAttr("data-status"));
        assertTrue(retried.select("ol.attempts li").get(0).text().contains("HTTP 500"), retried.text());
        assertTrue(screen.selectFirst("nav").html().contains("/webhooks"), "the navigation links the screen");
    }

    @Test
    @Order(6)
    void aWebhookAddedOrRemovedOnDiskIsFollowedWithoutARestart() throws Exception {
        Path added = lightModules.resolve("site-hooks/webhooks/added.yaml");
        Files.writeString(added, """
                name: added-later
                url: %s
                method: POST
                events:
                  - name: anyArticle
                    eventType: Published
                    filter: "@nodeType = 'news:article'"
                """.formatted(receiver.uri("/added")));
        eventually(() -> screenRows().contains("webhook-added-later"));
        onlyNewDelivery("added-later", () -> command("news", "activate", SEED));
        receiver.await("/added", r -> r.size() == 1, "the publish to the webhook added on disk");

        Files.delete(added);
        eventually(() -> !screenRows().contains("webhook-added-later"));
        assertEquals(200, command("news", "activate", SEED).statusCode());
        assertTrue(deliveriesOf("added-later").size() == 1, "a removed webhook gets no new delivery");
        Thread.sleep(1500); // a call would come within the sender's poll
        assertEquals(1, receiver.received("/added").size(), "a removed webhook is not called");
    }

    private static List<String> screenRows() throws Exception {
        org.magnolianews.host.author.AuthorClient admin = new org.magnolianews.host.author.AuthorClient(host.host().port());
        admin.login("superuser", RunningHost.ADMIN_PASSWORD);
        return org.jsoup.Jsoup.parse(admin.get("/webhooks").body()).select("#webhook-definitions tbody tr").eachAttr("id");
    }

    /** The light-module watcher looks every second: a change shows within a few. */
    private static void eventually(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(200);
        }
    }

    // --- helpers

    private interface Action {
        HttpResponse<String> run() throws Exception;
    }

    /** Runs a publishing command and returns the one delivery it recorded for the webhook (recorded before it returns). */
    private static String onlyNewDelivery(String webhook, Action action) throws Exception {
        Set<String> before = deliveriesOf(webhook).stream().map(d -> d.path("key").asText()).collect(Collectors.toSet());
        HttpResponse<String> response = action.run();
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> added = deliveriesOf(webhook).stream().filter(d -> !before.contains(d.path("key").asText())).toList();
        assertEquals(1, added.size(), "one delivery recorded before the command returned: " + added);
        return added.get(0).path("key").asText();
    }

    private static boolean mentions(List<JsonNode> deliveries, String path) {
        return deliveries.stream().anyMatch(d -> d.path("body").asText().contains("\"" + path + "\""));
    }

    private static List<JsonNode> deliveriesOf(String webhook) throws Exception {
        HttpResponse<String> response = admin("/.rest/webhooks/v1/deliveries?webhook=" + webhook + "&limit=1000");
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> list = new java.util.ArrayList<>();
        Json.MAPPER.readTree(response.body()).path("results").forEach(list::add);
        return list;
    }

    private static JsonNode awaitDelivery(String key, String status) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode delivery = null;
        while (System.nanoTime() < until) {
            HttpResponse<String> response = admin("/.rest/webhooks/v1/deliveries/" + key);
            assertEquals(200, response.statusCode(), response.body());
            delivery = Json.MAPPER.readTree(response.body());
            if (status.equals(delivery.path("status").asText())) {
                return delivery;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("delivery " + key + " never became " + status + ": " + delivery);
    }

    private static void awaitHolding(int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (receiver.holding().size() < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the receiver never got the request to hold");
            }
            Thread.sleep(50);
        }
    }

    private static HttpResponse<String> command(String workspace, String command, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(host.uri("/.rest/commands/v2/" + workspace + "/" + command))
                .header("Authorization", RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"repository\":\"" + workspace + "\",\"path\":\"" + path + "\"}")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> admin(String path) throws Exception {
        return host.send(HttpRequest.newBuilder(host.uri(path))
                .header("Authorization", RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD)).GET().build());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

}
