package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.content.ValidationException;
import org.magnolianews.host.testing.RunningHost;

/** The public site over real HTTP from a host started with the sample content. */
class SiteRenderingIT {

    static final String SEED = "/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html";
    static final String SEED_TITLE = "Putin and Abe discuss North Korean crisis and peace treaty signature";
    static final String SEED_TITLE_RU = "Путин и Абэ обсудили кризис вокруг КНДР и подписание мирного договора";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void seedArticleShowsTitlePhotoCreditAttributionCorrectionsAndSubjects() throws Exception {
        Document page = page(SEED);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(SEED_TITLE, text(page, "main h1.article-title"));
        assertEquals("10 November 2017, 14:05", text(page, ".article-meta time"));
        assertTrue(text(page, ".article-photo .credit").contains("Russian Presidential Administration"));
        assertTrue(text(page, ".article-photo .caption").startsWith("Vladimir Putin and Shinzo Abe"));
        assertEquals(200, host.get(page.selectFirst(".article-photo img").attr("src")).statusCode());
        assertEquals("as per TASS", text(page, ".source-attribution"));
        assertEquals("https://tass.com/politics/974722", page.selectFirst(".source-attribution a").attr("href"));
        assertTrue(text(page, ".corrections li").contains("wrong year"));
        assertEquals(List.of("Politics", "Russia–Japan relations", "Korean Peninsula", "Asia-Pacific"),
                page.select(".article-subjects a").eachText());
        assertEquals(5, page.select(".article-body li").size(), "the five pilot projects survive the sanitizer");
        assertEquals(List.of("Home", "News", SEED_TITLE), page.select(".breadcrumb li").eachText());
    }

    @Test
    void relatedNewsListsOtherPublishedItemsSharingASubject() throws Exception {
        Document seed = page(SEED);
        Set<String> seedSubjects = new HashSet<>(seed.select(".article-subjects a").eachAttr("href"));
        List<String> related = seed.select(".related-news li a").eachAttr("href");
        assertEquals("News by subject", text(seed, ".related-news .box-title"));
        assertEquals(5, related.size(), "the component's count is 5 and enough items share subjects");
        assertEquals(related.size(), new HashSet<>(related).size(), "no duplicates");
        assertFalse(related.contains(SEED), "not the article itself");
        // The editor's pins (sample items 1, 2, 6) come first, in the editor's order.
        assertEquals(List.of("/news/2016/12/russia-and-japan-agree-to-start-talks-on-joint-economic-activity-on-southern.html",
                "/news/2018/09/putin-proposes-signing-russia-japan-peace-treaty-without-preconditions.html",
                "/news/2019/06/putin-and-abe-agree-on-pilot-tourist-trips-to-southern-kurils-at-g20-in-osaka.html"),
                related.subList(0, 3));
        for (String link : related) {
            Document item = page(link);
            Set<String> shared = new HashSet<>(item.select(".article-subjects a").eachAttr("href"));
            shared.retainAll(seedSubjects);
            assertFalse(shared.isEmpty(), link + " shares a subject with the seed article");
        }
    }

    @Test
    void bookPromoShowsRussianToTheBoneWithReleaseStatus() throws Exception {
        Document page = page(SEED);
        Element promo = page.selectFirst(".book-promo");
        assertNotNull(promo);
        assertEquals("Russian to the Bone", text(promo, ".book-title"));
        assertEquals("Marco Maggi", text(promo, ".book-author"));
        assertEquals("available in Italy · coming to Russia", text(promo, ".release-status"));
        assertEquals(200, host.get(promo.selectFirst(".book-cover img").attr("src")).statusCode());
        Document book = page(promo.selectFirst(".book-title a").attr("href"));
        assertEquals("Russian to the Bone", text(book, "main h1.book-title"));
        JsonNode ld = jsonLd(book);
        assertEquals("Book", ld.path("@type").asText());
        assertEquals("9788876914126", ld.path("isbn").asText(), "stored without hyphens since issue 10");
        assertEquals("Marco Maggi", ld.path("author").path(0).path("name").asText());
    }

