package org.magnolianews.host.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.author.AuthorClient;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * The audit trail over real HTTP: what publishers, editors and admins do through the API and the
 * admincentral is recorded with who and from where, only admins read it (API and UI), filters work,
 * bad filters name their parameter, and the records are still there after a restart.
 */
class AuditTrailIT {

    private static final String ITEM = "/2017/11/audited-item";

    @TempDir
    Path temp;

    @Test
    void whoDidWhatIsRecordedReadableByAdminsOnlyAndSurvivesARestart() throws Exception {
        Path data = temp.resolve("data");
        try (RunningHost host = RunningHost.start(data, List.of())) {
            String admin = RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD);
            assertEquals(201, send(host, admin, "PUT", "/.rest/users/v1",
                    "{\"name\":\"pat\",\"password\":\"publisher-pass\",\"role\":\"publisher\"}").statusCode());
            assertEquals(201, send(host, admin, "PUT", "/.rest/users/v1",
                    "{\"name\":\"eddie\",\"password\":\"editor-pass1\",\"role\":\"editor\"}").statusCode());
            assertEquals(200, send(host, admin, "POST", "/.rest/users/v1/eddie", "{\"enabled\":false}").statusCode());
            assertEquals(200, send(host, admin, "POST", "/.rest/users/v1/eddie", "{\"enabled\":true,\"role\":\"publisher\"}").statusCode());
            assertEquals(200, send(host, admin, "POST", "/.rest/users/v1/eddie", "{\"role\":\"editor\"}").statusCode());

            String publisher = RunningHost.basicAuth("pat", "publisher-pass");
            assertEquals(201, send(host, publisher, "PUT", "/.rest/nodes/v1/news/2017/11", "{\"name\":\"audited-item\",\"type\":\"news:article\","
                    + "\"properties\":[{\"name\":\"title\",\"values\":[\"Audited\"]},{\"name\":\"date\",\"type\":\"Date\",\"values\":[\"2017-11-21\"]}]}").statusCode());
            String command = "{\"repository\":\"news\",\"path\":\"" + ITEM + "\",\"recursive\":false}";
            assertEquals(200, send(host, publisher, "POST", "/.rest/commands/v2/publish", command).statusCode());
            assertEquals(200, send(host, publisher, "POST", "/.rest/commands/v2/unpublish", command).statusCode());
            assertEquals(204, send(host, publisher, "DELETE", "/.rest/nodes/v1/news" + ITEM, null).statusCode());

            assertEquals(401, send(host, RunningHost.basicAuth("pat", "wrong-password"), "GET", "/.rest/nodes/v1/news", null).statusCode());
            AuthorClient ui = new AuthorClient(host.host().port());
            ui.login("eddie", "not-his-password");
            assertFalse(ui.hasSessionCookie());
            new AuthorClient(host.host().port()).login("eddie", "editor-pass1");

            List<String> lines = lines(json(host, admin, "/.rest/audit/v1?limit=100"));
            for (String expected : List.of(
                    "user-created superuser pat role publisher", "user-created superuser eddie role editor",
                    "user-disabled superuser eddie", "user-enabled superuser eddie", "role-changed superuser eddie role publisher",
                    "role-changed superuser eddie role editor",
                    "published pat news:" + ITEM, "unpublished pat news:" + ITEM, "deleted pat news:" + ITEM,
                    "login-failed pat pat", "login-failed eddie eddie", "login eddie eddie")) {
                assertTrue(lines.stream().anyMatch(line -> line.startsWith(expected)), expected + " in " + lines);
            }
            assertTrue(lines.indexOf(lines.stream().filter(l -> l.startsWith("deleted pat")).findFirst().orElseThrow())
                    < lines.indexOf(lines.stream().filter(l -> l.startsWith("published pat")).findFirst().orElseThrow()), "newest first");
            JsonNode failed = json(host, admin, "/.rest/audit/v1?action=login-failed&actor=eddie").path("results");
            assertEquals(1, failed.size(), failed.toString());
            assertEquals("127.0.0.1", failed.get(0).path("address").asText(), "the client address is kept");
            assertEquals(3, json(host, admin, "/.rest/audit/v1?subject=news:/2017/11/audited&action=published,unpublished,deleted")
                    .path("results").size());

            HttpResponse<String> editorReads = send(host, RunningHost.basicAuth("eddie", "editor-pass1"), "GET", "/.rest/audit/v1", null);
            assertEquals(403, editorReads.statusCode(), "only admins read the trail");
            HttpResponse<String> bad = send(host, admin, "GET", "/.rest/audit/v1?action=exploded", null);
            assertEquals(400, bad.statusCode());
            assertEquals("action", Json.MAPPER.readTree(bad.body()).path("error").path("fields").path(0).path("field").asText(), bad.body());
            assertEquals(400, send(host, admin, "GET", "/.rest/audit/v1?from=yesterday", null).statusCode());

            AuthorClient adminUi = new AuthorClient(host.host().port());
            adminUi.login("superuser", RunningHost.ADMIN_PASSWORD);
            HttpResponse<String> page = adminUi.get("/audit?action=deleted");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("news:" + ITEM) && page.body().contains("data-action=\"deleted\""), page.body());
            assertFalse(page.body().contains("data-action=\"published\""), "filtered to deletes");
            assertEquals(400, adminUi.get("/audit?from=2026-13-40").statusCode());
            AuthorClient editorUi = new AuthorClient(host.host().port());
            editorUi.login("eddie", "editor-pass1");
            assertEquals(403, editorUi.get("/audit").statusCode());
        }
        try (RunningHost again = RunningHost.start(data, List.of())) {
            List<String> lines = lines(json(again, RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD), "/.rest/audit/v1?actor=pat"));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("deleted pat news:" + ITEM)), "kept across a restart: " + lines);
        }
    }

    private static List<String> lines(JsonNode answer) {
        List<String> lines = new ArrayList<>();
        for (JsonNode record : answer.path("results")) {
            lines.add((record.path("action").asText() + " " + record.path("actor").asText() + " " + record.path("subject").asText()
                    + " " + record.path("detail").asText()).strip());
        }
        return lines;
    }

    private static JsonNode json(RunningHost host, String auth, String path) throws Exception {
        HttpResponse<String> response = send(host, auth, "GET", path, null);
        assertEquals(200, response.statusCode(), path + " → " + response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private static HttpResponse<String> send(RunningHost host, String auth, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri(path)).header("Authorization", auth)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return host.send(request.build());
    }
}
