package org.magnolianews.host.virtualuri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.testing.RunningHost;

/**
 * Item URLs go through the module's virtual URI mappings ({@code news-module/virtualUriMappings/*.yaml}), as on
 * Magnolia: the forward reaches the detail page with the item's path as parameter, a light module's redirect
 * mappings answer 301/302, and the detail page without an item is no page.
 */
class VirtualUriMappingIT {

    static final String SEED = "/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html";

    @TempDir
    static Path lightModules;
    private static RunningHost host;

    @BeforeAll
    static void start() throws Exception {
        Path mappings = Files.createDirectories(lightModules.resolve("portal-redirects/virtualUriMappings"));
        Files.writeString(mappings.resolve("old-archive.yaml"), """
                class: info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping
                fromUri: ^/archive/news/(.+)\\.html$
                toUri: permanent:/news/$1.html
                """);
        Files.writeString(mappings.resolve("campaign.yaml"), """
                class: info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping
                fromUri: ^/korea\\.html$
                toUri: redirect:/subjects/korean-peninsula.html
                """);
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void anItemUrlIsForwardedToTheDetailPageWithTheItemsPath() throws Exception {
        Document article = page(SEED + "?item=/2017/11/some-other-item");
        String title = article.selectFirst(".article-title").text();
        assertTrue(title.contains("Putin"), "the forward's parameter wins over the reader's: " + title);
        assertEquals(host.uri(SEED).toString(), article.selectFirst("link[rel=canonical]").attr("href"),
                "the canonical URL is the item's own");
        Document russian = page("/ru" + SEED);
        assertEquals("ru", russian.selectFirst("html").attr("lang"), "the language prefix is kept through the forward");
    }

    @Test
    void theDetailPageWithoutItsItemIsNoPage() throws Exception {
        // The detail page's own URL matches the news mapping too (its item would be /article): 404, as on Magnolia.
        for (String path : List.of("/news/article.html", "/news/article.html?item=/2017/11/x", "/news/2017.html",
                "/news/2017/11/no-such-item.html", "/news/korean-peninsula.html", "/subjects/2017.html")) {
            assertEquals(404, host.get(path).statusCode(), path);
        }
    }

    @Test
    void aLightModulesRedirectMappingsAnswerWithTheirStatus() throws Exception {
        HttpResponse<String> permanent = host.get("/archive" + SEED);
        assertEquals(301, permanent.statusCode());
        assertEquals(SEED, permanent.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> campaign = host.get("/ru/korea.html");
        assertEquals(302, campaign.statusCode());
        assertEquals("/ru/subjects/korean-peninsula.html", campaign.headers().firstValue("Location").orElseThrow(),
                "a redirect keeps the reader's language");
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = host.get(path);
        assertEquals(200, response.statusCode(), path);
        Document document = Jsoup.parse(response.body());
        assertNotNull(document.selectFirst("main"), path);
        return document;
    }
}
