package org.magnolianews.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.author.AuthorClient;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 12, defect 3: who may do what, walked route by route. Every admincentral route and every
 * documented management API operation is called as anonymous, editor, publisher and admin, and the
 * status is compared with the role this test expects (its own table, written from the promise:
 * editor writes drafts; publisher also publishes, unpublishes and deletes or moves published
 * content; admin also manages users and everyone's tokens). The content actions that change
 * things run on fresh content per caller, and a refused one leaves the content as it was.
 */
class RolesTableIT {

    private static final String SEED = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";
    private static final String TARGET = "roles-target";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static final AtomicInteger counter = new AtomicInteger();

    /** The four kinds of caller, with their account (none for anonymous). */
    enum Caller {
        ANONYMOUS(null, null), EDITOR(Role.EDITOR, "roles-editor"), PUBLISHER(Role.PUBLISHER, "roles-publisher"),
        ADMIN(Role.ADMIN, "roles-admin");

        final Role role;
        final String user;

        Caller(Role role, String user) {
            this.role = role;
            this.user = user;
        }

        boolean mayActAs(Role least) {
            return role != null && role.includes(least);
        }

        String password() {
            return user + "-password";
        }
    }

    @BeforeAll
    static void accounts() {
        for (Caller caller : Caller.values()) {
            if (caller.user != null) {
                host.host().context().users().create(caller.user, caller.password(), caller.role, "test");
            }
        }
        host.host().context().users().create(TARGET, "roles-target-password", Role.EDITOR, "test");
    }

    // ---- admincentral -------------------------------------------------------------------------

    /** A route of the admincentral, the request that probes it, and the least role it needs (null: public). */
    record UiRoute(String method, String path, String query, Role least) {
        String key() {
            return method + " " + path;
        }
    }

    private static List<UiRoute> uiRoutes(String draft) {
        String item = "app=subjects&path=" + draft;
        return List.of(
                new UiRoute("GET", "/static/admin.css", "", null),
                new UiRoute("GET", "/static/admin.js", "", null),
                new UiRoute("GET", "/static/drafts.js", "", null),
                new UiRoute("GET", "/static/page-editor.js", "", null),
                new UiRoute("GET", "/static/page-editor.css", "", null),
                new UiRoute("GET", "/static/page-editor-frame.js", "", null),
                new UiRoute("GET", "/static/richtext.js", "", null),
                new UiRoute("GET", "/static/ckeditor/ckeditor5.js", "", null),
                new UiRoute("GET", "/static/ckeditor/ckeditor5.css", "", null),
                new UiRoute("GET", "/static/ckeditor/ru.js", "", null),
                new UiRoute("GET", "/language", "lang=en", null),
                new UiRoute("GET", "/login", "", null),
                new UiRoute("GET", "/", "", Role.EDITOR),
                new UiRoute("GET", "/app", "app=news", Role.EDITOR),
                new UiRoute("GET", "/pick", "type=subject&q=a", Role.EDITOR),
                new UiRoute("GET", "/app/new", "app=subjects", Role.EDITOR),
                new UiRoute("GET", "/app/edit", item, Role.EDITOR),
                new UiRoute("GET", "/app/delete", item, Role.EDITOR),
                new UiRoute("GET", "/app/diff", item + "&version=1", Role.EDITOR),
                new UiRoute("GET", "/app/preview", item, Role.EDITOR),
                new UiRoute("GET", "/pages", "", Role.EDITOR),
                new UiRoute("GET", "/pages/page", "path=/home", Role.EDITOR),
                new UiRoute("GET", "/pages/structure", "path=/home", Role.EDITOR),
                new UiRoute("GET", "/pages/frame", "path=/home", Role.EDITOR),
                new UiRoute("GET", "/pages/component/done", "page=/home", Role.EDITOR),
                new UiRoute("GET", "/pages/properties", "path=/home", Role.EDITOR),
                new UiRoute("GET", "/pages/preview", "path=/home", Role.EDITOR),
                new UiRoute("GET", "/pages/component", "", Role.EDITOR),
                new UiRoute("GET", "/asset", "", Role.EDITOR),
                new UiRoute("GET", "/assets", "", Role.EDITOR),
                new UiRoute("GET", "/assets/edit", "", Role.EDITOR),
                new UiRoute("GET", "/assets/pick", "q=x", Role.EDITOR),
                new UiRoute("GET", "/export", "app=subjects&format=json", Role.EDITOR),
                new UiRoute("GET", "/import", "", Role.EDITOR),
                new UiRoute("GET", "/import/status", "", Role.EDITOR),
                new UiRoute("GET", "/users", "", Role.ADMIN),
                new UiRoute("GET", "/audit", "", Role.ADMIN),
                new UiRoute("GET", "/definitions", "", Role.ADMIN),
                new UiRoute("GET", "/webhooks", "", Role.ADMIN),
                new UiRoute("GET", "/trash", "", Role.EDITOR),
                // Posts without their fields: the role check comes first, so an allowed caller gets 400, never a change.
                new UiRoute("POST", "/app/save", "", Role.EDITOR),
                new UiRoute("POST", "/app/action", "", Role.EDITOR),
                new UiRoute("POST", "/pages/component", "", Role.EDITOR),
                new UiRoute("POST", "/pages/component/action", "", Role.EDITOR),
                new UiRoute("POST", "/pages/properties", "", Role.EDITOR),
                new UiRoute("POST", "/pages/publish", "", Role.PUBLISHER),
                new UiRoute("POST", "/assets/upload", "", Role.EDITOR),
                new UiRoute("POST", "/assets/save", "", Role.EDITOR),
                new UiRoute("POST", "/assets/replace", "", Role.EDITOR),
                new UiRoute("POST", "/assets/folder", "", Role.EDITOR),
                new UiRoute("POST", "/assets/move", "", Role.EDITOR),
                new UiRoute("POST", "/assets/delete", "", Role.PUBLISHER),
                new UiRoute("POST", "/import", "", Role.EDITOR),
                new UiRoute("POST", "/trash/restore", "", Role.EDITOR),
                new UiRoute("POST", "/trash/purge", "", Role.PUBLISHER),
                new UiRoute("POST", "/users/create", "", Role.ADMIN),
                new UiRoute("POST", "/users/role", "", Role.ADMIN),
                new UiRoute("POST", "/users/password", "", Role.ADMIN),
                new UiRoute("POST", "/users/enabled", "", Role.ADMIN),
                new UiRoute("POST", "/users/delete", "", Role.ADMIN),
                new UiRoute("POST", "/logout", "", Role.EDITOR),
                new UiRoute("POST", "/login", "", null));
    }

    private static AuthorClient session(Caller caller) throws Exception {
        AuthorClient client = new AuthorClient(host.host().port());
        if (caller.user != null) {
            assertEquals(303, client.login(caller.user, caller.password()).statusCode());
        }
        return client;
    }

    @Test
    void everyAdmincentralRouteAnswersEachCallerAsItsRoleAllows() throws Exception {
        String draft = draft();
        List<UiRoute> routes = uiRoutes(draft);
        int checked = 0;
        for (Caller caller : Caller.values()) {
            AuthorClient client = session(caller);
            for (UiRoute route : routes) {
                boolean logout = route.path().equals("/logout");
                AuthorClient using = logout ? session(caller) : client; // logging out must not end the walk
                HttpResponse<String> response = route.method().equals("GET")
                        ? using.get(route.path() + (route.query().isEmpty() ? "" : "?" + route.query()))
                        : using.postWithToken(route.path(), Map.of());
                String what = caller + " " + route.key() + " → " + response.statusCode();
                expectUi(caller, route, response, what);
                checked++;
            }
        }
        assertEquals(routes.size() * Caller.values().length, checked);
        Set<String> served = new TreeSet<>();
        for (AuthorRoute route : AuthorRoute.values()) {
            served.add(route.method() + " " + route.path());
        }
        assertEquals(served, new TreeSet<>(routes.stream().map(UiRoute::key).toList()), "every admincentral route is walked");
    }

    private static void expectUi(Caller caller, UiRoute route, HttpResponse<String> response, String what) {
        int status = response.statusCode();
        assertTrue(status < 500, what + ": " + response.body());
        // Pages only: CKEditor's script names its own exceptions (CKEditorError).
        boolean script = response.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript");
        assertFalse(!script && response.body().contains("Exception"), what + " shows a stack trace");
        boolean toLogin = status == 303 && response.headers().firstValue("Location").orElse("").contains("/login?next=");
        if (route.least() == null) {
            assertFalse(status == 401 || toLogin, what + ": a public route");
            assertEquals(route.key().equals("POST /login") ? 403 : status, status, what); // the login post needs its form token
        } else if (caller == Caller.ANONYMOUS) {
            assertTrue(route.method().equals("GET") ? toLogin : status == 401, what);
        } else if (!caller.mayActAs(route.least())) {
            assertEquals(403, status, what);
            assertTrue(response.body().contains("id=\"problem\""), what + " explains the refusal on a page");
        } else {
            assertFalse(status == 401 || status == 403 || toLogin, what);
        }
    }

    /** One action of {@code POST /app/action}, on content made for it, with the least role it needs. */
    record ItemAction(String name, boolean published, Role least, Map<String, String> extra) {
    }

    private static final List<ItemAction> ACTIONS = List.of(
            new ItemAction("publish", false, Role.PUBLISHER, Map.of()),
            new ItemAction("publishRecursive", false, Role.PUBLISHER, Map.of()),
            new ItemAction("unpublish", true, Role.PUBLISHER, Map.of()),
            new ItemAction("schedule", false, Role.PUBLISHER, Map.of("what", "publish", "at", "2099-01-01T00:00")),
            new ItemAction("cancelSchedule", false, Role.PUBLISHER, Map.of("job", "no-such-job")),
            new ItemAction("duplicate", false, Role.EDITOR, Map.of()),
            new ItemAction("restore", false, Role.EDITOR, Map.of("version", "1")),
            new ItemAction("move", false, Role.EDITOR, Map.of("folder", "/")),
            new ItemAction("delete", false, Role.EDITOR, Map.of()),
            new ItemAction("move", true, Role.PUBLISHER, Map.of("folder", "/")),
            new ItemAction("delete", true, Role.PUBLISHER, Map.of()));

    @Test
    void everyItemActionOfTheContentAppsNeedsItsRoleAndARefusalChangesNothing() throws Exception {
        int checked = 0;
        for (Caller caller : Caller.values()) {
            AuthorClient client = session(caller);
            for (ItemAction action : ACTIONS) {
                String path = action.published() ? published() : draft();
                Map<String, String> fields = new HashMap<>(action.extra());
                fields.put("app", "subjects");
                fields.put("path", path);
                fields.put("action", action.name());
                if (action.name().equals("move")) {
                    fields.put("name", "moved-" + counter.incrementAndGet());
                }
                String before = snapshot(path);
                HttpResponse<String> response = client.postWithToken("/app/action", fields);
                String what = caller + " " + action.name() + (action.published() ? " (published)" : " (draft)") + " → " + response.statusCode();
                assertTrue(response.statusCode() < 500, what + ": " + response.body());
                if (caller == Caller.ANONYMOUS) {
                    assertEquals(401, response.statusCode(), what);
                    assertEquals(before, snapshot(path), what + " changed the content");
                } else if (!caller.mayActAs(action.least())) {
                    assertEquals(403, response.statusCode(), what);
                    assertTrue(response.body().contains("id=\"problem\""), what);
                    assertEquals(before, snapshot(path), what + " changed the content");
                } else {
                    assertFalse(response.statusCode() == 401 || response.statusCode() == 403, what + ": " + response.body());
                }
                checked++;
            }
        }
        assertEquals(ACTIONS.size() * Caller.values().length, checked);
    }

    // ---- management API -----------------------------------------------------------------------

    /** A documented operation (its OpenAPI key), the request that probes it, and the least role (null: public). */
    record ApiCall(String operation, String method, String path, String body, Role least) {
    }

    private static List<ApiCall> apiCalls(Caller caller) throws Exception {
        String ownToken = caller.user == null ? "00000000-0000-0000-0000-000000000000" : tokenOf(caller.user);
        return List.of(
                new ApiCall("GET /nodes/v1/{workspace}{path}", "GET", "/.rest/nodes/v1/news" + SEED, null, Role.EDITOR),
                new ApiCall("PUT /nodes/v1/{workspace}{path}", "PUT", "/.rest/nodes/v1/news/2017/11", "{}", Role.EDITOR),
                new ApiCall("POST /nodes/v1/{workspace}{path}", "POST", "/.rest/nodes/v1/news" + SEED, "{}", Role.EDITOR),
                new ApiCall("DELETE /nodes/v1/{workspace}{path}", "DELETE", "/.rest/nodes/v1/subjects" + draft(), null, Role.EDITOR),
                new ApiCall("DELETE /nodes/v1/{workspace}{path}", "DELETE", "/.rest/nodes/v1/subjects" + published(), null, Role.PUBLISHER),
                new ApiCall("DELETE /nodes/v1/{workspace}{path}", "DELETE", "/.rest/nodes/v1/news/2017", null, Role.PUBLISHER),
                new ApiCall("POST /commands/v2/publish", "POST", "/.rest/commands/v2/publish", "{}", Role.PUBLISHER),
                new ApiCall("POST /commands/v2/unpublish", "POST", "/.rest/commands/v2/unpublish", "{}", Role.PUBLISHER),
                new ApiCall("POST /commands/v2/{catalog}/{command}", "POST", "/.rest/commands/v2/news/activate", "{}", Role.PUBLISHER),
                new ApiCall("POST /commands/v2/{command}", "POST", "/.rest/commands/v2/deactivate", "{}", Role.PUBLISHER),
                new ApiCall("GET /tokens/v1", "GET", "/.rest/tokens/v1", null, Role.EDITOR),
                new ApiCall("GET /tokens/v1", "GET", "/.rest/tokens/v1?user=*", null, Role.ADMIN),
                new ApiCall("GET /tokens/v1", "GET", "/.rest/tokens/v1?user=" + TARGET, null, Role.ADMIN),
                new ApiCall("POST /tokens/v1", "POST", "/.rest/tokens/v1", "{\"label\":\"own\"}", Role.EDITOR),
                new ApiCall("POST /tokens/v1", "POST", "/.rest/tokens/v1", "{\"label\":\"for another\",\"user\":\"" + TARGET + "\"}", Role.ADMIN),
                new ApiCall("DELETE /tokens/v1/{id}", "DELETE", "/.rest/tokens/v1/" + ownToken, null, Role.EDITOR),
                new ApiCall("DELETE /tokens/v1/{id}", "DELETE", "/.rest/tokens/v1/" + tokenOf(TARGET), null, Role.ADMIN),
                new ApiCall("GET /users/v1", "GET", "/.rest/users/v1", null, Role.ADMIN),
                new ApiCall("PUT /users/v1", "PUT", "/.rest/users/v1", "{}", Role.ADMIN),
                new ApiCall("GET /users/v1/{name}", "GET", "/.rest/users/v1/" + TARGET, null, Role.ADMIN),
                new ApiCall("POST /users/v1/{name}", "POST", "/.rest/users/v1/" + TARGET, "{}", Role.ADMIN),
                new ApiCall("DELETE /users/v1/{name}", "DELETE", "/.rest/users/v1/nobody-" + caller.name().toLowerCase(Locale.ROOT), null, Role.ADMIN),
                new ApiCall("GET /audit/v1", "GET", "/.rest/audit/v1", null, Role.ADMIN),
                new ApiCall("GET /webhooks/v1/deliveries", "GET", "/.rest/webhooks/v1/deliveries", null, Role.ADMIN),
                new ApiCall("GET /webhooks/v1/deliveries/{id}", "GET", "/.rest/webhooks/v1/deliveries/00000000-0000-0000-0000-000000000000",
                        null, Role.ADMIN),
                new ApiCall("GET /openapi.json", "GET", "/.rest/openapi.json", null, null));
    }

    @Test
    void everyManagementOperationAnswersEachCallerAsItsRoleAllows() throws Exception {
        Set<String> walked = new TreeSet<>();
        int checked = 0;
        for (Caller caller : Caller.values()) {
            for (ApiCall call : apiCalls(caller)) {
                String before = call.method().equals("DELETE") && call.path().startsWith("/.rest/nodes") ? nodeSnapshot(call.path()) : null;
                HttpResponse<String> response = api(caller, call);
                String what = caller + " " + call.method() + " " + call.path() + " → " + response.statusCode() + " " + response.body();
                int status = response.statusCode();
                assertTrue(status < 500, what);
                JsonNode body = status == 204 ? null : Json.MAPPER.readTree(response.body());
                if (call.least() == null) {
                    assertEquals(200, status, what);
                } else if (caller == Caller.ANONYMOUS) {
                    assertEquals(401, status, what);
                } else if (!caller.mayActAs(call.least())) {
                    assertEquals(403, status, what);
                    assertEquals("accessDenied", body.path("error").path("code").asText(), what);
                    assertTrue(body.path("error").path("message").asText().contains(call.least().id()), what + ": names the role needed");
                } else {
                    assertFalse(status == 401 || status == 403, what);
                }
                if (before != null && (caller == Caller.ANONYMOUS || !caller.mayActAs(call.least()))) {
                    assertEquals(before, nodeSnapshot(call.path()), what + " changed the content");
                }
                walked.add(call.operation());
                checked++;
            }
        }
        assertEquals(documentedOperations(), walked, "every documented management operation is walked");
        assertEquals(apiCalls(Caller.ANONYMOUS).size() * Caller.values().length, checked);
    }

    private static Set<String> documentedOperations() throws Exception {
        JsonNode paths = Json.MAPPER.readTree(host.get("/.rest/openapi.json").body()).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!"management".equals(entry.getValue().path("x-magnolia-news-feature").asText())) {
                continue;
            }
            for (Iterator<String> methods = entry.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "delete").contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + entry.getKey());
                }
            }
        }
        return operations;
    }

    private static HttpResponse<String> api(Caller caller, ApiCall call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri(call.path())).method(call.method(),
                call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body()));
        if (caller.user != null) {
            request.header("Authorization", RunningHost.basicAuth(caller.user, caller.password()));
        }
        if (call.body() != null) {
            request.header("Content-Type", "application/json");
        }
        return host.send(request.build());
    }

    // ---- content made for the walk ------------------------------------------------------------

    private static String draft() {
        return host.host().context().content().create("subject", Optional.empty(), Optional.empty(),
                Map.of("name", "Roles walk " + counter.incrementAndGet()), "test").path();
    }

    private static String published() {
        String path = draft();
        host.host().context().content().publish("subjects", path, false, "test");
        return path;
    }

    private static String tokenOf(String user) {
        return new ApiTokens(host.host().context().repository()).create(user, "roles walk", "test").info().id();
    }

    /** Whether the item exists on the author side and live, and its name: what a refused action must leave alone. */
    private static String snapshot(String path) {
        List<String> parts = new ArrayList<>();
        for (String workspace : List.of("subjects", "subjects_live")) {
            parts.add(host.host().context().repository().call(workspace, s -> s.nodeExists(path)
                    ? workspace + ":" + s.getNode(path).getProperty("name").getString() : workspace + ":-"));
        }
        return String.join(" ", parts);
    }

    private static String nodeSnapshot(String apiPath) {
        String rest = apiPath.substring("/.rest/nodes/v1/".length());
        String workspace = rest.substring(0, rest.indexOf('/'));
        String path = rest.substring(rest.indexOf('/'));
        return host.host().context().repository().call(workspace, s -> s.nodeExists(path) + "")
                + host.host().context().repository().call(workspace + "_live", s -> s.nodeExists(path) + "");
    }
}
