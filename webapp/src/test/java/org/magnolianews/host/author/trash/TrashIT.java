package org.magnolianews.host.author.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.author.AuthorClient;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * The trash through the whole host (issue 10): a published article deleted in the News app leaves the site and
 * the app and waits in the trash screen; restored, it is back with its identifier and content (a draft); the API's
 * DELETE puts items there too; purge removes it for good (publishers only); the audit trail has all three.
 */
class TrashIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    private static final String ADMIN = RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD);
    private static final String ITEM = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    @Test
    void deletedGoesToTheTrashComesBackWithItsIdentifierAndIsPurgedForGood() throws Exception {
        assertEquals(200, host.get("/news" + ITEM + ".html").statusCode());
        JsonNode before = node(ITEM);
        String id = before.path("identifier").asText();
        assertFalse(id.isEmpty(), before.toString());

        AuthorClient ui = new AuthorClient(host.host().port());
        ui.login("superuser", RunningHost.ADMIN_PASSWORD);
        assertEquals(303, ui.postWithToken("/app/action", Map.of("app", "news", "path", ITEM, "action", "delete")).statusCode());

        assertEquals(404, host.get("/news" + ITEM + ".html").statusCode(), "gone from the site");
        assertEquals(404, api("GET", "/.rest/nodes/v1/news" + ITEM).statusCode(), "gone from the workspace");
        assertFalse(ui.get("/app?app=news&path=/2017/11").body().contains(ITEM), "gone from the app");
        String trash = ui.get("/trash").body();
        assertTrue(trash.contains("id=\"trash-" + id + "\""), trash);
        assertTrue(trash.contains(ITEM) && trash.contains("superuser"), "where from and who");

        assertEquals(303, ui.postWithToken("/trash/restore", Map.of("workspace", "news", "id", id)).statusCode());
        JsonNode after = node(ITEM);
        assertEquals(id, after.path("identifier").asText(), "same identifier");
        assertEquals(property(before, "title"), property(after, "title"), "same content");
        assertEquals(property(before, "lead"), property(after, "lead"));
        assertFalse(ui.get("/trash").body().contains("trash-" + id), "no longer in the trash");

        assertEquals(204, api("DELETE", "/.rest/nodes/v1/news" + ITEM).statusCode(), "the API deletes a draft into the trash too");
        assertTrue(ui.get("/trash").body().contains("id=\"trash-" + id + "\""));
        assertEquals(303, ui.postWithToken("/trash/purge", Map.of("workspace", "news", "id", id)).statusCode());
        assertFalse(ui.get("/trash").body().contains("trash-" + id), "purged");
        assertEquals(404, ui.postWithToken("/trash/restore", Map.of("workspace", "news", "id", id)).statusCode(), "nothing left to restore");

        String audit = api("GET", "/.rest/audit/v1?subject=news:" + ITEM + "&limit=50").body();
        for (String action : new String[] {"deleted", "restored", "purged"}) {
            assertTrue(audit.contains("\"action\":\"" + action + "\""), action + " in " + audit);
        }
    }

    @Test
    void editorsRestoreButOnlyPublishersPurge() throws Exception {
        assertEquals(201, api("PUT", "/.rest/users/v1", "{\"name\":\"trash-editor\",\"password\":\"editor-pass1\",\"role\":\"editor\"}").statusCode());
        assertEquals(201, api("PUT", "/.rest/nodes/v1/subjects", "{\"name\":\"binned-subject\",\"type\":\"news:subject\","
                + "\"properties\":[{\"name\":\"name\",\"values\":[\"Binned subject\"]}]}").statusCode());
        String id = node("/binned-subject", "subjects").path("identifier").asText();
        AuthorClient editor = new AuthorClient(host.host().port());
        editor.login("trash-editor", "editor-pass1");
        assertEquals(303, editor.postWithToken("/app/action", Map.of("app", "subjects", "path", "/binned-subject", "action", "delete")).statusCode());
        String trash = editor.get("/trash").body();
        assertTrue(trash.contains("Binned subject"), trash);
        assertFalse(trash.contains("id=\"purge-" + id + "\""), "no purge button for an editor");
        HttpResponse<String> purge = editor.postWithToken("/trash/purge", Map.of("workspace", "subjects", "id", id));
        assertEquals(403, purge.statusCode());
        assertEquals(404, editor.postWithToken("/trash/restore", Map.of("workspace", "subjects", "id", "not-an-id")).statusCode());
        assertEquals(303, editor.postWithToken("/trash/restore", Map.of("workspace", "subjects", "id", id)).statusCode());
        assertEquals(id, node("/binned-subject", "subjects").path("identifier").asText());
    }

    private static JsonNode node(String path) throws Exception {
        return node(path, "news");
    }

    private static JsonNode node(String path, String workspace) throws Exception {
        HttpResponse<String> response = api("GET", "/.rest/nodes/v1/" + workspace + path);
        assertEquals(200, response.statusCode(), response.body());
        return Json.MAPPER.readTree(response.body());
    }

    private static String property(JsonNode node, String name) {
        for (JsonNode property : node.path("properties")) {
            if (property.path("name").asText().equals(name)) {
                return property.path("values").toString();
            }
        }
        return "";
    }

    private static HttpResponse<String> api(String method, String path) throws Exception {
        return api(method, path, null);
    }

    private static HttpResponse<String> api(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri(path)).header("Authorization", ADMIN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return host.send(request.build());
    }
}
