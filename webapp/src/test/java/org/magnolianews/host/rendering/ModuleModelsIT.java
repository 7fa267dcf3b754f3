package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.testing.RunningHost;

/**
 * Every model of the news module, created the Magnolia way (issue 8: Magnolia's constructor, MgnlContext,
 * the aggregation state, injected components), renders its template in the host over HTTP: each template
 * that names a {@code modelClass} is listed here with a page that shows it and what its model must have
 * produced, and a new model without a line here fails the first test.
 */
class ModuleModelsIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SEED = SiteRenderingIT.SEED;
    private static final String SUBJECT = "/subjects/korean-peninsula.html";
    private static final String BOOK = "/publications/russian-to-the-bone.html";

    /** Template id → a page rendering it and a selector of markup only its model's data can produce. */
    private static final Map<String, String[]> SHOWN = Map.ofEntries(
            Map.entry("news-module:components/article", new String[] {SEED, ".article .article-title"}),
            Map.entry("news-module:components/breadcrumb", new String[] {SEED, ".breadcrumb li[aria-current=page]"}),
            Map.entry("news-module:components/related-news", new String[] {SEED, ".related-news li a[href^=/news/]"}),
            Map.entry("news-module:components/book-promo", new String[] {SEED, ".book-promo .release-status .release"}),
            Map.entry("news-module:components/subject-navigation", new String[] {SUBJECT, ".subject-navigation .count"}),
            Map.entry("news-module:components/latest-news", new String[] {"/", ".latest-news .news-title a"}),
            Map.entry("news-module:components/publication-list", new String[] {"/publications.html", ".publication-list .release"}),
            Map.entry("news-module:components/search-results", new String[] {"/search.html?q=Putin", ".search-list .news-title a"}),
            Map.entry("news-module:pages/home", new String[] {"/", ".brand-name"}),
            Map.entry("news-module:pages/section", new String[] {"/news.html", ".brand-name"}),
            Map.entry("news-module:pages/search", new String[] {"/search.html", ".brand-name"}),
            Map.entry("news-module:pages/not-found", new String[] {"/no-such-page.html", ".brand-name", "404"}),
            Map.entry("news-module:pages/article", new String[] {SEED, "script[type=application/ld+json]"}),
            Map.entry("news-module:pages/subject", new String[] {SUBJECT, ".brand-name"}),
            Map.entry("news-module:pages/publication", new String[] {BOOK, "script[type=application/ld+json]"}));

    @Test
    void everyTemplateWithAModelRendersWhatItsModelProduced() throws Exception {
        Set<String> withModel = new TreeSet<>();
        for (Definition template : host.host().context().definitions().all(DefinitionType.TEMPLATE)) {
            if (template.string("modelClass").isPresent() && template.module().equals("news-module")) {
                withModel.add(template.id());
            }
        }
        assertEquals(new TreeSet<>(SHOWN.keySet()), withModel, "every model of the module is covered here");
        for (Map.Entry<String, String[]> shown : SHOWN.entrySet()) {
            Document page = page(shown.getValue()[0], Map.of(), shown.getValue().length > 2 ? Integer.parseInt(shown.getValue()[2]) : 200);
            Element produced = page.selectFirst(shown.getValue()[1]);
            assertNotNull(produced, shown.getKey() + " on " + shown.getValue()[0]);
            assertFalse((produced.tagName().equals("script") ? produced.data() : produced.text()).isBlank(),
                    shown.getKey() + " rendered empty");
        }
    }

    @Test
    void pageSeoModelNamesTheSiteAndDescribesThePagesItemAtThePagesUrl() throws Exception {
        Document article = page(SEED, Map.of());
        assertEquals("Foundation News", article.selectFirst(".brand-name").text(), "PageSeoModel.siteName from /home");
        JsonNode ld = jsonLd(article);
        assertEquals(host.uri(SEED).toString(), ld.path("url").asText(), "the item's URL is the page's original URL");
        assertEquals(host.uri(SEED).toString(), ld.path("mainEntityOfPage").path("@id").asText());
        String image = ld.path("image").path(0).path("url").asText();
        assertTrue(image.startsWith(host.uri("/dam/jcr:").toString()), image);
        assertEquals(200, host.get(java.net.URI.create(image).getRawPath()).statusCode(), "the asset link serves the photo");

        JsonNode book = jsonLd(page(BOOK, Map.of()));
        assertEquals(host.uri(BOOK).toString(), book.path("url").asText());
        assertEquals(200, host.get(java.net.URI.create(book.path("image").asText()).getRawPath()).statusCode());

        assertEquals("WebSite", jsonLd(page("/", Map.of())).path("@type").asText(), "the home page describes the site, no item");
        assertNull(page("/news.html", Map.of()).selectFirst("script[type=application/ld+json]"), "a section page shows no item");
    }

    @Test
    void theRussianPageGetsItsLocaleThroughTheAggregationState() throws Exception {
        Document russian = page("/ru" + SEED, Map.of());
        JsonNode ld = jsonLd(russian);
        assertEquals("ru", ld.path("inLanguage").asText());
        assertEquals(SiteRenderingIT.SEED_TITLE_RU, ld.path("headline").asText());
        assertEquals(host.uri("/ru" + SEED).toString(), ld.path("url").asText());
    }

    @Test
    void theBookPromoReadsTheReadersCountryFromTheRequest() throws Exception {
        String unknown = text(page(SEED, Map.of()), ".book-promo .release-status");
        String russian = text(page(SEED, Map.of("CF-IPCountry", "RU")), ".book-promo .release-status");
        assertEquals("available in Italy · coming to Russia", unknown);
        assertEquals("coming to Russia · available in Italy", russian, "the reader's country comes first");
    }

    @Test
    void latestNewsReadsThePageParameterThroughTheWebContext() throws Exception {
        Document first = page("/", Map.of()); // ten per page on the home page, eighteen English items
        Document second = page("/?page=2", Map.of());
        assertNotNull(second.selectFirst(".pager a[rel=prev]"), "page 2 offers newer items");
        assertFalse(first.select(".latest-news .news-title a").eachAttr("href").contains(
                second.selectFirst(".latest-news .news-title a").attr("href")));
    }

    private static Document page(String path, Map<String, String> headers) throws Exception {
        return page(path, headers, 200);
    }

    private static Document page(String path, Map<String, String> headers, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri(path)).GET();
        headers.forEach(request::header);
        HttpResponse<String> response = host.send(request.build());
        assertEquals(status, response.statusCode(), path);
        return Jsoup.parse(response.body(), host.uri(path).toString());
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
