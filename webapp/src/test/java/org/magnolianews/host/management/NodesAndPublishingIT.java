package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.security.UserStore;
import org.magnolianews.host.testing.RunningHost;

/** Magnolia's nodes endpoint and the publishing commands over real HTTP, on the sample content. */
class NodesAndPublishingIT {

    private static final String SEED = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static ApiClient admin;
    private static ApiClient editor;

    @BeforeAll
    static void start() throws Exception {
        host.host().context().users().create("nodes-editor", "editor-password", Role.EDITOR, "test");
        admin = ApiClient.basic(host, UserStore.SUPERUSER, RunningHost.ADMIN_PASSWORD);
        // Bearer for the editor: bcrypt on every request would make the suite slow for nothing.
        String token = ApiClient.json(ApiClient.basic(host, "nodes-editor", "editor-password")
                .send("POST", "/.rest/tokens/v1", "{\"label\":\"tests\"}")).path("token").asText();
        editor = ApiClient.bearer(host, token);
    }

    private static String article(String name, String title, String date) {
        return "{" + (name == null ? "" : "\"name\":\"" + name + "\",") + "\"type\":\"news:article\",\"properties\":["
                + "{\"name\":\"title\",\"type\":\"String\",\"multiple\":false,\"values\":[\"" + title + "\"]},"
                + "{\"name\":\"date\",\"type\":\"Date\",\"multiple\":false,\"values\":[\"" + date + "\"]}]}";
    }

    private static String publish(String path, boolean recursive) {
        return "{\"repository\":\"news\",\"path\":\"" + path + "\",\"recursive\":" + recursive + "}";
    }

    private static boolean isLive(String identifier) {
        return host.host().context().repository().call("news_live", session -> {
            try {
                session.getNodeByIdentifier(identifier);
                return true;
            } catch (javax.jcr.ItemNotFoundException e) {
                return false;
            }
        });
    }

    @Test
    void readsANodeInMagnoliasShapeWithoutMetadataUnlessAsked() throws Exception {
        HttpResponse<String> response = editor.get("/.rest/nodes/v1/news" + SEED);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode node = ApiClient.json(response);
        assertEquals("putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature", node.path("name").asText());
        assertEquals("news:article", node.path("type").asText());
        assertEquals(SEED, node.path("path").asText());
        assertTrue(node.path("identifier").asText().matches("[0-9a-f-]{36}"));
        assertEquals("published", node.path("publicationStatus").asText());
        JsonNode subjects = null;
        for (JsonNode property : node.path("properties")) {
            assertFalse(property.path("name").asText().startsWith("mgnl:"), "no metadata by default: " + property);
            if (property.path("name").asText().equals("subjects")) {
                subjects = property;
            }
        }
        assertNotNull(subjects);
        assertTrue(subjects.path("multiple").asBoolean());
        assertEquals("String", subjects.path("type").asText());
        assertTrue(subjects.path("values").size() > 1);
        assertTrue(response.headers().firstValue("ETag").orElse("").matches("\"\\d+\""));

        JsonNode withMetadata = ApiClient.json(editor.get("/.rest/nodes/v1/news" + SEED + "?includeMetadata=true"));
        assertEquals("Date", ApiClient.property(withMetadata, "mgnl:lastModified") == null ? null : "Date");
        assertNotNull(ApiClient.property(withMetadata, "mgnl:activationStatus"));
    }

    @Test
    void depthIncludesChildrenAndIsBounded() throws Exception {
        JsonNode folder = ApiClient.json(editor.get("/.rest/nodes/v1/news/2017?depth=1"));
        assertTrue(folder.path("nodes").size() >= 1);
        assertFalse(folder.path("nodes").get(0).has("nodes"), "one level only");
        assertEquals(400, editor.get("/.rest/nodes/v1/news/2017?depth=-1").statusCode());
        assertEquals(400, editor.get("/.rest/nodes/v1/news/2017?depth=11").statusCode());
        assertEquals(400, editor.get("/.rest/nodes/v1/news/2017?depth=abc").statusCode());
        assertEquals(400, editor.get("/.rest/nodes/v1/news/2017?includeMetadata=yes").statusCode());
        JsonNode website = ApiClient.json(editor.get("/.rest/nodes/v1/website/home?depth=1&excludeNodeTypes=mgnl:page"));
        for (JsonNode child : website.path("nodes")) {
            assertEquals("mgnl:area", child.path("type").asText());
        }
    }

