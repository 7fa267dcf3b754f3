package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.testing.RunningHost;

/** The preview of a draft is the site's own page for it, for logged-in authors only, and leaks nowhere. */
class PreviewIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static ContentService.Created draft;

    @BeforeAll
    static void start() throws Exception {
        host.host().context().users().create("ed", "editor-password", Role.EDITOR, "test");
        draft = host.host().context().content().create("news", Optional.of("/2017/11"), Optional.of("draft-preview"),
                Map.of("title", "Draft headline seen only in preview", "title_ru", "Черновик виден только в предпросмотре",
                        "date", "2017-11-20T10:00:00+03:00", "lead", "A lead written today."), "ed");
    }

    @Test
    void anEditorSeesTheDraftOnTheSitesArticlePageInEitherLanguage() throws Exception {
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("ed", "editor-password").statusCode());
        HttpResponse<String> english = editor.get("/app/preview?app=news&path=" + draft.path() + "&in=en");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("<article class=\"article\""), "the site's article component renders it");
        assertTrue(english.body().contains("Draft headline seen only in preview"));
        assertTrue(english.body().contains("A lead written today."));
        assertEquals("no-store", english.headers().firstValue("Cache-Control").orElse(""));
        // Issue 12: it is the site's page, so it runs under the site's policy, and the admincentral may frame it.
        assertEquals("default-src 'self'; img-src 'self' http: https:; frame-src https://www.youtube.com https://player.vimeo.com; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'self'", english.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("SAMEORIGIN", english.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", english.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> russian = editor.get("/app/preview?app=news&path=" + draft.path() + "&in=ru");
        assertTrue(russian.body().contains("Черновик виден только в предпросмотре"));
        assertTrue(russian.body().contains("lang=\"ru\""), "the page is the Russian site page");
    }

    @Test
    void theDraftStaysOffThePublicSiteAndOutOfItsCacheAndPreviewNeedsALogin() throws Exception {
        AuthorClient editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("ed", "editor-password").statusCode());
        assertEquals(200, editor.get("/app/preview?app=news&path=" + draft.path()).statusCode());
        assertEquals(404, host.get("/news" + draft.path() + ".html").statusCode());
        assertFalse(host.get("/").body().contains("Draft headline seen only in preview"), "the home page lists published news only");
        HttpResponse<String> anonymous = new AuthorClient(host.host().port()).get("/app/preview?app=news&path=" + draft.path());
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").startsWith(AuthorClient.BASE + "/login?next="), "sent to the login");
    }
}
