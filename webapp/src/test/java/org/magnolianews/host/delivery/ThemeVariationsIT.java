package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.testing.RunningHost;

/**
 * Renditions are sized by the themes' image variations (themes/<name>.yaml, Magnolia's format), not by their
 * names: a light module's theme adds a width-only variation "thumb", and an endpoint naming it gets images
 * that wide; a name no theme defines is not served.
 */
class ThemeVariationsIT {

    @TempDir
    static Path lightModules;
    private static RunningHost host;
    private static DeliveryClient client;

    @BeforeAll
    static void start() throws Exception {
        Path module = Files.createDirectories(lightModules.resolve("thumbs"));
        Files.createDirectories(module.resolve("themes"));
        Files.writeString(module.resolve("themes/thumbs-theme.yaml"), """
                imaging:
                  class: info.magnolia.templating.imaging.VariationAwareImagingSupport
                  variations:
                    thumb:
                      class: info.magnolia.templating.imaging.variation.SimpleResizeVariation
                      width: 120
                """);
        Files.createDirectories(module.resolve("restEndpoints/delivery"));
        Files.writeString(module.resolve("restEndpoints/delivery/thumbnails.yaml"), """
                $type: jcrDeliveryEndpoint_v2
                workspace: news
                nodeTypes: [news:article]
                references:
                  - name: imageReference
                    propertyName: image
                    referenceResolver:
                      $type: assetReferenceResolver
                      assetRenditions:
                        - thumb
                """);
        host = RunningHost.withSampleContent(List.of("--light-modules", lightModules.toString()));
        client = new DeliveryClient(host);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void aThemeVariationSizesTheRenditionsThatNameIt() throws Exception {
        JsonNode image = client.json("/.rest/delivery/thumbnails/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature")
                .path("image");
        String link = image.path("renditions").path("thumb").path("link").asText();
        assertTrue(link.startsWith("/.imaging/mte/thumbs-theme/thumb/dam/"), image.toString());
        HttpResponse<byte[]> thumb = bytes(link);
        assertEquals(200, thumb.statusCode());
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertEquals(120, picture.getWidth(), "the theme's width, whatever the name says");

        HttpResponse<byte[]> large = bytes(link.replace("/thumbs-theme/thumb/", "/news-theme/960x720/"));
        assertEquals(200, large.statusCode(), "the news theme's variations are served too");
        assertTrue(ImageIO.read(new ByteArrayInputStream(large.body())).getWidth() <= 960);
        assertEquals(404, bytes(link.replace("/thumb/", "/120x90/")).statusCode(), "a size no theme defines is not produced");
        assertEquals(404, bytes(link.replace("/thumb/", "/960x720/")).statusCode(), "a theme serves only its own variations");
    }

    private static HttpResponse<byte[]> bytes(String link) throws Exception {
        String path = link.replaceFirst("^https?://[^/]+", "");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(host.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
