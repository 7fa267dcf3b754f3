package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.http.CorsSettings;
import org.magnolianews.host.testing.RunningHost;

/**
 * CORS for the delivery endpoints (issue 9): off by default; with origins named, preflights and reads from
 * those origins get the CORS headers (Jetty's CrossOriginHandler), other origins and other paths do not.
 */
class CorsIT {

    private static final String NEWS = "/.rest/delivery/news?limit=1";

    @Test
    void offByDefault() throws Exception {
        try (RunningHost host = RunningHost.withSampleContent()) {
            HttpResponse<String> read = get(host, NEWS, "https://front.example");
            assertEquals(200, read.statusCode());
            assertEquals(Optional.empty(), read.headers().firstValue("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void namedOriginsMayReadDeliveryAndNothingElse() throws Exception {
        try (RunningHost host = RunningHost.withSampleContentAndProperty(CorsSettings.ORIGINS,
                "https://front.example, https://*.preview.example")) {
            HttpResponse<String> preflight = host.send(HttpRequest.newBuilder(host.uri(NEWS))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://front.example").header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "accept-language").build());
            assertTrue(preflight.statusCode() < 300, "preflight answered: " + preflight.statusCode());
            assertEquals("https://front.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));

            HttpResponse<String> read = get(host, NEWS, "https://front.example");
            assertEquals(200, read.statusCode());
            assertEquals("https://front.example", read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertTrue(read.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
            assertFalse(read.headers().firstValue("Access-Control-Allow-Credentials").map("true"::equals).orElse(false),
                    "never with credentials");
            assertTrue(read.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")),
                    "a shared cache keeps answers per origin: " + read.headers().allValues("Vary"));
            assertTrue(read.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")),
                    "and per language, as before: " + read.headers().allValues("Vary"));

            assertEquals("https://a.b.preview.example", get(host, NEWS, "https://a.b.preview.example").headers()
                    .firstValue("Access-Control-Allow-Origin").orElse(null), "a subdomain wildcard");
            for (String other : List.of("https://evil.example", "https://preview.example", "http://front.example")) {
                HttpResponse<String> refused = get(host, NEWS, other);
                assertEquals(200, refused.statusCode(), "the answer itself is public");
                assertEquals(Optional.empty(), refused.headers().firstValue("Access-Control-Allow-Origin"), other);
            }
            assertEquals(Optional.empty(), get(host, "/.magnolia/admincentral/login", "https://front.example").headers()
                    .firstValue("Access-Control-Allow-Origin"), "the admincentral is not a CORS path");
            assertEquals(Optional.empty(), get(host, "/", "https://front.example").headers()
                    .firstValue("Access-Control-Allow-Origin"), "nor the site");
        }
    }

    private static HttpResponse<String> get(RunningHost host, String path, String origin) throws Exception {
        return host.send(HttpRequest.newBuilder(host.uri(path)).header("Origin", origin).GET().build());
    }
}
