package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.PageContent;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.testing.RunningHost;

/** The pages app moves a component into another area of its page only where that area accepts it. */
class PagesAppIT {

    private static final String HOME = "/home";
    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void aComponentMovesToAnotherAreaThatAcceptsItAndNowhereElse() throws Exception {
        String text = new PageContent(host.host().context().repository(), host.host().context().events())
                .addComponent(HOME, "main", "news-module:components/text", Map.of("text", "<p>Moving text</p>"), "test");
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        String page = editor.get("/pages/structure?path=" + HOME).body();
        assertTrue(page.contains("class=\"inline move-to-area\""), "the component bar of the structure view offers a move");

        HttpResponse<String> refused = editor.postWithToken("/pages/component/action", Map.of("path", text, "action", "moveTo", "area", "aside"));
        assertEquals(400, refused.statusCode(), "the aside area does not take text components");
        assertTrue(exists(text), "refused: the component stayed where it was");

        HttpResponse<String> moved = editor.postWithToken("/pages/component/action", Map.of("path", text, "action", "moveTo", "area", "footer"));
        assertEquals(303, moved.statusCode(), moved.body());
        assertFalse(exists(text));
        String inFooter = host.host().context().repository().call(WorkspaceLayout.WEBSITE, session -> {
            for (javax.jcr.NodeIterator it = session.getNode(HOME + "/footer").getNodes(); it.hasNext(); ) {
                javax.jcr.Node component = it.nextNode();
                if (component.hasProperty("text") && component.getProperty("text").getString().contains("Moving text")) {
                    return component.getPath();
                }
            }
            return null;
        });
        assertTrue(inFooter != null && inFooter.startsWith(HOME + "/footer/"), "now at the end of the footer: " + inFooter);
    }

    @Test
    void aComponentMovedToAnotherAreaMovesOnTheLiveSideWhenThePageIsPublished() throws Exception {
        PageContent pages = new PageContent(host.host().context().repository(), host.host().context().events());
        String text = pages.addComponent(HOME, "main", "news-module:components/text", Map.of("text", "<p>Published, then moved</p>"), "test");
        host.host().context().content().publish(WorkspaceLayout.WEBSITE, HOME, false, "test");
        String id = host.host().context().repository().call(WorkspaceLayout.WEBSITE, s -> s.getNode(text).getIdentifier());
        String moved = pages.moveComponentToArea(text, "footer", "test");
        host.host().context().content().publish(WorkspaceLayout.WEBSITE, HOME, false, "test");
        String livePath = host.host().context().repository().call(WorkspaceLayout.live(WorkspaceLayout.WEBSITE),
                s -> s.getNodeByIdentifier(id).getPath());
        assertEquals(moved, livePath, "the live component moved with its identifier");
        boolean stillInMain = host.host().context().repository().call(WorkspaceLayout.live(WorkspaceLayout.WEBSITE), s -> s.nodeExists(text));
        assertFalse(stillInMain, "and is no longer in main");
    }

    @Test
    void thePagePreviewShowsTheDraftOnTheSiteTemplateBeforeItIsPublished() throws Exception {
        new PageContent(host.host().context().repository(), host.host().context().events())
                .addComponent(HOME, "main", "news-module:components/text", Map.of("text", "<p>Draft paragraph for the home page</p>"), "test");
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        assertTrue(editor.get("/pages/page?path=" + HOME).body().contains("id=\"page-preview\""), "the page view links its preview");
        HttpResponse<String> preview = editor.get("/pages/preview?path=" + HOME + "&in=en");
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Draft paragraph for the home page"));
        assertTrue(preview.body().contains("<main id=\"main\""), "rendered by the site's page template");
        assertFalse(host.get("/").body().contains("Draft paragraph for the home page"), "not on the public site before publishing");
        assertEquals(404, editor.get("/pages/preview?path=/no-such-page").statusCode());
    }

    @Test
    void thePageBarsDialogChangesThePagePropertiesThroughTheContentService() throws Exception {
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        HttpResponse<String> dialog = editor.get("/pages/properties?path=/home/subjects&overlay=1");
        assertEquals(200, dialog.statusCode(), dialog.body());
        assertTrue(dialog.body().contains("id=\"f-title\""), "the page dialog's title field");
        assertTrue(dialog.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"), "shown over the editor");

        HttpResponse<String> refused = editor.postWithToken("/pages/properties", Map.of("path", "/home/subjects", "overlay", "1", "title", ""));
        assertEquals(400, refused.statusCode(), "the title is required");
        assertTrue(refused.body().contains("id=\"form-errors\""), refused.body());

        HttpResponse<String> saved = editor.postWithToken("/pages/properties", Map.of("path", "/home/subjects", "overlay", "1",
                "title", "Subjects, renamed", "title_ru", "Темы"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("/pages/component/done?page=%2Fhome%2Fsubjects"));
        String title = host.host().context().repository().call(WorkspaceLayout.WEBSITE, s -> s.getNode("/home/subjects").getProperty("title").getString());
        assertEquals("Subjects, renamed", title);
        assertEquals(404, editor.get("/pages/properties?path=/home/nope").statusCode());
    }

    private static boolean exists(String path) {
        return host.host().context().repository().call(WorkspaceLayout.WEBSITE, session -> session.nodeExists(path));
    }
}
