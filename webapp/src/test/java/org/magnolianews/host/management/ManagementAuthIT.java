package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.security.UserStore;
import org.magnolianews.host.testing.RunningHost;

/** Who may call the management API: Basic and bearer authentication, roles, throttling, tokens, users, OpenAPI. */
class ManagementAuthIT {

    private static final String SEED = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static ApiClient admin;
    private static ApiClient editor;
    private static ApiClient publisher;

    @BeforeAll
    static void start() throws Exception {
        UserStore users = host.host().context().users();
        users.create("auth-editor", "editor-password", Role.EDITOR, "test");
        users.create("auth-publisher", "publisher-password", Role.PUBLISHER, "test");
        admin = ApiClient.basic(host, UserStore.SUPERUSER, RunningHost.ADMIN_PASSWORD);
        editor = ApiClient.basic(host, "auth-editor", "editor-password");
        publisher = ApiClient.basic(host, "auth-publisher", "publisher-password");
    }

    @Test
    void requestWithoutCredentialsIsChallengedWithNotAuthorized() throws Exception {
        HttpResponse<String> response = new ApiClient(host, null).get("/.rest/nodes/v1/news" + SEED);
        assertEquals(401, response.statusCode());
        assertEquals("notAuthorized", ApiClient.errorCode(response));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"), response.headers().toString());
        assertFalse(response.body().contains("putin"), "nothing of the content leaks");
    }

    @Test
    void wrongPasswordAndMalformedHeadersAreNotAuthorized() throws Exception {
        assertEquals(401, ApiClient.basic(host, "auth-editor", "wrong-password").get("/.rest/nodes/v1/news/").statusCode());
        assertEquals(401, ApiClient.basic(host, "nobody-here", "whatever-password").get("/.rest/nodes/v1/news/").statusCode());
        assertEquals(401, new ApiClient(host, "Basic !!!not-base64").get("/.rest/nodes/v1/news/").statusCode());
        assertEquals(401, new ApiClient(host, "Digest abc").get("/.rest/nodes/v1/news/").statusCode());
        assertEquals(401, ApiClient.bearer(host, "mnt_made-up-token").get("/.rest/nodes/v1/news/").statusCode());
    }

    @Test
    void basicAuthenticationOfAnEditorReadsNodes() throws Exception {
        HttpResponse<String> response = editor.get("/.rest/nodes/v1/news" + SEED);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("news:article", ApiClient.json(response).path("type").asText());
    }

    @Test
    void editorMayNotPublishNorManageUsers() throws Exception {
        HttpResponse<String> publish = editor.send("POST", "/.rest/commands/v2/publish",
                "{\"repository\":\"news\",\"path\":\"" + SEED + "\"}");
        assertEquals(403, publish.statusCode(), publish.body());
        assertEquals("accessDenied", ApiClient.errorCode(publish));
        HttpResponse<String> users = editor.get("/.rest/users/v1");
        assertEquals(403, users.statusCode());
        assertEquals("accessDenied", ApiClient.errorCode(users));
        assertEquals(403, publisher.get("/.rest/users/v1").statusCode());
    }

    @Test
    void publisherMayPublish() throws Exception {
        HttpResponse<String> publish = publisher.send("POST", "/.rest/commands/v2/publish",
                "{\"repository\":\"news\",\"path\":\"" + SEED + "\",\"recursive\":false}");
        assertEquals(200, publish.statusCode(), publish.body());
        assertEquals("published", ApiClient.json(publish).path("publicationStatus").asText());
    }

    @Test
    void tokenIsCreatedShownOnceUsableListedWithoutSecretAndRevocable() throws Exception {
        HttpResponse<String> created = editor.send("POST", "/.rest/tokens/v1", "{\"label\":\"import script\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode issued = ApiClient.json(created);
        String secret = issued.path("token").asText();
        String id = issued.path("id").asText();
        assertTrue(secret.startsWith("mnt_") && secret.length() > 40, secret);

        ApiClient byToken = ApiClient.bearer(host, secret);
        assertEquals(200, byToken.get("/.rest/nodes/v1/news" + SEED).statusCode());
        assertEquals(403, byToken.send("POST", "/.rest/commands/v2/publish", "{\"repository\":\"news\",\"path\":\"" + SEED + "\"}").statusCode(),
                "a token carries its owner's role, no more");

        HttpResponse<String> list = editor.get("/.rest/tokens/v1");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(id) && list.body().contains("import script"), list.body());
        assertFalse(list.body().contains(secret), "the secret is never listed");

        assertEquals(403, publisher.send("DELETE", "/.rest/tokens/v1/" + id, null).statusCode(), "not someone else's token");
        assertEquals(204, editor.send("DELETE", "/.rest/tokens/v1/" + id, null).statusCode());
        assertEquals(401, byToken.get("/.rest/nodes/v1/news" + SEED).statusCode(), "a revoked token no longer works");
        assertEquals(404, editor.send("DELETE", "/.rest/tokens/v1/" + id, null).statusCode());
    }

    @Test
    void tokensAreStoredOnlyAsHashes() throws Exception {
        HttpResponse<String> created = editor.send("POST", "/.rest/tokens/v1", "{\"label\":\"hash check\"}");
        String secret = ApiClient.json(created).path("token").asText();
        String dump = host.host().context().repository().call("users", session -> {
            StringBuilder all = new StringBuilder();
            for (javax.jcr.NodeIterator it = session.getNode("/apitokens").getNodes(); it.hasNext(); ) {
                javax.jcr.Node token = it.nextNode();
                all.append(token.getName());
                for (javax.jcr.PropertyIterator p = token.getProperties(); p.hasNext(); ) {
                    all.append(p.nextProperty().getString());
                }
            }
            return all.toString();
        });
        assertFalse(dump.contains(secret.substring(4)), "the secret is not in the repository");
    }