    @Test
    void unknownWorkspacesAndPathsAre404() throws Exception {
        HttpResponse<String> workspace = editor.get("/.rest/nodes/v1/nosuch/x");
        assertEquals(404, workspace.statusCode());
        assertEquals(404, editor.get("/.rest/nodes/v1/users/admin").statusCode(), "accounts are not content");
        assertEquals(404, editor.get("/.rest/nodes/v1/news_live" + SEED).statusCode(), "live twins are not for editing");
        HttpResponse<String> path = editor.get("/.rest/nodes/v1/news/2017/no-such-item");
        assertEquals(404, path.statusCode());
        assertEquals("pathNotFound", ApiClient.errorCode(path));
    }

    @Test
    void editorCreatesAnItemInAFolderWithItsNameFromTheTitle() throws Exception {
        HttpResponse<String> created = editor.send("PUT", "/.rest/nodes/v1/news/2017/11", article(null, "Talks resume in Vladivostok", "2017-11-21"));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode node = ApiClient.json(created);
        assertEquals("/2017/11/talks-resume-in-vladivostok", node.path("path").asText());
        assertEquals("unpublished", node.path("publicationStatus").asText());
        assertEquals("/.rest/nodes/v1/news/2017/11/talks-resume-in-vladivostok", created.headers().firstValue("Location").orElse(""));
        assertEquals("Date", typeOf(node, "date"));
        assertEquals(200, editor.get("/.rest/nodes/v1/news/2017/11/talks-resume-in-vladivostok").statusCode());
    }

    @Test
    void correctionsAreWrittenAsChildEntriesOfTheItemAndReplacedOnUpdate() throws Exception {
        String withCorrections = article("corrected-item", "Corrected item", "2017-11-22").replace("]}]}", "]}],\"nodes\":["
                + "{\"name\":\"corrections1\",\"type\":\"mgnl:contentNode\",\"properties\":["
                + "{\"name\":\"date\",\"values\":[\"2017-11-24\"]},{\"name\":\"note\",\"values\":[\"Second fix\"]}]},"
                + "{\"name\":\"corrections0\",\"properties\":["
                + "{\"name\":\"date\",\"values\":[\"2017-11-23\"]},{\"name\":\"note\",\"values\":[\"First fix\"]},"
                + "{\"name\":\"note_ru\",\"values\":[\"Первая правка\"]}]}]}");
        HttpResponse<String> created = editor.send("PUT", "/.rest/nodes/v1/news/2017/11", withCorrections);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode item = ApiClient.json(editor.get("/.rest/nodes/v1/news/2017/11/corrected-item?depth=1"));
        List<String> notes = new ArrayList<>();
        for (JsonNode child : item.path("nodes")) {
            notes.add(child.path("name").asText() + ":" + ApiClient.property(child, "note").path(0).asText());
        }
        assertEquals(List.of("corrections0:First fix", "corrections1:Second fix"), notes, "entries in index order");
        assertEquals("Первая правка", ApiClient.property(item.path("nodes").path(0), "note_ru").path(0).asText());

        String replace = "{\"nodes\":[{\"name\":\"corrections0\",\"properties\":["
                + "{\"name\":\"date\",\"values\":[\"2017-11-25\"]},{\"name\":\"note\",\"values\":[\"Only fix\"]}]}]}";
        assertEquals(200, editor.send("POST", "/.rest/nodes/v1/news/2017/11/corrected-item", replace).statusCode());
        JsonNode updated = ApiClient.json(editor.get("/.rest/nodes/v1/news/2017/11/corrected-item?depth=1"));
        assertEquals(1, updated.path("nodes").size(), updated.toString());
        assertEquals("Only fix", ApiClient.property(updated.path("nodes").path(0), "note").path(0).asText());

        String bad = "{\"nodes\":[{\"name\":\"corrections0\",\"properties\":[{\"name\":\"note\",\"values\":[\"No date\"]}]},"
                + "{\"name\":\"gallery0\",\"properties\":[]}]}";
        HttpResponse<String> refused = editor.send("POST", "/.rest/nodes/v1/news/2017/11/corrected-item", bad);
        assertEquals(400, refused.statusCode(), refused.body());
        Set<String> fields = new HashSet<>();
        ApiClient.json(refused).path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
        assertEquals(Set.of("nodes[1].name"), fields, "shape errors first: " + refused.body());
        HttpResponse<String> missingDate = editor.send("POST", "/.rest/nodes/v1/news/2017/11/corrected-item",
                "{\"nodes\":[{\"name\":\"corrections0\",\"properties\":[{\"name\":\"note\",\"values\":[\"No date\"]}]}]}");
        assertEquals(400, missingDate.statusCode());
        assertEquals("corrections[0].date", ApiClient.json(missingDate).path("error").path("fields").path(0).path("field").asText());
        assertEquals("Only fix", ApiClient.property(ApiClient.json(editor.get("/.rest/nodes/v1/news/2017/11/corrected-item?depth=1"))
                .path("nodes").path(0), "note").path(0).asText(), "nothing half-written");
    }

