package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;
import org.magnolianews.host.testing.TempDirs;

/**
 * Magnolia's rendition functions in a light module's page (issue 9, item 4): {@code damfn.getAssetLink(key, variation)}
 * and {@code damfn.getRendition(key | asset, variation).link} give Magnolia's imaging URL of the theme's variation, which
 * the host serves; {@code original} and a name no theme defines give the asset's own link.
 */
class DamRenditionFunctionsIT {

    private static Path lightModules;
    private static RunningHost host;

    @BeforeAll
    static void start() throws Exception {
        lightModules = TempDirs.create("news-renditions-");
        Path pages = Files.createDirectories(lightModules.resolve("renditions-probe/templates/pages"));
        Files.writeString(pages.resolve("renditions.yaml"), "title: renditions\nrenderType: freemarker\n"
                + "templateScript: /renditions-probe/templates/pages/renditions.ftl\ndialog: renditions-probe:pages/renditions\n");
        Files.writeString(Files.createDirectories(lightModules.resolve("renditions-probe/dialogs/pages")).resolve("renditions.yaml"),
                "form:\n  properties:\n    image: {$type: textField}\n");
        Files.writeString(pages.resolve("renditions.ftl"), """
                [#assign key = content.image!""]
                <ul>
                <li id="link">${damfn.getAssetLink(key, "480x360")!}</li>
                <li id="rendition">${damfn.getRendition(key, "960x720").link}</li>
                <li id="of-asset">${damfn.getRendition(damfn.getAsset(key), "480x360").link}</li>
                <li id="mime">${damfn.getRendition(key, "480x360").mimeType}</li>
                <li id="original">${damfn.getRendition(key, "original").link}</li>
                <li id="unknown">${damfn.getAssetLink(key, "no-such-variation")}</li>
                <li id="asset">${damfn.getAssetLink(key)}</li>
                </ul>
                """);
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        String image = Json.MAPPER.readTree(host.get("/.rest/delivery/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature")
                .body()).path("image").path("@id").asText();
        host.host().context().content().createPageNode("/home", "renditions", "mgnl:page",
                Map.of("mgnl:template", "renditions-probe:pages/renditions", "image", image), "test");
        host.host().context().content().publish("website", "/home/renditions", false, "test");
    }

    @AfterAll
    static void stop() {
        host.close();
        TempDirs.delete(lightModules);
    }

    @Test
    void renditionFunctionsGiveMagnoliasImagingUrlsThatAnswer() throws Exception {
        HttpResponse<String> page = host.get("/renditions.html");
        assertEquals(200, page.statusCode(), page.body());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
        JsonNode image = Json.MAPPER.readTree(host.get("/.rest/delivery/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature")
                .body()).path("image");
        String path = image.path("@path").asText();
        String file = image.path("metadata").path("fileName").asText();
        assertEquals("/.imaging/mte/news-theme/480x360/dam" + path + "/jcr:content/" + file, html.getElementById("link").text());
        assertEquals("/.imaging/mte/news-theme/960x720/dam" + path + "/jcr:content/" + file, html.getElementById("rendition").text());
        assertEquals(html.getElementById("link").text(), html.getElementById("of-asset").text());
        assertEquals("image/jpeg", html.getElementById("mime").text());
        assertEquals(image.path("@link").asText(), html.getElementById("original").text());
        assertEquals(image.path("@link").asText(), html.getElementById("unknown").text());
        assertEquals(image.path("@link").asText(), html.getElementById("asset").text());
        for (String id : List.of("link", "rendition")) {
            HttpResponse<String> rendition = host.get(html.getElementById(id).text());
            assertEquals(200, rendition.statusCode(), id);
            assertTrue(rendition.headers().firstValue("Content-Type").orElse("").startsWith("image/jpeg"), id);
        }
    }
}
