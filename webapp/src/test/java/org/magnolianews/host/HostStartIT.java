package org.magnolianews.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.RunningHost;

class HostStartIT {

    private static RunningHost host;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContent();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void healthAnswersUpWhenReady() throws Exception {
        HttpResponse<String> response = host.get("/.rest/health");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\"}", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void unknownRestPathIsMagnoliaErrorJsonWithoutStackTrace() throws Exception {
        HttpResponse<String> response = host.get("/.rest/no-such-endpoint");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"notFound\""), response.body());
        assertFalse(response.body().contains("at org."), response.body());
    }
}
