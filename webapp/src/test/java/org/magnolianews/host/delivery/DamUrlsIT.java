package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * The DAM URLs Magnolia's front ends build (issue 9): the delivery's {@code @link}, the SPA demos'
 * {@code /dam/<@id><@path>}, and path-based {@code /dam/<path>}; all serve the same published bytes, and
 * none serves an unpublished asset or a name that is not the asset's.
 */
class DamUrlsIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    @Test
    void everyFormServesThePublishedAssetAndNothingElse() throws Exception {
        JsonNode image = Json.MAPPER.readTree(host.get("/.rest/delivery/news" + DeliveryClient.SEED).body()).path("image");
        String id = image.path("@id").asText();
        String path = image.path("@path").asText();
        String link = image.path("@link").asText();
        String fileName = link.substring(link.lastIndexOf('/') + 1);
        byte[] bytes = bytes(link);
        for (String form : List.of("/dam/" + id + path, "/dam/" + id + path + "/" + fileName, "/dam" + path, "/dam" + path + "/" + fileName)) {
            HttpResponse<byte[]> response = get(form);
            assertEquals(200, response.statusCode(), form);
            assertArrayEquals(bytes, response.body(), form + " serves the same bytes as " + link);
        }
        for (String wrong : List.of("/dam/" + id + "/not-its-name.png", "/dam/" + id + path + "x", "/dam" + path + "/other.png",
                "/dam/" + id, "/dam/", "/dam/jcr:00000000-0000-0000-0000-000000000000" + path, "/dam/a/../b")) {
            int status = get(wrong).statusCode();
            assertEquals(true, status == 404 || status == 400, wrong + " → " + status);
        }

        String draft = host.host().context().assets().create("/drafts", new AssetStore.Upload("draft.png", "image/png", png(), 2, 2),
                Map.of("title", "Not published"), "test");
        String draftPath = host.host().context().repository().call("dam", s -> s.getNodeByIdentifier(draft.substring(4)).getPath());
        for (String form : List.of("/dam/" + draft + "/draft.png", "/dam/" + draft + draftPath, "/dam" + draftPath)) {
            assertEquals(404, get(form).statusCode(), form + ": an unpublished asset is served in no form");
        }
    }

    private static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(host.uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
