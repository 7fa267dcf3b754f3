package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.testing.RunningHost;

/**
 * The admincentral over real HTTP: sessions, CSRF, login throttling and roles are enforced by the
 * server whatever a page shows. Every refusal changes nothing in the repository.
 */
class AdmincentralSecurityIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static String draftPath;

    @BeforeAll
    static void start() throws Exception {
        host.host().context().users().create("ed", "editor-password", Role.EDITOR, "test");
        host.host().context().users().create("pub", "publisher-password", Role.PUBLISHER, "test");
        ContentService.Created draft = host.host().context().content().create("subject", java.util.Optional.empty(),
                java.util.Optional.empty(), Map.of("name", "Security draft"), "test");
        draftPath = draft.path();
    }

    private static AuthorClient client() {
        return new AuthorClient(host.host().port());
    }

    private static AuthorClient loggedIn(String user, String password) throws Exception {
        AuthorClient client = client();
        assertEquals(303, client.login(user, password).statusCode());
        return client;
    }

    private static boolean live(String workspace, String path) {
        return host.host().context().repository().<Boolean>call(workspace + "_live", s -> s.nodeExists(path));
    }

    @Test
    void withoutASessionPagesRedirectToTheLoginAndPostsAre401() throws Exception {
        AuthorClient anonymous = client();
        HttpResponse<String> page = anonymous.get("/app?app=news");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").startsWith(AuthorClient.BASE + "/login?next="));
        assertEquals(401, anonymous.post("/app/action", Map.of("app", "subjects", "path", draftPath, "action", "publish")).statusCode());
        assertFalse(live("subjects", draftPath));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        AuthorClient client = client();
        HttpResponse<String> response = client.login("superuser", RunningHost.ADMIN_PASSWORD);
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("MGNLAUTHOR=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(client.hasSessionCookie());
    }

    @Test
    void aWrongPasswordIs401AndRepeatedFailuresAreThrottledEvenWithTheRightPassword() throws Exception {
        host.host().context().users().create("victim", "victim-password", Role.EDITOR, "test");
        for (int i = 0; i < 10; i++) { // the host's one policy: ten per account (issue 12)
            HttpResponse<String> failed = client().login("victim", "guess-" + i);
            assertEquals(401, failed.statusCode());
            assertTrue(failed.body().contains("id=\"login-error\""));
        }
        assertEquals(429, client().login("victim", "victim-password").statusCode());
    }

    @Test
    void aLoginPostWithoutTheFormsTokenIsRefused() throws Exception {
        HttpResponse<String> response = client().post("/login", Map.of("username", "superuser", "password", RunningHost.ADMIN_PASSWORD));
        assertEquals(403, response.statusCode());
    }

    @Test
    void aStateChangingPostWithoutOrWithAWrongCsrfTokenIs403AndChangesNothing() throws Exception {
        AuthorClient admin = loggedIn("superuser", RunningHost.ADMIN_PASSWORD);
        Map<String, String> publish = Map.of("app", "subjects", "path", draftPath, "action", "publish");
        assertEquals(403, admin.post("/app/action", publish).statusCode());
        Map<String, String> wrong = new java.util.HashMap<>(publish);
        wrong.put("_csrf", "not-the-token");
        HttpResponse<String> refused = admin.post("/app/action", wrong);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("CSRF"));
        assertEquals(403, admin.post("/users/create", Map.of("name", "mallory", "password", "mallory-password", "role", "admin")).statusCode());
        assertFalse(live("subjects", draftPath));
        assertTrue(host.host().context().users().find("mallory").isEmpty());
    }

    @Test
    void anEditorCannotPublishUnpublishScheduleOrManageUsers() throws Exception {
        AuthorClient editor = loggedIn("ed", "editor-password");
        for (String action : List.of("publish", "publishRecursive", "unpublish")) {
            HttpResponse<String> response = editor.postWithToken("/app/action", Map.of("app", "subjects", "path", draftPath, "action", action));
            assertEquals(403, response.statusCode(), action);
        }
        assertEquals(403, editor.postWithToken("/app/action", Map.of("app", "subjects", "path", draftPath, "action", "schedule",
                "what", "publish", "at", "2020-01-01T00:00")).statusCode());
        assertEquals(403, editor.postWithToken("/pages/publish", Map.of("path", "/home/about")).statusCode());
        assertEquals(403, editor.get("/users").statusCode());
        assertEquals(403, editor.postWithToken("/users/create", Map.of("name", "eve", "password", "eve-password", "role", "admin")).statusCode());
        assertFalse(live("subjects", draftPath));
        assertTrue(host.host().context().users().find("eve").isEmpty());
        // What an editor may do: save a draft.
        assertEquals(303, editor.postWithToken("/app/save", Map.of("app", "subjects", "path", draftPath, "name", "Security draft (edited)")).statusCode());
    }

    @Test
    void aPublisherPublishesButCannotManageUsers() throws Exception {
        AuthorClient publisher = loggedIn("pub", "publisher-password");
        ContentService.Created item = host.host().context().content().create("subject", java.util.Optional.empty(),
                java.util.Optional.empty(), Map.of("name", "Publisher item"), "test");
        assertEquals(303, publisher.postWithToken("/app/action", Map.of("app", "subjects", "path", item.path(), "action", "publish")).statusCode());
        assertTrue(live("subjects", item.path()));
        assertEquals(403, publisher.get("/users").statusCode());
    }

    @Test
    void anAdminCreatesAUserWhoCanThenLogIn() throws Exception {
        AuthorClient admin = loggedIn("superuser", RunningHost.ADMIN_PASSWORD);
        assertEquals(303, admin.postWithToken("/users/create", Map.of("name", "newbie", "password", "newbie-password", "role", "publisher")).statusCode());
        HttpResponse<String> weak = admin.postWithToken("/users/create", Map.of("name", "weak", "password", "short", "role", "editor"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("at least 8 characters"));
        assertEquals(400, admin.postWithToken("/users/create", Map.of("name", "x2", "password", "long-enough", "role", "overlord")).statusCode());
        assertEquals(Role.PUBLISHER, host.host().context().users().find("newbie").orElseThrow().role());
        assertEquals(303, client().login("newbie", "newbie-password").statusCode());
    }
}
