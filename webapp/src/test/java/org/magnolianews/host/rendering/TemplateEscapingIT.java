package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.testing.RunningHost;

/**
 * The host escapes as Magnolia does, and the module's templates print text exactly once-escaped under it:
 * a script's {@code content} arrives HTML-escaped, everything else (an item from cmsfn.contentById, a model's nodes)
 * raw and escaped by the template. Text with markup characters must read back as the editor typed it, never as
 * markup (escaped too little) and never with visible entities (escaped twice).
 */
class TemplateEscapingIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    static final String TITLE = "Tom & Jerry <b>meet</b> \"the press\"";
    static final String LEAD = "Why a < b & c > d, said O'Brien";
    static final String SUBJECT = "R&D <Labs>";
    static final String SECTION = "News & <i>Views</i>";
    private static String articleUrl;

    @BeforeAll
    static void createContent() throws Exception {
        ContentService content = host.host().context().content();
        ContentService.Created subject = content.create("subject", Optional.empty(), Optional.of("r-and-d"),
                Map.of("name", SUBJECT), "test");
        content.publish("subjects", subject.path(), false, "test");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", TITLE);
        values.put("lead", LEAD);
        values.put("author", "O'Brien & Co");
        values.put("body", "<p>Body with <strong>markup</strong> &amp; an entity</p>");
        values.put("date", "2026-11-30T10:30:00+03:00");
        values.put("subjects", List.of(subject.identifier()));
        ContentService.Created article = content.create("news", Optional.empty(), Optional.of("escaping"), values, "test");
        String month = article.path().substring(0, article.path().lastIndexOf('/'));
        for (String folder : List.of(month.substring(0, month.lastIndexOf('/')), month, article.path())) {
            content.publish("news", folder, false, "test");
        }
        articleUrl = "/news" + article.path() + ".html";
        content.updatePageNode("/home/news", Map.of("title", SECTION, "navigationTitle", SECTION), Optional.empty(), "test");
        content.publish("website", "/home/news", false, "test");
    }

    @Test
    void theItemsTextReadsAsTypedOnItsPage() throws Exception {
        HttpResponse<String> response = host.get(articleUrl);
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(TITLE, page.selectFirst(".article-title").text());
        assertNull(page.selectFirst(".article-title b"), "the title's markup stays text");
        assertEquals(LEAD, page.selectFirst(".lead").text());
        assertEquals("O'Brien & Co", page.selectFirst(".article-author").text());
        assertEquals(SUBJECT, page.selectFirst(".kicker a").text(), "a subject from cmsfn.contentById");
        assertEquals("Body with markup & an entity", page.selectFirst(".article-body").text(), "rich text is markup");
        assertEquals("markup", page.selectFirst(".article-body strong").text());
        assertEquals(TITLE + " — Foundation News", page.title());
        assertEquals(LEAD, page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(TITLE, page.selectFirst("meta[property=og:title]").attr("content"));
        assertEquals(TITLE, page.selectFirst(".breadcrumb li[aria-current=page]").text());
        assertEquals("30 November 2026, 10:30", page.selectFirst(".article-date").text(), "the site's time zone, not the JVM's");
        assertNoDoubleEscaping(response.body());
    }

    @Test
    void aPagesOwnContentIsEscapedOnceByTheHost() throws Exception {
        HttpResponse<String> response = host.get("/news.html");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(SECTION, page.selectFirst("h1.section-title").text(), "the page's content, escaped by the host");
        assertNull(page.selectFirst("h1.section-title i"));
        assertTrue(page.select(".masthead .sections a").eachText().contains(SECTION), "the sections from cmsfn.children");
        assertTrue(page.select(".latest-news .news-title a").eachText().contains(TITLE), "a model's node");
        assertNoDoubleEscaping(response.body());
        Document article = Jsoup.parse(host.get(articleUrl).body());
        assertTrue(article.select(".breadcrumb a").eachText().contains(SECTION), "an ancestor page, reached from content");
    }

    private static void assertNoDoubleEscaping(String html) {
        for (String twice : List.of("&amp;amp;", "&amp;lt;", "&amp;gt;", "&amp;quot;", "&amp;#39;")) {
            assertFalse(html.contains(twice), "escaped twice: " + twice);
        }
    }
}
