package org.magnolianews.host.templating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.PageContent;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.testing.RunningHost;

/**
 * Magnolia's SPA templating endpoints on the author side (issue 9 item 3): {@code /.rest/template-annotations/v1/<page>}
 * answers a map of node path to the page editor's comment for the page, its areas and their components (what
 * {@code @magnolia/react-editor}'s EditablePage/EditableArea/EditableComponent print as HTML comments), and
 * {@code /.rest/template-definitions/v1/<id>} a template definition keyed by its id. Both need an authenticated caller.
 */
class TemplateEndpointsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD);

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return host.send(request.build());
    }

    private static List<String> components(String areaPath) {
        return host.host().context().repository().call(WorkspaceLayout.WEBSITE, session -> {
            List<String> paths = new ArrayList<>();
            for (NodeIterator it = session.getNode(areaPath).getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (node.isNodeType("mgnl:component")) {
                    paths.add(node.getPath());
                }
            }
            return paths;
        });
    }

    @Test
    void theAnnotationsOfAPageAreItsPageAreasAndComponentsCommentsByPath() throws Exception {
        HttpResponse<String> response = get("/.rest/template-annotations/v1/home", AUTH);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode annotations = JSON.readTree(response.body());

        assertEquals("cms:page content=\"website:/home\" dialog=\"news-module:pages/page\" preview=\"false\"",
                annotations.path("/home").asText());
        assertEquals("cms:area content=\"website:/home/main\" name=\"main\" availableComponents=\"news-module:components/latest-news,"
                        + "news-module:components/text\" type=\"list\" label=\"Main\" inherit=\"false\" optional=\"false\" showAddButton=\"true\" "
                        + "showNewComponentArea=\"true\" activationStatus=\"2\"",
                annotations.path("/home/main").asText(), "published with its page");
        for (String area : List.of("header", "main", "aside", "footer")) {
            assertTrue(annotations.path("/home/" + area).asText().startsWith("cms:area content=\"website:/home/" + area + "\" name=\"" + area + "\""),
                    area + ": " + annotations.path("/home/" + area));
        }
        String latestNews = components("/home/main").get(0);
        assertEquals("cms:component content=\"website:" + latestNews + "\" dialog=\"news-module:components/latest-news\" label=\"Latest news\" "
                + "activationStatus=\"2\"", annotations.path(latestNews).asText(), "published with the sample content");
        int expected = 1 + 4;
        for (String area : List.of("header", "main", "aside", "footer")) {
            expected += components("/home/" + area).size();
        }
        assertEquals(expected, annotations.size(), "the page, its four areas and every component, nothing else: " + annotations);
        assertFalse(annotations.has("/home/news"), "a child page is not part of the page");
    }

    @Test
    void aNewComponentIsNotPublishedAndAChangedOneIsModified() throws Exception {
        PageContent pages = new PageContent(host.host().context().repository(), host.host().context().events());
        String changed = components("/home/subjects/footer").get(0);
        pages.updateComponent(changed, Map.of("text", "<p>Changed after publication</p>"), "test");
        String added = pages.addComponent("/home/subjects", "main", "news-module:components/text", Map.of("text", "<p>Draft</p>"), "test");
        JsonNode annotations = JSON.readTree(get("/.rest/template-annotations/v1/home/subjects", AUTH).body());
        assertEquals("cms:component content=\"website:" + added + "\" dialog=\"news-module:components/text\" label=\"Text\" activationStatus=\"0\"",
                annotations.path(added).asText());
        assertEquals("cms:component content=\"website:" + changed + "\" dialog=\"news-module:components/text\" label=\"Text\" activationStatus=\"1\"",
                annotations.path(changed).asText());
        assertTrue(annotations.path("/home/subjects").asText().startsWith("cms:page content=\"website:/home/subjects\""));
    }

    @Test
    void theAnnotationsNeedAnAuthenticatedCaller() throws Exception {
        for (String path : List.of("/.rest/template-annotations/v1/home", "/.rest/template-definitions/v1/news-module:pages/home")) {
            HttpResponse<String> anonymous = get(path, null);
            assertEquals(401, anonymous.statusCode(), path);
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
            assertEquals("notAuthorized", JSON.readTree(anonymous.body()).path("error").path("code").asText(), anonymous.body());
            assertEquals(401, get(path, RunningHost.basicAuth("superuser", "wrong")).statusCode(), path);
        }
    }

    @Test
    void anUnknownPageOrSomethingThatIsNoPageIs404() throws Exception {
        for (String path : List.of("/.rest/template-annotations/v1/home/no-such-page", "/.rest/template-annotations/v1/home/main",
                "/.rest/template-annotations/v1/", "/.rest/template-annotations/v1")) {
            HttpResponse<String> missing = get(path, AUTH);
            assertEquals(404, missing.statusCode(), path + ": " + missing.body());
            assertFalse(JSON.readTree(missing.body()).path("error").path("message").asText().isEmpty(), missing.body());
        }
        assertEquals(400, get("/.rest/template-annotations/v1/home/%2e%2e/x", AUTH).statusCode());
    }

    @Test
    void aTemplateDefinitionIsAnsweredKeyedByItsIdWithItsAreas() throws Exception {
        HttpResponse<String> response = get("/.rest/template-definitions/v1/news-module:pages/home", AUTH);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(1, body.size());
        JsonNode home = body.path("news-module:pages/home");
        assertEquals("news-module:pages/home", home.path("id").asText());
        assertEquals("home", home.path("name").asText());
        assertEquals("news-module:pages/page", home.path("dialog").asText());
        assertEquals("freemarker", home.path("renderType").asText());
        assertEquals("/news-module/templates/pages/home.ftl", home.path("templateScript").asText());
        JsonNode main = home.path("areas").path("main");
        assertEquals("main", main.path("name").asText());
        assertEquals("list", main.path("type").asText());
        assertEquals("news-module:components/latest-news", main.path("availableComponents").path("latestNews").path("id").asText());
        assertEquals("news-module:components/text", main.path("availableComponents").path("text").path("id").asText());

        JsonNode text = JSON.readTree(get("/.rest/template-definitions/v1/news-module:components/text", AUTH).body())
                .path("news-module:components/text");
        assertEquals("Text", text.path("title").asText());
        assertEquals("news-module:components/text", text.path("dialog").asText());
    }

    @Test
    void anUnknownTemplateIs404AndADialogIsNoTemplate() throws Exception {
        for (String id : List.of("news-module:pages/none", "nobody:pages/home", "news-module:pages/page", "")) {
            HttpResponse<String> missing = get("/.rest/template-definitions/v1/" + id, AUTH);
            assertEquals(404, missing.statusCode(), id + ": " + missing.body());
            assertEquals("application/json;charset=utf-8", missing.headers().firstValue("Content-Type").orElse(""));
        }
    }
}
