package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * The Users app (issue 10): disable, enable and delete accounts, in the admincentral and the API; refusals
 * are sentences in the UI's language; a deleted account's sessions and tokens stop working, also for a new
 * account of the same name.
 */
class UsersAppIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    private static final String ADMIN = RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD);

    @Test
    void anAccountIsDisabledEnabledAndDeletedAndItsSessionsAndTokensFollow() throws Exception {
        AuthorClient admin = new AuthorClient(host.host().port());
        admin.login("superuser", RunningHost.ADMIN_PASSWORD);
        assertEquals(303, admin.postWithToken("/users/create", Map.of("name", "dora", "password", "dora-password", "role", "editor"))
                .statusCode());
        AuthorClient dora = new AuthorClient(host.host().port());
        assertEquals(303, dora.login("dora", "dora-password").statusCode());
        assertEquals(200, dora.get("/").statusCode());
        String token = Json.MAPPER.readTree(api("POST", "/.rest/tokens/v1", "{\"label\":\"dora's script\",\"user\":\"dora\"}").body())
                .path("token").asText();
        assertEquals(200, bearer(token).statusCode());

        assertEquals(303, admin.postWithToken("/users/enabled", Map.of("name", "dora", "enabled", "false")).statusCode());
        assertFalse(dora.get("/").statusCode() == 200, "a disabled account's session has ended");
        assertEquals(401, new AuthorClient(host.host().port()).login("dora", "dora-password").statusCode());
        assertEquals(303, admin.postWithToken("/users/enabled", Map.of("name", "dora", "enabled", "true")).statusCode());
        assertEquals(303, dora.login("dora", "dora-password").statusCode(), "enabled again, she logs in");

        assertEquals(303, admin.postWithToken("/users/delete", Map.of("name", "dora")).statusCode());
        assertFalse(admin.get("/users").body().contains("data-user=\"dora\""));
        assertFalse(dora.get("/").statusCode() == 200, "a deleted account's session has ended");
        assertEquals(401, bearer(token).statusCode(), "its tokens are revoked");
        assertEquals(201, api("PUT", "/.rest/users/v1", "{\"name\":\"dora\",\"password\":\"another-dora\",\"role\":\"admin\"}").statusCode());
        assertEquals(401, bearer(token).statusCode(), "a new account of the same name does not inherit them");

        String audit = api("GET", "/.rest/audit/v1?actor=superuser&subject=dora", null).body();
        for (String action : new String[] {"user-created", "user-disabled", "user-enabled", "user-deleted"}) {
            assertTrue(audit.contains("\"action\":\"" + action + "\""), action + " in " + audit);
        }
    }

    @Test
    void refusalsAreSentencesInTheUisLanguage() throws Exception {
        AuthorClient admin = new AuthorClient(host.host().port());
        admin.login("superuser", RunningHost.ADMIN_PASSWORD);
        HttpResponse<String> badName = admin.postWithToken("/users/create", Map.of("name", "Bad Name", "password", "long-enough", "role", "editor"));
        assertEquals(400, badName.statusCode());
        assertTrue(badName.body().contains("A user name has 2 to 64 characters"), badName.body());
        HttpResponse<String> russian = admin.postWithToken("/users/create",
                Map.of("name", "ok-name", "password", "short", "role", "editor", "lang", "ru"));
        assertEquals(400, russian.statusCode());
        assertTrue(russian.body().contains("Пароль — не короче 8 символов."), russian.body());
        HttpResponse<String> self = admin.postWithToken("/users/delete", Map.of("name", "superuser"));
        assertEquals(400, self.statusCode());
        assertTrue(self.body().contains("You cannot disable or delete your own account."), self.body());
        assertEquals(404, admin.postWithToken("/users/delete", Map.of("name", "nobody-at-all")).statusCode());
        assertEquals(400, api("DELETE", "/.rest/users/v1/superuser", null).statusCode(), "nor over the API");
        assertEquals(404, api("DELETE", "/.rest/users/v1/nobody-at-all", null).statusCode());
    }

    @Test
    void theUsersScreenHasNoDuplicateIds() throws Exception {
        api("PUT", "/.rest/users/v1", "{\"name\":\"id-check-a\",\"password\":\"password-a\",\"role\":\"editor\"}");
        api("PUT", "/.rest/users/v1", "{\"name\":\"id-check-b\",\"password\":\"password-b\",\"role\":\"publisher\"}");
        AuthorClient admin = new AuthorClient(host.host().port());
        admin.login("superuser", RunningHost.ADMIN_PASSWORD);
        String page = admin.get("/users").body();
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page);
        while (id.find()) {
            assertTrue(ids.add(id.group(1)), "duplicate id " + id.group(1));
        }
        assertTrue(ids.contains("users") && ids.contains("new-user-name"), ids.toString());
    }

    private static HttpResponse<String> api(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri(path)).header("Authorization", ADMIN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return host.send(request.build());
    }

    private static HttpResponse<String> bearer(String token) throws Exception {
        return host.send(HttpRequest.newBuilder(host.uri("/.rest/nodes/v1/news")).header("Authorization", "Bearer " + token).build());
    }
}