    @Test
    void languageSwitchLeadsToTheRussianVersionAndBack() throws Exception {
        Document english = page(SEED);
        Element toRussian = english.selectFirst(".language-selector a[hreflang=ru]");
        assertNotNull(toRussian);
        Document russian = page(toRussian.attr("href"));
        assertEquals("ru", russian.selectFirst("html").attr("lang"));
        assertEquals(SEED_TITLE_RU, text(russian, "main h1.article-title"));
        assertEquals("10 ноября 2017, 14:05", text(russian, ".article-meta time"));
        assertEquals("по данным ТАСС", text(russian, ".source-attribution"));
        assertEquals("Новости по теме", text(russian, ".related-news .box-title"));
        assertEquals("Русский до мозга костей", text(russian, ".book-promo .book-title"));
        assertEquals(List.of("Главная", "Новости", SEED_TITLE_RU), russian.select(".breadcrumb li").eachText());
        assertEquals(SEED, russian.selectFirst(".language-selector a[hreflang=en]").attr("href"));
    }

    @Test
    void anItemInOneLanguageOffersNoSwitchAndRedirectsFromTheOther() throws Exception {
        Document russianOnly = page("/ru/news/2019/04/putin-i-kim-chen-yn-proveli-pervye-peregovory-vo-vladivostoke.html");
        assertTrue(russianOnly.select(".language-selector a").isEmpty(), "no link to a missing English version");
        assertEquals(1, russianOnly.select("link[rel=alternate][hreflang]").size());
        HttpResponse<String> english = host.get("/news/2019/04/putin-i-kim-chen-yn-proveli-pervye-peregovory-vo-vladivostoke.html");
        assertEquals(302, english.statusCode());
        assertTrue(english.headers().firstValue("Location").orElse("").endsWith(
                "/ru/news/2019/04/putin-i-kim-chen-yn-proveli-pervye-peregovory-vo-vladivostoke.html"));
    }

