package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.RunningHost;

/**
 * The commands API at Magnolia's address and body (issue 9): {@code /.rest/commands/v2/{catalog}/{command}}
 * with {@code activate}/{@code deactivate}, a {@code comment}, and a {@code publicationDate} that schedules.
 */
class CommandsApiIT {

    private static RunningHost host;
    private static ApiClient admin;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContentAndProperty("news.scheduler.pollMs", "200");
        admin = ApiClient.basic(host, "superuser", RunningHost.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static String create(String name) throws Exception {
        assertEquals(201, admin.send("PUT", "/.rest/nodes/v1/news/2017/11", "{\"name\":\"" + name + "\",\"type\":\"news:article\","
                + "\"properties\":[{\"name\":\"title\",\"values\":[\"Command " + name + "\"]},"
                + "{\"name\":\"date\",\"type\":\"Date\",\"values\":[\"2017-11-21\"]}]}").statusCode());
        return "/2017/11/" + name;
    }

    private static String body(String repository, String path, String more) {
        return "{\"repository\":\"" + repository + "\",\"path\":\"" + path + "\",\"recursive\":false" + more + "}";
    }

    @Test
    void activateAndDeactivateAtMagnoliasAddressWithAComment() throws Exception {
        String path = create("by-command");
        HttpResponse<String> activated = admin.send("POST", "/.rest/commands/v2/news/activate",
                body("news", path, ",\"comment\":\"Published via REST\""));
        assertEquals(200, activated.statusCode(), activated.body());
        JsonNode answer = ApiClient.json(activated);
        assertEquals(path, answer.path("published").path(0).asText());
        assertEquals("Published via REST", answer.path("comment").asText());
        assertEquals(200, host.get("/.rest/delivery/news" + path).statusCode());

        HttpResponse<String> deactivated = admin.send("POST", "/.rest/commands/v2/deactivate", body("news", path, ""));
        assertEquals(200, deactivated.statusCode(), "the default catalog: " + deactivated.body());
        assertEquals(404, host.get("/.rest/delivery/news" + path).statusCode());
        assertEquals(200, admin.send("POST", "/.rest/commands/v2/default/publish", body("news", path, "")).statusCode(), "aliases");
    }

    @Test
    void badAddressesAndBodiesAreNamed() throws Exception {
        String path = create("bad-commands");
        assertEquals(404, admin.send("POST", "/.rest/commands/v2/nowhere/activate", body("news", path, "")).statusCode());
        assertEquals(404, admin.send("POST", "/.rest/commands/v2/news/explode", body("news", path, "")).statusCode());
        HttpResponse<String> otherWorkspace = admin.send("POST", "/.rest/commands/v2/website/activate", body("news", path, ""));
        assertEquals(400, otherWorkspace.statusCode());
        assertEquals("repository", ApiClient.json(otherWorkspace).path("error").path("fields").path(0).path("field").asText());
        HttpResponse<String> badDate = admin.send("POST", "/.rest/commands/v2/news/activate", body("news", path, ",\"publicationDate\":\"tomorrow\""));
        assertEquals(400, badDate.statusCode());
        assertEquals("publicationDate", ApiClient.json(badDate).path("error").path("fields").path(0).path("field").asText());
        HttpResponse<String> longComment = admin.send("POST", "/.rest/commands/v2/news/activate",
                body("news", path, ",\"comment\":\"" + "x".repeat(2_001) + "\""));
        assertEquals("comment", ApiClient.json(longComment).path("error").path("fields").path(0).path("field").asText());
        String soon = OffsetDateTime.now(ZoneOffset.ofHours(3)).plusHours(1).toString();
        HttpResponse<String> recursive = admin.send("POST", "/.rest/commands/v2/news/activate",
                "{\"repository\":\"news\",\"path\":\"" + path + "\",\"recursive\":true,\"publicationDate\":\"" + soon + "\"}");
        assertEquals(400, recursive.statusCode(), recursive.body());
        assertEquals(404, host.get("/.rest/delivery/news" + path).statusCode(), "nothing was published by a refused command");
    }

    @Test
    void aFuturePublicationDateSchedulesThePublication() throws Exception {
        String path = create("scheduled-by-command");
        String at = OffsetDateTime.now(ZoneOffset.ofHours(3)).plusSeconds(2).toString();
        HttpResponse<String> scheduled = admin.send("POST", "/.rest/commands/v2/news/activate",
                body("news", path, ",\"comment\":\"Published via REST (scheduled)\",\"publicationDate\":\"" + at + "\""));
        assertEquals(202, scheduled.statusCode(), scheduled.body());
        assertEquals("publish", ApiClient.json(scheduled).path("scheduled").path("action").asText());
        assertEquals(404, host.get("/.rest/delivery/news" + path).statusCode(), "not yet");
        int status = 404;
        for (int i = 0; i < 100 && status != 200; i++) {
            Thread.sleep(100);
            status = host.get("/.rest/delivery/news" + path).statusCode();
        }
        assertEquals(200, status, "published by the scheduler once due");
        String past = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString();
        assertEquals(200, admin.send("POST", "/.rest/commands/v2/news/deactivate", body("news", path, ",\"publicationDate\":\"" + past + "\""))
                .statusCode(), "a date already past runs now");
        assertTrue(host.get("/.rest/delivery/news" + path).statusCode() == 404);
    }
}
