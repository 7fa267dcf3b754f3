package org.magnolianews.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

class HostStartIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

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
