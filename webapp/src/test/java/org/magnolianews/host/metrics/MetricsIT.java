package org.magnolianews.host.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.testing.RunningHost;

/**
 * Prometheus metrics on their own port (issue 11, operations): requests by surface and status, cache hits
 * and misses, publishes; the public port does not serve them, and the host without the option has none.
 */
class MetricsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void requestsCachesAndPublishesAreCountedOnAPrivatePort() throws Exception {
        try (RunningHost host = RunningHost.withSampleContentAndProperty(MetricsSettings.PORT, "0")) {
            int port = host.host().metricsPort().orElseThrow();
            String before = scrape(port);
            for (int i = 0; i < 5; i++) {
                assertEquals(200, host.get("/.rest/delivery/news?limit=3").statusCode());
            }
            assertEquals(404, host.get("/.rest/delivery/news/no/such/item").statusCode());
            assertEquals(200, host.get("/").statusCode());
            assertEquals(200, host.get("/").statusCode());
            ContentService content = host.host().context().content();
            String path = content.create("news", Optional.empty(), Optional.empty(),
                    Map.of("title", "Counted", "date", "2017-11-21T10:00:00+03:00"), "metrics").path();
            content.publish("news", path, false, "metrics");

            String after = scrape(port);
            assertTrue(value(after, "news_http_requests_seconds_count", "method=\"GET\",status=\"2xx\",surface=\"delivery\"")
                    - value(before, "news_http_requests_seconds_count", "method=\"GET\",status=\"2xx\",surface=\"delivery\"") >= 5, after);
            assertTrue(value(after, "news_http_requests_seconds_count", "method=\"GET\",status=\"4xx\",surface=\"delivery\"") >= 1);
            assertTrue(value(after, "news_http_requests_seconds_count", "method=\"GET\",status=\"2xx\",surface=\"site\"") >= 2);
            assertTrue(value(after, "cache_gets_total", "cache=\"delivery\",result=\"hit\"") >= 4, "four of five reads hit the cache");
            assertTrue(value(after, "cache_gets_total", "cache=\"pages\",result=\"hit\"") >= 1, "the second home page view");
            assertEquals(1.0, value(after, "news_publishes_total", "workspace=\"news\"")
                    - value(before, "news_publishes_total", "workspace=\"news\""), "the one publish (the sample content's came before)");
            assertTrue(after.contains("jvm_memory_used_bytes"), "the JVM too");
            assertEquals(404, host.get("/metrics").statusCode(), "not on the public port");
        }
    }

    @Test
    void offUnlessAsked() throws Exception {
        try (RunningHost host = RunningHost.withSampleContent()) {
            assertEquals(Optional.empty(), host.host().metricsPort());
        }
    }

    private String scrape(int port) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        return response.body();
    }

    /** The value of one series (its labels in Prometheus' sorted order, a subset is enough), 0 when absent. */
    private static double value(String scrape, String name, String labels) {
        Matcher line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        double sum = 0;
        while (line.find()) {
            boolean all = true;
            for (String label : labels.split(",")) {
                all &= line.group(1).contains(label);
            }
            if (all) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
