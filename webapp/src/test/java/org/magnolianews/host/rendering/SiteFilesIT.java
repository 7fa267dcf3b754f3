package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * What a site is asked for at its root and what a Russian page links (issue 10): robots.txt naming the
 * sitemap, a favicon, the feeds in the page's language and a translated footer.
 */
class SiteFilesIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void robotsTxtNamesTheSitemapAndKeepsCrawlersOutOfTheAdminAndTheApi() throws Exception {
        HttpResponse<String> robots = host.get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(robots.body().contains("Sitemap: " + host.uri("/sitemap.xml")), robots.body());
        assertTrue(robots.body().contains("Disallow: /.magnolia/") && robots.body().contains("Disallow: /.rest/"), robots.body());
    }

    @Test
    void theFaviconIsTheModulesIcon() throws Exception {
        HttpResponse<String> ico = host.get("/favicon.ico");
        assertEquals(301, ico.statusCode());
        String icon = ico.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> svg = host.get(icon);
        assertEquals(200, svg.statusCode());
        assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
        assertTrue(host.get("/").body().contains("rel=\"icon\" type=\"image/svg+xml\" href=\"" + icon + "\""), "pages link it");
    }

    @Test
    void everyPageHasOneHeadingAndTheFooterSaysThisYear() throws Exception {
        String year = String.valueOf(java.time.LocalDate.now(org.magnolianews.news.rendering.SiteClock.SITE_ZONE).getYear());
        for (String page : java.util.List.of("/", "/ru/", "/news.html", "/subjects.html", "/publications.html",
                "/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html",
                "/subjects/korean-peninsula.html", "/publications/russian-to-the-bone.html")) {
            HttpResponse<String> response = host.get(page);
            assertEquals(200, response.statusCode(), page);
            int headings = response.body().split("<h1[ >]", -1).length - 1;
            assertEquals(1, headings, page + " has one h1");
            assertTrue(response.body().contains("<p class=\"copyright\">© " + year + " "), page + ": this year in the footer");
            assertEquals(1, response.body().split("©", -1).length - 1, page + ": one copyright line, no year typed into content");
        }
    }

    @Test
    void aPageNumberThatIsNoPageIsA404NotAnEmptyPage() throws Exception {
        int last = 1;
        while (host.get("/news.html" + (last == 1 ? "" : "?page=" + last)).body().contains("rel=\"next\"")) {
            last++;
        }
        assertTrue(last >= 2, "the README's /news.html?page=2 is a real second page");
        assertEquals(200, host.get("/news.html?page=2").statusCode());
        assertEquals(200, host.get("/news.html?page=" + last).statusCode(), "the last page");
        for (String page : java.util.List.of(String.valueOf(last + 1), "999", "abc", "0", "-1", "2x", "99999", "")) {
            HttpResponse<String> response = host.get("/news.html?page=" + page);
            int expected = page.isEmpty() ? 200 : 404;
            assertEquals(expected, response.statusCode(), "page=" + page);
            if (expected == 404) {
                assertFalse(response.body().contains("rel=\"canonical\""), "the site's 404 page, no self canonical: page=" + page);
            }
        }
        assertEquals(404, host.get("/ru/news.html?page=999").statusCode(), "in Russian too");
    }

    @Test
    void aRussianPageLinksTheRussianFeedsAndSaysSitemapInRussian() throws Exception {
        String russian = host.get("/ru/").body();
        assertTrue(russian.contains("href=\"/feeds/news.xml?lang=ru\""), "the feed of the page's language");
        assertFalse(russian.contains("href=\"/feeds/news.xml\""), "no English feed on a Russian page");
        assertTrue(russian.contains(">Карта сайта<"));
        assertEquals(200, host.get("/feeds/news.xml?lang=ru").statusCode());
        String english = host.get("/").body();
        assertTrue(english.contains("href=\"/feeds/news.xml\"") && english.contains(">Sitemap<"));
    }
}