    @Test
    void headCarriesTitleDescriptionCanonicalAlternatesOpenGraphAndNewsArticleJsonLd() throws Exception {
        Document page = page(SEED);
        String canonical = host.uri(SEED).toString();
        assertEquals(SEED_TITLE + " — Foundation News", page.title());
        assertTrue(page.selectFirst("meta[name=description]").attr("content").startsWith("Russian President Vladimir Putin"));
        assertEquals(canonical, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(canonical, page.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        assertEquals(host.uri("/ru" + SEED).toString(), page.selectFirst("link[rel=alternate][hreflang=ru]").attr("href"));
        assertEquals(canonical, page.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(SEED_TITLE, page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:image]").attr("content").contains("/dam/jcr:"));

        JsonNode ld = jsonLd(page);
        assertEquals("https://schema.org", ld.path("@context").asText());
        assertEquals("NewsArticle", ld.path("@type").asText());
        assertEquals(SEED_TITLE, ld.path("headline").asText());
        assertEquals(OffsetDateTime.parse("2017-11-10T14:05:00+03:00").toInstant(),
                OffsetDateTime.parse(ld.path("datePublished").asText()).toInstant());
        assertFalse(OffsetDateTime.parse(ld.path("dateModified").asText()).isBefore(
                OffsetDateTime.parse(ld.path("datePublished").asText())));
        assertEquals("Russian Presidential Administration", ld.path("image").path(0).path("creditText").asText());
        assertTrue(ld.path("image").path(0).path("url").asText().startsWith(host.uri("/dam/jcr:").toString()));
        assertEquals("Foundation News", ld.path("publisher").path("name").asText());
        assertEquals("Foundation News", ld.path("author").path(0).path("name").asText());
        assertEquals("https://tass.com/politics/974722", ld.path("isBasedOn").asText());
        assertEquals("TASS", ld.path("sourceOrganization").path("name").asText());
    }

    @Test
    void homeSectionsSubjectsAndPaging() throws Exception {
        Document home = page("/");
        assertEquals("Foundation News", home.title());
        List<String> latest = home.select(".latest-news .news-title a").eachAttr("href");
        assertEquals(10, latest.size());
        assertTrue(latest.stream().noneMatch(link -> link.startsWith("/ru/")), "only items that exist in English");
        Document russianHome = page("/ru/");
        assertEquals("Новости фонда", russianHome.title());

        // The sample has 18 English items; five more (old, no subjects) make a second page of the 20-item section.
        ContentService content = host.host().context().content();
        for (int i = 1; i <= 5; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("title", "Archive note " + i);
            values.put("date", "2015-0" + i + "-10T12:00:00+03:00");
            ContentService.Created created = content.create("news", Optional.empty(), Optional.empty(), values, "test");
            publishWithFolders(content, created.path());
        }
        Document first = page("/news.html");
        Document second = page("/news.html?page=2");
        List<String> firstPage = first.select(".latest-news .news-title a").eachAttr("href");
        List<String> secondPage = second.select(".latest-news .news-title a").eachAttr("href");
        assertEquals(10, firstPage.size(), "the news section's page size (10)");
        assertFalse(secondPage.isEmpty());
        assertTrue(secondPage.stream().noneMatch(firstPage::contains), "pages do not overlap");
        assertNotNull(first.selectFirst(".pager a[rel=next]"));
        assertNotNull(second.selectFirst(".pager a[rel=prev]"));
        assertTrue(second.selectFirst("link[rel=canonical]").attr("href").endsWith("/news.html?page=2"));

        Document subjects = page("/subjects.html");
        Element korea = subjects.select(".subject-navigation a").stream()
                .filter(a -> a.text().equals("Korean Peninsula")).findFirst().orElseThrow();
        long count = Long.parseLong(korea.parent().selectFirst(".count").text());
        Document subject = page(korea.attr("href"));
        assertEquals("Korean Peninsula", text(subject, ".subject-header h1"));
        List<String> items = subject.select(".latest-news .news-title a").eachAttr("href");
        assertEquals(count, items.size(), "the count is the number of items listed on the subject page");
        for (String link : items) {
            assertTrue(page(link).select(".article-subjects a").eachAttr("href").stream()
                    .anyMatch(href -> href.endsWith("/subjects/korean-peninsula.html")), link);
        }
    }

    @Test
    void unknownPathsAreARealNotFoundPage() throws Exception {
        for (String path : List.of("/no-such-page.html", "/news/2017/11/no-such-item.html", "/news/article.html",
                "/ru/news/../../etc/passwd.html", "/news/%5Bx%5D.html", "/subjects/politics/nope.html", "/feeds/subjects/nope.xml",
                "/sitemaps/news/1999/01.xml", "/sitemaps/news/2017/NOPE.xml", "/sitemaps/other.xml")) {
            HttpResponse<String> response = host.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("Exception"), path);
            assertFalse(response.body().contains("at org."), path);
        }
        HttpResponse<String> html = host.get("/no-such-page.html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Page not found", Jsoup.parse(html.body()).selectFirst("h1").text());
        assertEquals(404, host.get("/.rest/no-such-endpoint").statusCode());
        assertTrue(host.get("/.rest/no-such-endpoint").body().contains("\"notFound\""));
    }

    @Test
    void scriptsInAnyFieldNeverReachThePage() throws Exception {
        ContentService content = host.host().context().content();
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "Evil " + evil);
        values.put("lead", "Lead " + evil);
        values.put("body", "<p>Body</p>" + evil + "<a href=\"javascript:alert(1)\">link</a>");
        values.put("date", "2017-11-09T10:00:00+03:00");
        values.put("sourceAgency", "TASS</script><script>alert(2)</script>");
        values.put("imageCaption", evil);
        Map<String, Object> withScriptUrl = new LinkedHashMap<>(values);
        withScriptUrl.put("sourceUrl", "javascript:alert(3)");
        assertThrows(ValidationException.class, () -> content.create("news", Optional.empty(), Optional.empty(), withScriptUrl, "test"),
                "a script URL is refused on write (issue 12)");
        ContentService.Created created = content.create("news", Optional.empty(), Optional.empty(), values, "test");
        // Stored as content from before the URL rule would be: the page must still never link it.
        host.host().context().repository().call("news", session -> {
            session.getNode(created.path()).setProperty("sourceUrl", "javascript:alert(3)");
            session.save();
            return null;
        });
        content.publish("news", created.path(), false, "test");
        Document page = page("/news" + created.path() + ".html");
        assertEquals("Evil " + evil, text(page, "h1.article-title"), "the title is shown as text");
        assertTrue(page.select("script").stream().allMatch(s -> s.attr("type").equals("application/ld+json")));
        assertTrue(page.select("[onerror]").isEmpty());
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertEquals("Evil " + evil, jsonLd(page).path("headline").asText(), "JSON-LD keeps the text and stays parseable");
        content.unpublish("news", created.path(), "test");
    }

    @Test
    void pageCacheIsDroppedOnPublishAndUnpublish() throws Exception {
        ContentService content = host.host().context().content();
        String title = "Foundation opens a new reading room in Kazan";
        assertFalse(page("/").select(".latest-news").text().contains(title));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("lead", "The room holds 5,000 books in Russian and Tatar.");
        values.put("date", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString());
        ContentService.Created created = content.create("news", Optional.empty(), Optional.empty(), values, "test");
        assertFalse(page("/").select(".latest-news").text().contains(title), "a draft is not on the site");
        publishWithFolders(content, created.path());
        assertEquals(title, page("/").selectFirst(".latest-news .news-title").text(), "the cached home page was dropped");
        String link = "/news" + created.path() + ".html";
        assertEquals(200, host.get(link).statusCode());
        assertTrue(host.get("/sitemap-news.xml").body().contains(link), "in the Google News sitemap (last 48 h)");
        content.unpublish("news", created.path(), "test");
        assertFalse(page("/").select(".latest-news").text().contains(title));
        assertEquals(404, host.get(link).statusCode());
        assertFalse(host.get("/sitemap-news.xml").body().contains(link));
    }

    @Test
    void feedsAndSitemapsAreValidXmlOfPublishedContent() throws Exception {
        HttpResponse<String> rss = host.get("/feeds/news.xml");
        assertEquals(200, rss.statusCode());
        assertTrue(rss.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        Document feed = xml(rss.body());
        assertEquals("2.0", feed.selectFirst("rss").attr("version"));
        List<Element> items = feed.select("channel > item");
        assertTrue(items.size() >= 18, "the sample's 18 English items, at least");
        for (Element item : items) {
            assertFalse(item.selectFirst("link").text().contains("/ru/"), "the English feed lists English items");
            assertEquals(200, host.get(java.net.URI.create(item.selectFirst("link").text()).getPath()).statusCode());
        }
        Document korea = xml(host.get("/feeds/subjects/korean-peninsula.xml").body());
        assertTrue(korea.select("item").stream().allMatch(i -> i.select("category").eachText().contains("Korean Peninsula")));
        Document russianFeed = xml(host.get("/feeds/news.xml?lang=ru").body());
        assertEquals("ru", russianFeed.selectFirst("channel > language").text());

        Document index = xml(host.get("/sitemap.xml").body());
        List<String> sitemaps = index.select("sitemapindex > sitemap > loc").eachText();
        assertTrue(sitemaps.contains(host.uri("/sitemaps/site.xml").toString()));
        assertTrue(sitemaps.contains(host.uri("/sitemaps/news/2017/11.xml").toString()), "one sitemap per month folder");
        List<String> locs = new java.util.ArrayList<>();
        for (String sitemap : sitemaps) {
            HttpResponse<String> part = host.get(java.net.URI.create(sitemap).getPath());
            assertEquals(200, part.statusCode(), sitemap);
            locs.addAll(xml(part.body()).select("url > loc").eachText());
        }
        assertTrue(locs.contains(host.uri(SEED).toString()));
        assertTrue(locs.contains(host.uri("/ru" + SEED).toString()));
        assertTrue(locs.contains(host.uri("/").toString()));
        assertFalse(locs.contains(host.uri("/news/article.html").toString()), "detail pages are not pages of their own");
        assertFalse(locs.stream().anyMatch(l -> l.contains("putin-i-kim-chen-yn") && !l.contains("/ru/")),
                "a Russian-only item is listed only in Russian");
        // Strict XML parse: throws on anything malformed.
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String path : List.of("/feeds/news.xml", "/sitemap.xml", "/sitemaps/site.xml", "/sitemaps/news/2017/11.xml",
                "/sitemap-news.xml", "/feeds/subjects/politics.xml")) {
            factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(host.get(path).body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Test
    void stylesheetIsServedWithCachingHeaders() throws Exception {
        HttpResponse<String> css = host.get("/.resources/news-module/webresources/css/news.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertTrue(css.body().contains("@media"), "responsive rules");
        assertEquals(404, host.get("/.resources/news-module/templates/pages/article.ftl").statusCode(), "only web resources");
    }

    /** Publishes an item and its year and month folders (a parent must be live before its child). */
    private static void publishWithFolders(ContentService content, String path) {
        String month = path.substring(0, path.lastIndexOf('/'));
        for (String folder : List.of(month.substring(0, month.lastIndexOf('/')), month)) {
            content.publish("news", folder, false, "test");
        }
        content.publish("news", path, false, "test");
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = host.get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return Jsoup.parse(response.body(), host.uri(path).toString());
    }

    private static Document xml(String body) {
        return Jsoup.parse(body, "", Parser.xmlParser());
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertNotNull(script, "JSON-LD present");
        return JSON.readTree(script.data());
    }

    private static String text(Element scope, String selector) {
        Element element = scope.selectFirst(selector);
        assertNotNull(element, selector);
        return element.text();
    }
}
