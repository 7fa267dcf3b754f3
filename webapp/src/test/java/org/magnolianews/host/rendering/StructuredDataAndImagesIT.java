package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * Structured data and images (issue 10): a publication's offers per country, the home page's WebSite with the
 * site search, dateModified from the item's last change, srcset from the renditions and no lazy first image.
 */
class StructuredDataAndImagesIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    static final String SEED = "/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html";

    static Document page(String path) throws Exception {
        HttpResponse<String> response = host.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), host.uri(path).toString());
    }

    static JsonNode jsonLd(Document page) throws Exception {
        return Json.MAPPER.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void aPublicationOffersItPerCountryWithTodaysAvailability() throws Exception {
        JsonNode book = jsonLd(page("/publications/russian-to-the-bone.html"));
        assertEquals("Book", book.path("@type").asText());
        Map<String, JsonNode> offers = new HashMap<>();
        book.path("offers").forEach(offer -> offers.put(offer.path("areaServed").path("name").asText(), offer));
        assertEquals(2, book.path("offers").size(), book.toPrettyString());
        JsonNode italy = offers.get("IT");
        assertEquals("Offer", italy.path("@type").asText());
        assertEquals("Country", italy.path("areaServed").path("@type").asText());
        assertEquals("https://schema.org/InStock", italy.path("availability").asText(), "on sale in Italy since 2017");
        JsonNode russia = offers.get("RU");
        assertEquals("https://schema.org/OutOfStock", russia.path("availability").asText(), "announced for 2027");
        assertEquals("2027-03-01", russia.path("availabilityStarts").asText());
        assertTrue(russia.path("url").asText().startsWith("http"), "where to get it");

        JsonNode preorder = jsonLd(page("/publications/ice-and-trade-the-northern-sea-route-in-the-21st-century.html"));
        assertTrue(preorder.path("offers").toString().contains("https://schema.org/PreOrder")
                || preorder.path("offers").toString().contains("https://schema.org/InStock"), preorder.toPrettyString());
    }

    @Test
    void theHomePageDescribesTheSiteAndItsSearchInItsLanguage() throws Exception {
        for (String home : List.of("/", "/ru/")) {
            JsonNode site = jsonLd(page(home));
            assertEquals("WebSite", site.path("@type").asText());
            assertEquals(host.uri(home).toString(), site.path("url").asText());
            JsonNode action = site.path("potentialAction");
            assertEquals("SearchAction", action.path("@type").asText());
            assertEquals("required name=search_term_string", action.path("query-input").asText());
            String template = action.path("target").path("urlTemplate").asText();
            assertEquals(host.uri(home) + "search.html?q={search_term_string}", template);
            String filled = template.replace("{search_term_string}", URLEncoder.encode(home.equals("/") ? "Putin" : "Путин", StandardCharsets.UTF_8));
            HttpResponse<String> results = host.get(URI.create(filled).getRawPath() + "?" + URI.create(filled).getRawQuery());
            assertEquals(200, results.statusCode());
            assertTrue(results.body().contains("class=\"news-list search-list\""), "the template is a working search: " + filled);
        }
    }

    @Test
    void dateModifiedIsTheItemsLastChange() throws Exception {
        JsonNode ld = jsonLd(page(SEED));
        JsonNode delivered = Json.MAPPER.readTree(host.get("/.rest/delivery/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature").body());
        Instant lastModified = OffsetDateTime.parse(delivered.path("mgnl:lastModified").asText()).toInstant();
        assertEquals(lastModified, OffsetDateTime.parse(ld.path("dateModified").asText()).toInstant(), "mgnl:lastModified of the published item");
        page("/news.html"); // another rendering changes nothing
        assertEquals(ld.path("dateModified").asText(), jsonLd(page(SEED)).path("dateModified").asText());
    }

    @Test
    void imagesComeFromTheRenditionsAndTheFirstIsNotLazy() throws Exception {
        for (String path : List.of(SEED, "/", "/publications/russian-to-the-bone.html", "/publications.html")) {
            Document page = page(path);
            Element first = page.selectFirst("main img");
            assertTrue(first != null, path + " has an image in its main column");
            assertFalse(first.hasAttr("loading") && first.attr("loading").equals("lazy"), path + ": the first image is loaded at once");
            assertTrue(first.hasAttr("srcset") && first.hasAttr("sizes"), path + ": " + first.outerHtml());
            assertTrue(first.attr("src").startsWith("/.imaging/mte/news-theme/480x360/dam/"), path + ": a small src for old browsers: " + first.attr("src"));
            for (String candidate : first.attr("srcset").split(",\\s*")) {
                String[] parts = candidate.split(" ");
                assertTrue(parts[1].matches("[0-9]+w"), candidate);
                HttpResponse<String> image = host.get(parts[0]);
                assertEquals(200, image.statusCode(), candidate);
                assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/"), candidate);
            }
        }
        Element photo = page(SEED).selectFirst("main img");
        assertEquals("(min-width: 900px) 720px, 100vw", photo.attr("sizes"));
        assertTrue(photo.attr("srcset").contains("/.imaging/mte/news-theme/480x360/dam/") && photo.attr("srcset").contains(" 480w")
                && photo.attr("srcset").contains("/.imaging/mte/news-theme/960x720/dam/") && photo.attr("srcset").contains("/dam/jcr:"), photo.attr("srcset"));
    }
}
