package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.security.UserStore;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 12, defect 2: an open admincentral session acts with the account as it is now, whichever
 * way the account was changed (management API or Users app). A demoted admin loses admin rights at
 * once, a disabled account or a reset password ends the session, and a refused request changes nothing.
 */
class AuthorSessionFollowsAccountIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    private static UserStore users() {
        return host.host().context().users();
    }

    private static AuthorClient loggedIn(String user, String password) throws Exception {
        AuthorClient client = new AuthorClient(host.host().port());
        assertEquals(303, client.login(user, password).statusCode());
        return client;
    }

    /** A change to an account through the management API, as the superuser. */
    private static void changeThroughApi(String name, String json) throws Exception {
        HttpResponse<String> response = host.send(HttpRequest.newBuilder(host.uri("/.rest/users/v1/" + name))
                .header("Authorization", RunningHost.basicAuth(UserStore.SUPERUSER, RunningHost.ADMIN_PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static boolean loggedOut(AuthorClient client) throws Exception {
        HttpResponse<String> page = client.get("/");
        return page.statusCode() == 303 && page.headers().firstValue("Location").orElse("").contains("/login");
    }

    private static String subjectName(String path) {
        return host.host().context().repository().call("subjects", s -> s.getNode(path).getProperty("name").getString());
    }

    @Test
    void anAdminDemotedThroughTheApiCannotCreateAnAdminInTheSessionStillOpen() throws Exception {
        users().create("demoted-admin", "demoted-password", Role.ADMIN, "test");
        AuthorClient session = loggedIn("demoted-admin", "demoted-password");
        changeThroughApi("demoted-admin", "{\"role\":\"editor\"}");

        HttpResponse<String> refused = session.postWithToken("/users/create",
                Map.of("name", "made-by-demoted", "password", "made-password", "role", "admin"));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(users().find("made-by-demoted").isEmpty(), "no account was created");
        assertEquals(403, session.get("/users").statusCode());
        assertEquals(200, session.get("/").statusCode(), "the session goes on, with the editor role");
    }

    @Test
    void anAccountDisabledThroughTheApiIsLoggedOutAndItsSaveChangesNothing() throws Exception {
        users().create("disabled-ed", "disabled-password", Role.EDITOR, "test");
        ContentService.Created draft = host.host().context().content().create("subject", Optional.empty(), Optional.empty(),
                Map.of("name", "Before disabling"), "test");
        AuthorClient session = loggedIn("disabled-ed", "disabled-password");
        changeThroughApi("disabled-ed", "{\"enabled\":false}");

        HttpResponse<String> save = session.postWithToken("/app/save",
                Map.of("app", "subjects", "path", draft.path(), "name", "Saved by a disabled account"));
        assertEquals(401, save.statusCode(), save.body());
        assertEquals("Before disabling", subjectName(draft.path()));
        assertTrue(loggedOut(session));

        changeThroughApi("disabled-ed", "{\"enabled\":true}");
        assertTrue(loggedOut(session), "enabling the account again does not revive the old session");
        assertEquals(303, new AuthorClient(host.host().port()).login("disabled-ed", "disabled-password").statusCode());
    }

    @Test
    void aPasswordResetThroughTheApiEndsTheSessionsOpenedWithTheOldPassword() throws Exception {
        users().create("reset-ed", "old-password", Role.EDITOR, "test");
        AuthorClient session = loggedIn("reset-ed", "old-password");
        changeThroughApi("reset-ed", "{\"password\":\"new-password\"}");

        assertTrue(loggedOut(session));
        assertEquals(401, new AuthorClient(host.host().port()).login("reset-ed", "old-password").statusCode());
        assertEquals(303, new AuthorClient(host.host().port()).login("reset-ed", "new-password").statusCode());
    }

    @Test
    void aRoleChangeInTheUsersAppAppliesToTheOtherUsersOpenSessionAtOnce() throws Exception {
        users().create("ui-demoted", "ui-demoted-password", Role.PUBLISHER, "test");
        ContentService.Created draft = host.host().context().content().create("subject", Optional.empty(), Optional.empty(),
                Map.of("name", "Not to be published"), "test");
        AuthorClient session = loggedIn("ui-demoted", "ui-demoted-password");
        AuthorClient admin = loggedIn(UserStore.SUPERUSER, RunningHost.ADMIN_PASSWORD);
        assertEquals(303, admin.postWithToken("/users/role", Map.of("name", "ui-demoted", "role", "editor")).statusCode());

        HttpResponse<String> publish = session.postWithToken("/app/action",
                Map.of("app", "subjects", "path", draft.path(), "action", "publish"));
        assertEquals(403, publish.statusCode(), publish.body());
        assertFalse(host.host().context().repository().<Boolean>call("subjects_live", s -> s.nodeExists(draft.path())));
    }

    @Test
    void aPasswordResetInTheUsersAppEndsTheOtherUsersSessions() throws Exception {
        users().create("ui-reset", "ui-old-password", Role.EDITOR, "test");
        AuthorClient session = loggedIn("ui-reset", "ui-old-password");
        AuthorClient admin = loggedIn(UserStore.SUPERUSER, RunningHost.ADMIN_PASSWORD);
        assertEquals(303, admin.postWithToken("/users/password", Map.of("name", "ui-reset", "password", "ui-new-password")).statusCode());
        assertTrue(loggedOut(session));
        assertFalse(loggedOut(admin), "the admin's own session is untouched");
    }
}