    @Test
    void onlyAdminsCreateTokensForOthersAndListEveryonesTokens() throws Exception {
        assertEquals(403, editor.send("POST", "/.rest/tokens/v1", "{\"label\":\"x\",\"user\":\"auth-publisher\"}").statusCode());
        assertEquals(403, editor.get("/.rest/tokens/v1?user=*").statusCode());
        HttpResponse<String> forOther = admin.send("POST", "/.rest/tokens/v1", "{\"label\":\"ci\",\"user\":\"auth-publisher\"}");
        assertEquals(201, forOther.statusCode(), forOther.body());
        assertEquals("auth-publisher", ApiClient.json(forOther).path("user").asText());
        assertEquals(400, admin.send("POST", "/.rest/tokens/v1", "{\"label\":\"x\",\"user\":\"no-such-user\"}").statusCode());
        assertEquals(400, admin.send("POST", "/.rest/tokens/v1", "{\"label\":\"\"}").statusCode());
    }

    @Test
    void adminCreatesUsersAndDisablingOneLocksItsTokensOut() throws Exception {
        HttpResponse<String> created = admin.send("PUT", "/.rest/users/v1",
                "{\"name\":\"temp-writer\",\"password\":\"temp-password\",\"role\":\"editor\"}");
        assertEquals(201, created.statusCode(), created.body());
        ApiClient temp = ApiClient.basic(host, "temp-writer", "temp-password");
        String secret = ApiClient.json(temp.send("POST", "/.rest/tokens/v1", "{\"label\":\"t\"}")).path("token").asText();
        assertEquals(200, ApiClient.bearer(host, secret).get("/.rest/nodes/v1/news/").statusCode());

        assertEquals(200, admin.send("POST", "/.rest/users/v1/temp-writer", "{\"enabled\":false}").statusCode());
        assertEquals(401, ApiClient.bearer(host, secret).get("/.rest/nodes/v1/news/").statusCode());

        HttpResponse<String> badRole = admin.send("PUT", "/.rest/users/v1", "{\"name\":\"x-user\",\"password\":\"long-enough\",\"role\":\"king\"}");
        assertEquals(400, badRole.statusCode());
        assertEquals("role", ApiClient.json(badRole).path("error").path("fields").path(0).path("field").asText());
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPasswordAfterwards() throws Exception {
        host.host().context().users().create("guessed-user", "the-right-password", Role.EDITOR, "test");
        ApiClient wrong = ApiClient.basic(host, "guessed-user", "wrong-guess");
        for (int i = 0; i < 10; i++) {
            assertEquals(401, wrong.get("/.rest/nodes/v1/news/").statusCode());
        }
        HttpResponse<String> blocked = ApiClient.basic(host, "guessed-user", "the-right-password").get("/.rest/nodes/v1/news/");
        assertEquals(429, blocked.statusCode(), blocked.body());
        assertEquals("tooManyRequests", ApiClient.errorCode(blocked));
        assertTrue(Integer.parseInt(blocked.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertEquals(200, editor.get("/.rest/nodes/v1/news/").statusCode(), "other users are not affected");
    }

    @Test
    void everyDocumentedManagementPathAnswersOnTheRunningHost() throws Exception {
        HttpResponse<String> document = host.get("/.rest/openapi.json");
        assertEquals(200, document.statusCode());
        JsonNode paths = ApiClient.json(document).path("paths");
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!"management".equals(entry.getValue().path("x-magnolia-news-feature").asText())) {
                continue;
            }
            String path = "/.rest" + entry.getKey()
                    .replace("{workspace}", "news").replace("{path}", SEED)
                    .replace("{id}", "00000000-0000-0000-0000-000000000000").replace("{name}", "superuser")
                    .replace("{catalog}", "news").replace("{command}", "activate");
            for (Iterator<String> methods = entry.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                if (!java.util.Set.of("GET", "PUT", "POST", "DELETE").contains(method)) {
                    continue;
                }
                // Safe probes: writes get an empty object, which every write refuses before changing anything.
                HttpResponse<String> response;
                if (method.equals("DELETE") && path.startsWith("/.rest/nodes")) {
                    response = editor.send("GET", path, null); // do not delete the seed: the read of the same path proves the route
                } else {
                    response = admin.send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}");
                    JsonNode documented = entry.getValue().path(method.toLowerCase(java.util.Locale.ROOT)).path("responses");
                    assertTrue(documented.has(String.valueOf(response.statusCode())),
                            method + " " + path + " answered " + response.statusCode() + ", which the document does not list: " + documented.fieldNames());
                }
                String code = response.statusCode() == 404 ? ApiClient.errorCode(response) : "";
                assertNotEquals("notFound", code, method + " " + path + " is documented but not served: " + response.body());
                assertNotEquals(405, response.statusCode(), method + " " + path + " is documented but not allowed");
                assertTrue(response.statusCode() < 500, method + " " + path + " → " + response.statusCode());
                checked++;
            }
        }
        assertTrue(checked >= 12, "documented operations checked: " + checked);
    }
}
