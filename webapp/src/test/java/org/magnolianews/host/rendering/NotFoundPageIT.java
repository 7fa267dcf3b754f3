package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/** The 404 page keeps the site's masthead and navigation, in the reader's language, and stays a 404 (issue 10). */
class NotFoundPageIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void aMissingPageIsA404WithTheMastheadAndTheSections() throws Exception {
        for (String missing : List.of("/no-such-page.html", "/news/2017/11/no-such-story.html", "/news.html?page=999",
                "/not-found.html", "/.no-such-thing")) {
            HttpResponse<String> response = host.get(missing);
            assertEquals(404, response.statusCode(), missing);
            String html = response.body();
            assertTrue(html.contains("<html lang=\"en\">"), missing);
            assertTrue(html.contains("<header class=\"masthead\">"), missing + ": the masthead");
            assertTrue(html.contains("href=\"/news.html\"") && html.contains("href=\"/publications.html\""), missing + ": the sections");
            assertTrue(html.contains("class=\"masthead-search\""), missing + ": the search box");
            assertTrue(html.contains("<h1 class=\"section-title\">Page not found</h1>"), missing);
            assertEquals(1, html.split("<h1[ >]", -1).length - 1, "one h1");
            assertTrue(html.contains("<meta name=\"robots\" content=\"noindex"), missing);
            assertFalse(html.contains("rel=\"canonical\""), missing + ": no canonical on a 404");
            assertFalse(html.contains("hreflang="), missing);
        }
    }

    @Test
    void inRussianUnderRu() throws Exception {
        HttpResponse<String> response = host.get("/ru/no-such-page.html");
        assertEquals(404, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<html lang=\"ru\">"));
        assertTrue(html.contains("<h1 class=\"section-title\">Страница не найдена</h1>"), html);
        assertTrue(html.contains("href=\"/ru/news.html\""), "Russian sections");
        assertTrue(html.contains("action=\"/ru/search.html\""), "Russian search");
        assertEquals(404, host.get("/ru/news.html?page=999").statusCode());
    }

    @Test
    void theSitemapDoesNotListThe404Page() throws Exception {
        String sitemap = host.get("/sitemaps/site.xml").body();
        assertTrue(sitemap.contains(host.uri("/publications.html").toString()), sitemap);
        assertFalse(sitemap.contains("not-found"), sitemap);
    }

    /** Issue 10: what the site asks search engines not to index (the search page, the 404 page) is not in the sitemap. */
    @Test
    void noPageTheSitemapListsIsNoindex() throws Exception {
        List<String> locs = org.jsoup.Jsoup.parse(host.get("/sitemaps/site.xml").body(), "", org.jsoup.parser.Parser.xmlParser())
                .select("url > loc").eachText();
        assertFalse(locs.contains(host.uri("/search.html").toString()), locs.toString());
        assertFalse(locs.contains(host.uri("/ru/search.html").toString()), locs.toString());
        assertTrue(locs.size() > 5, locs.toString());
        for (String loc : locs) {
            HttpResponse<String> page = host.get(java.net.URI.create(loc).getPath());
            assertEquals(200, page.statusCode(), loc);
            assertFalse(page.body().contains("name=\"robots\" content=\"noindex"), loc + " is listed but noindex");
        }
    }
}
