package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * Renditions under Magnolia's imaging URL scheme (issue 9, item 4): the delivery's {@code renditions} links are
 * {@code /.imaging/mte/<theme>/<variation>/dam/<asset path>/jcr:content/<file>}, as in a real Magnolia delivery
 * response, sized by that theme's variation; the host's earlier {@code /.imaging/delivery/<variation>/jcr:<uuid>/<file>}
 * still answers; an unknown theme or variation, a wrong file name and an unpublished asset are 404 with the JSON error.
 */
class MagnoliaImagingUrlsIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void renditionLinksAreMagnoliasImagingUrlsDrivenByTheThemesVariations() throws Exception {
        JsonNode image = Json.MAPPER.readTree(host.get("/.rest/delivery/news" + DeliveryClient.SEED).body()).path("image");
        String path = image.path("@path").asText();
        String fileName = image.path("metadata").path("fileName").asText(image.path("@link").asText().replaceFirst(".*/", ""));
        for (Map.Entry<String, Integer> variation : Map.of("480x360", 480, "960x720", 960).entrySet()) {
            String link = image.path("renditions").path(variation.getKey()).path("link").asText();
            assertEquals("/.imaging/mte/news-theme/" + variation.getKey() + "/dam" + path + "/jcr:content/" + fileName, link, image.toString());
            HttpResponse<byte[]> rendition = bytes(link);
            assertEquals(200, rendition.statusCode(), link);
            assertTrue(rendition.headers().firstValue("Content-Type").orElse("").startsWith("image/"), link);
            assertTrue(ImageIO.read(new ByteArrayInputStream(rendition.body())).getWidth() <= variation.getValue(), link);
        }
        String small = image.path("renditions").path("480x360").path("link").asText();
        String uuid = image.path("@id").asText().substring(4);
        HttpResponse<byte[]> alias = bytes("/.imaging/delivery/480x360/jcr:" + uuid + "/" + fileName);
        assertEquals(200, alias.statusCode(), "the host's earlier rendition URL still answers");
        assertArrayEquals(bytes(small).body(), alias.body(), "both URLs serve the same rendition");

        for (String wrong : List.of(small.replace("/news-theme/", "/other-theme/"), small.replace("/480x360/", "/120x90/"),
                small.replace("/jcr:content/" + fileName, "/jcr:content/other.jpg"), small.replace("/dam/", "/website/"),
                small.replace("/jcr:content/" + fileName, ""), "/.imaging/mte/news-theme/480x360/dam/", "/.imaging/mte/news-theme",
                "/.imaging/mte/")) {
            notFound(wrong);
        }
    }

    @Test
    void anUnpublishedAssetHasNoRendition() throws Exception {
        String draft = host.host().context().assets().create("/drafts", new AssetStore.Upload("draft.png", "image/png", png(), 600, 400),
                Map.of("title", "Not published"), "test");
        String draftPath = host.host().context().repository().call("dam", s -> s.getNodeByIdentifier(draft.substring(4)).getPath());
        notFound("/.imaging/mte/news-theme/480x360/dam" + draftPath + "/jcr:content/draft.png");
        notFound("/.imaging/delivery/480x360/" + draft + "/draft.png");
    }

    private static void notFound(String path) throws Exception {
        HttpResponse<byte[]> response = bytes(path);
        assertEquals(404, response.statusCode(), path);
        JsonNode error = Json.MAPPER.readTree(new String(response.body(), StandardCharsets.UTF_8)).path("error");
        assertEquals("notFound", error.path("code").asText(), path);
        assertTrue(error.path("message").asText().contains("/.imaging/"), path + ": " + error);
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(host.uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
