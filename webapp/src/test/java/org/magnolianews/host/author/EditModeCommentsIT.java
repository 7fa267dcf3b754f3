package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * The {@code cms} directives' edit-mode markup (issue 9 item 3): in the pages app's edit frame on the author side a
 * FreeMarker page carries Magnolia's page editor comments ({@code <!-- cms:page … -->}, {@code <!-- cms:area … -->…
 * <!-- /cms:area -->}, {@code <!-- cms:component … -->…<!-- /cms:component -->}), the same strings the template
 * annotations endpoint answers; the public site and the preview never carry them.
 */
class EditModeCommentsIT {

    private static final Pattern COMMENT = Pattern.compile("<!-- (/?cms:[a-z]+)([^>]*?) -->");

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    private static List<String> comments(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = COMMENT.matcher(html);
        while (m.find()) {
            found.add(m.group(1) + m.group(2));
        }
        return found;
    }

    @Test
    void theEditFrameCarriesTheCommentsTheAnnotationsEndpointAnswers() throws Exception {
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        HttpResponse<String> frame = editor.get("/pages/frame?path=/home");
        assertEquals(200, frame.statusCode(), frame.body());
        assertTrue(frame.body().contains("<main id=\"main\""), "the site's own page template renders it");
        List<String> comments = comments(frame.body());

        JsonNode annotations = new ObjectMapper().readTree(host.send(HttpRequest.newBuilder(host.uri("/.rest/template-annotations/v1/home"))
                .header("Authorization", RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD)).build()).body());
        List<String> opening = comments.stream().filter(c -> !c.startsWith("/")).toList();
        List<String> expected = new ArrayList<>();
        annotations.elements().forEachRemaining(value -> expected.add(value.asText()));
        assertEquals(expected.size(), opening.size(), "one comment per annotated node: " + opening);
        assertTrue(opening.containsAll(expected), "the same strings as the endpoint: " + opening + " vs " + expected);
        assertEquals("cms:page content=\"website:/home\" dialog=\"news-module:pages/page\" preview=\"false\"", opening.get(0));

        assertEquals(comments.stream().filter(c -> c.startsWith("cms:area")).count(), comments.stream().filter("/cms:area"::equals).count());
        assertEquals(comments.stream().filter(c -> c.startsWith("cms:component")).count(),
                comments.stream().filter("/cms:component"::equals).count());
        assertTrue(comments.contains("/cms:page"));
        int main = comments.indexOf(annotations.path("/home/main").asText());
        assertTrue(comments.get(main + 1).startsWith("cms:component content=\"website:/home/main/"), "the area's component inside it");
        assertEquals("/cms:component", comments.get(main + 2));
        assertEquals("/cms:area", comments.get(main + 3));
        assertTrue(frame.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"),
                "the pages app may frame it");
        assertEquals("no-store", frame.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void theEditorShowsThePageInTheLanguageAskedFor() throws Exception {
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        HttpResponse<String> page = editor.get("/pages/page?path=/home&in=ru");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("src=\"/.magnolia/admincentral/pages/frame?path=%2Fhome&amp;in=ru\""), "the frame in Russian");
        HttpResponse<String> frame = editor.get("/pages/frame?path=/home&in=ru");
        assertTrue(frame.body().contains("Последние новости"), "the Russian heading of the latest news");
        assertTrue(frame.body().contains("<!-- cms:area content=\"website:/home/main\""), "edit mode in every language");

        String component = host.host().context().repository().call("website", s -> s.getNode("/home/header").getNodes().nextNode().getPath());
        HttpResponse<String> moved = editor.postWithToken("/pages/component/action", java.util.Map.of("path", component, "action", "down", "in", "ru"));
        assertEquals(303, moved.statusCode(), moved.body());
        assertTrue(moved.headers().firstValue("Location").orElse("").endsWith("&done=saved&in=ru"), "back to the Russian page");
        assertTrue(editor.get("/pages/component/done?page=/home&in=ru").body().contains("done=saved&amp;in=ru"), "after a dialog too");
    }

    @Test
    void thePublicSiteAndThePreviewCarryNoEditorComments() throws Exception {
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        HttpResponse<String> preview = editor.get("/pages/preview?path=/home&in=en");
        assertEquals(200, preview.statusCode());
        assertEquals(List.of(), comments(preview.body()), "preview shows the page as visitors will see it");
        for (String page : List.of("/", "/ru/", "/news.html")) {
            HttpResponse<String> site = host.get(page);
            assertEquals(200, site.statusCode(), page);
            assertEquals(List.of(), comments(site.body()), page);
            assertFalse(site.body().contains("cms:"), page);
        }
    }

    @Test
    void theEditFrameIsOnlyForSignedInAuthors() throws Exception {
        HttpResponse<String> anonymous = new AuthorClient(host.host().port()).get("/pages/frame?path=/home");
        assertEquals(303, anonymous.statusCode(), "sent to the login form");
        assertFalse(anonymous.body().contains("cms:"));
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        assertEquals(404, editor.get("/pages/frame?path=/home/no-such-page").statusCode());
    }
}