    @Test
    void invalidCreateListsEveryBadFieldAndWritesNothing() throws Exception {
        String body = "{\"name\":\"Not A Slug\",\"type\":\"news:article\",\"properties\":["
                + "{\"name\":\"date\",\"values\":[\"yesterday\"]},"
                + "{\"name\":\"colour\",\"values\":[\"red\"]},"
                + "{\"name\":\"subjects\",\"multiple\":true,\"values\":[\"00000000-0000-0000-0000-000000000000\"]},"
                + "{\"name\":\"title\",\"type\":\"Long\",\"values\":[\"1\"]}]}";
        HttpResponse<String> response = editor.send("PUT", "/.rest/nodes/v1/news/2017/11", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalidValueFormat", ApiClient.errorCode(response));
        Set<String> fields = new HashSet<>();
        ApiClient.json(response).path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
        assertTrue(fields.contains("title"), "declared type contradicts the content type: " + fields);

        HttpResponse<String> second = editor.send("PUT", "/.rest/nodes/v1/news/2017/11", body.replace(",{\"name\":\"title\",\"type\":\"Long\",\"values\":[\"1\"]}", ""));
        Set<String> all = new HashSet<>();
        ApiClient.json(second).path("error").path("fields").forEach(f -> all.add(f.path("field").asText()));
        assertTrue(all.containsAll(List.of("@name", "date", "colour", "subjects[0]", "title")), all.toString());
        assertEquals(400, second.statusCode());
        JsonNode folder = ApiClient.json(editor.get("/.rest/nodes/v1/news/2017/11?depth=1"));
        folder.path("nodes").forEach(child -> assertFalse(child.path("name").asText().contains("slug"), child.toString()));
    }

    @Test
    void updateChangesOnlyTheGivenPropertiesAndRefusesAStaleVersion() throws Exception {
        String path = ApiClient.json(editor.send("PUT", "/.rest/nodes/v1/news/2017/11", article("update-me", "Update me", "2017-11-22"))).path("path").asText();
        HttpResponse<String> read = editor.get("/.rest/nodes/v1/news" + path + "?includeMetadata=true");
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String lastModified = ApiClient.property(ApiClient.json(read), "mgnl:lastModified").get(0).asText();

        HttpResponse<String> updated = editor.send("POST", "/.rest/nodes/v1/news" + path,
                "{\"properties\":[{\"name\":\"lead\",\"type\":\"String\",\"multiple\":false,\"values\":[\"A lead\"]},"
                        + "{\"name\":\"mgnl:lastModified\",\"type\":\"Date\",\"values\":[\"" + lastModified + "\"]}]}");
        assertEquals(200, updated.statusCode(), updated.body());
        JsonNode node = ApiClient.json(updated);
        assertEquals("A lead", ApiClient.property(node, "lead").get(0).asText());
        assertEquals("Update me", ApiClient.property(node, "title").get(0).asText(), "untouched properties stay");

        HttpResponse<String> staleBody = editor.send("POST", "/.rest/nodes/v1/news" + path,
                "{\"properties\":[{\"name\":\"lead\",\"values\":[\"Lost?\"]},"
                        + "{\"name\":\"mgnl:lastModified\",\"values\":[\"" + lastModified + "\"]}]}");
        assertEquals(409, staleBody.statusCode(), staleBody.body());
        HttpResponse<String> staleEtag = editor.send("POST", "/.rest/nodes/v1/news" + path, "{\"properties\":[{\"name\":\"lead\",\"values\":[\"Lost?\"]}]}", etag);
        assertEquals(409, staleEtag.statusCode(), staleEtag.body());
        assertEquals(409, editor.send("POST", "/.rest/nodes/v1/news" + path, "{\"properties\":[]}", "W/\"123\"").statusCode());
        String fresh = updated.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> current = editor.send("POST", "/.rest/nodes/v1/news" + path, "{\"properties\":[{\"name\":\"lead\",\"values\":[]}]}", fresh);
        assertEquals(200, current.statusCode(), current.body());
        assertNull(ApiClient.property(ApiClient.json(current), "lead"), "empty values remove the property");
    }

    @Test
    void twoConcurrentUpdatesOfTheSameVersionNeverBothWin() throws Exception {
        String path = ApiClient.json(editor.send("PUT", "/.rest/nodes/v1/news/2017/11", article("race", "Race", "2017-11-23"))).path("path").asText();
        for (int round = 0; round < 5; round++) {
            String etag = editor.get("/.rest/nodes/v1/news" + path).headers().firstValue("ETag").orElseThrow();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (String writer : List.of("first", "second")) {
                results.add(pool.submit(() -> {
                    go.await();
                    return editor.send("POST", "/.rest/nodes/v1/news" + path,
                            "{\"properties\":[{\"name\":\"lead\",\"values\":[\"" + writer + "\"]}]}", etag);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            String winner = null;
            for (Future<HttpResponse<String>> result : results) {
                HttpResponse<String> response = result.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = ApiClient.property(ApiClient.json(response), "lead").get(0).asText();
                }
            }
            pool.shutdown();
            statuses.sort(Integer::compareTo);
            assertEquals(List.of(200, 409), statuses, "round " + round);
            String stored = ApiClient.property(ApiClient.json(editor.get("/.rest/nodes/v1/news" + path)), "lead").get(0).asText();
            assertEquals(winner, stored, "the stored value is the one whose writer was told it won");
        }
    }

    @Test
    void publishingNeedsThePublishedParentKeepsTheIdentifierAndUnpublishRemovesFromLive() throws Exception {
        assertEquals(201, admin.send("PUT", "/.rest/nodes/v1/news", "{\"name\":\"2031\",\"type\":\"mgnl:folder\"}").statusCode());
        JsonNode item = ApiClient.json(admin.send("PUT", "/.rest/nodes/v1/news/2031", article("future", "Future", "2031-01-01")));
        String id = item.path("identifier").asText();

        HttpResponse<String> orphan = admin.send("POST", "/.rest/commands/v2/publish", publish("/2031/future", false));
        assertEquals(409, orphan.statusCode(), orphan.body());
        assertFalse(isLive(id));

        assertEquals(200, admin.send("POST", "/.rest/commands/v2/publish", publish("/2031", false)).statusCode());
        HttpResponse<String> published = admin.send("POST", "/.rest/commands/v2/publish", publish("/2031/future", false));
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(isLive(id), "live under the same identifier");
        JsonNode read = ApiClient.json(admin.get("/.rest/nodes/v1/news/2031/future?includeMetadata=true"));
        assertEquals("published", read.path("publicationStatus").asText());
        assertEquals("superuser", ApiClient.property(read, "mgnl:lastActivatedBy").get(0).asText());

        admin.send("POST", "/.rest/nodes/v1/news/2031/future", "{\"properties\":[{\"name\":\"lead\",\"values\":[\"Changed\"]}]}");
        assertEquals("modified", ApiClient.json(admin.get("/.rest/nodes/v1/news/2031/future")).path("publicationStatus").asText());

        HttpResponse<String> deletePublished = admin.send("DELETE", "/.rest/nodes/v1/news/2031/future", null);
        assertEquals(409, deletePublished.statusCode(), "a published item is unpublished before it is deleted");

        HttpResponse<String> unpublished = admin.send("POST", "/.rest/commands/v2/unpublish", publish("/2031/future", false));
        assertEquals(200, unpublished.statusCode(), unpublished.body());
        assertFalse(isLive(id));
        assertEquals("unpublished", ApiClient.json(admin.get("/.rest/nodes/v1/news/2031/future")).path("publicationStatus").asText());

        assertEquals(204, admin.send("DELETE", "/.rest/nodes/v1/news/2031/future", null).statusCode());
        assertEquals(404, admin.get("/.rest/nodes/v1/news/2031/future").statusCode());
    }

    @Test
    void anUpdateWithOneBadFieldChangesNothing() throws Exception {
        String path = ApiClient.json(editor.send("PUT", "/.rest/nodes/v1/news/2017/11", article("half", "Half", "2017-11-24"))).path("path").asText();
        HttpResponse<String> response = editor.send("POST", "/.rest/nodes/v1/news" + path,
                "{\"properties\":[{\"name\":\"lead\",\"values\":[\"Would be nice\"]},{\"name\":\"date\",\"values\":[\"2017-13-45\"]}]}");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("date", ApiClient.json(response).path("error").path("fields").path(0).path("field").asText());
        assertNull(ApiClient.property(ApiClient.json(editor.get("/.rest/nodes/v1/news" + path)), "lead"), "nothing half-written");
    }

    @Test
    void concurrentPublishAndUpdateOfOneItemAreConflictsAtWorstNeverErrors() throws Exception {
        String path = ApiClient.json(admin.send("PUT", "/.rest/nodes/v1/news/2017/11", article("busy", "Busy", "2017-11-25"))).path("path").asText();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String lead = "round " + round;
                CountDownLatch go = new CountDownLatch(1);
                Future<HttpResponse<String>> publishing = pool.submit(() -> {
                    go.await();
                    return admin.send("POST", "/.rest/commands/v2/publish", publish(path, false));
                });
                Future<HttpResponse<String>> updating = pool.submit(() -> {
                    go.await();
                    return editor.send("POST", "/.rest/nodes/v1/news" + path, "{\"properties\":[{\"name\":\"lead\",\"values\":[\"" + lead + "\"]}]}");
                });
                go.countDown();
                assertEquals(200, publishing.get().statusCode(), publishing.get().body());
                assertEquals(200, updating.get().statusCode(), updating.get().body());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void publishCommandRejectsBadBodies() throws Exception {
        assertEquals(400, admin.send("POST", "/.rest/commands/v2/publish", "{\"repository\":\"users\",\"path\":\"/admin\"}").statusCode());
        assertEquals(400, admin.send("POST", "/.rest/commands/v2/publish", "{\"repository\":\"news\",\"path\":\"/\"}").statusCode());
        assertEquals(400, admin.send("POST", "/.rest/commands/v2/publish", "{\"repository\":\"news\",\"path\":\"" + SEED + "\",\"recursive\":\"yes\"}").statusCode());
        assertEquals(404, admin.send("POST", "/.rest/commands/v2/publish", publish("/2017/11/nothing-here", false)).statusCode());
        assertEquals(404, admin.send("POST", "/.rest/commands/v2/launch", publish(SEED, false)).statusCode());
        assertEquals(405, admin.send("GET", "/.rest/commands/v2/publish", null).statusCode());
    }

    @Test
    void websitePagesAreaAndComponentsAreCheckedAgainstTheirDefinitions() throws Exception {
        HttpResponse<String> page = editor.send("PUT", "/.rest/nodes/v1/website/home",
                "{\"name\":\"contact\",\"type\":\"mgnl:page\",\"properties\":[{\"name\":\"mgnl:template\",\"values\":[\"news-module:pages/section\"]},"
                        + "{\"name\":\"title\",\"values\":[\"Contact\"]},{\"name\":\"title_ru\",\"values\":[\"Контакты\"]}]}");
        assertEquals(201, page.statusCode(), page.body());
        assertEquals(201, editor.send("PUT", "/.rest/nodes/v1/website/home/contact", "{\"name\":\"main\",\"type\":\"mgnl:area\"}").statusCode());
        HttpResponse<String> text = editor.send("PUT", "/.rest/nodes/v1/website/home/contact/main",
                "{\"name\":\"0\",\"type\":\"mgnl:component\",\"properties\":[{\"name\":\"mgnl:template\",\"values\":[\"news-module:components/text\"]},"
                        + "{\"name\":\"text\",\"values\":[\"<p>Write to us<script>alert(1)</script></p>\"]}]}");
        assertEquals(201, text.statusCode(), text.body());
        assertEquals("<p>Write to us</p>", ApiClient.property(ApiClient.json(text), "text").get(0).asText(), "rich text is sanitized");

        HttpResponse<String> wrong = editor.send("PUT", "/.rest/nodes/v1/website/home/contact/main",
                "{\"name\":\"1\",\"type\":\"mgnl:component\",\"properties\":[{\"name\":\"mgnl:template\",\"values\":[\"news-module:components/breadcrumb\"]},"
                        + "{\"name\":\"colour\",\"values\":[\"red\"]}]}");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("not available in area") && wrong.body().contains("colour"), wrong.body());
        assertEquals(400, editor.send("PUT", "/.rest/nodes/v1/website/home/contact", "{\"name\":\"sidebar\",\"type\":\"mgnl:area\"}").statusCode());
        assertEquals(400, editor.send("PUT", "/.rest/nodes/v1/website/home",
                "{\"name\":\"no-template\",\"type\":\"mgnl:page\",\"properties\":[{\"name\":\"title\",\"values\":[\"x\"]}]}").statusCode());
        assertEquals(405, editor.send("PUT", "/.rest/nodes/v1/dam", "{\"name\":\"x\",\"type\":\"mgnl:folder\"}").statusCode());
    }

    private static String typeOf(JsonNode node, String property) {
        for (JsonNode p : node.path("properties")) {
            if (p.path("name").asText().equals(property)) {
                return p.path("type").asText();
            }
        }
        return null;
    }
}
