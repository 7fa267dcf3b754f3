package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 10, images for editors: renditions at or above the original's width are the original (never 0 bytes),
 * a file that is not an image is a form message naming the field and the accepted types, and the article form
 * can pick an existing asset (a search with thumbnails whose choice is the asset's {@code jcr:<uuid>} key).
 */
class AssetsAndPickerIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static AuthorClient admin;
    private static byte[] cover;
    private static String coverKey;

    @BeforeAll
    static void start() throws Exception {
        admin = new AuthorClient(host.host().port());
        assertEquals(303, admin.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(600, 900, BufferedImage.TYPE_INT_ARGB), "png", out);
        cover = out.toByteArray();
        coverKey = host.host().context().assets().create("/covers", new AssetStore.Upload("picker-cover.png", "image/png", cover, 600, 900),
                Map.of("title", "Picker test cover"), "test");
    }

    private static HttpResponse<byte[]> bytes(String pathAndQuery) throws Exception {
        return admin.getBytes(pathAndQuery);
    }

    private static long count(String workspace, String nodeType) {
        return host.host().context().repository().call(workspace, session -> {
            @SuppressWarnings("deprecation")
            var query = session.getWorkspace().getQueryManager().createQuery("//element(*, " + nodeType + ")", javax.jcr.query.Query.XPATH);
            return query.execute().getNodes().getSize();
        });
    }

    @Test
    void aRenditionAtOrAboveTheOriginalWidthIsTheOriginalsBytes() throws Exception {
        String id = coverKey.substring(4);
        for (int width : new int[] {600, 1200}) {
            HttpResponse<byte[]> rendition = bytes("/asset?id=" + id + "&width=" + width);
            assertEquals(200, rendition.statusCode());
            assertEquals("image/png", rendition.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(cover, rendition.body(), "width " + width + " serves the original");
        }
        HttpResponse<byte[]> thumbnail = bytes("/asset?id=" + id + "&width=240");
        assertEquals(240, ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body())).getWidth());
    }

    @Test
    void aFileThatIsNotAnImageIsAMessageAtTheFileFieldNamingTheAcceptedTypes() throws Exception {
        long before = count("dam", "mgnl:asset");
        HttpResponse<String> response = admin.upload("/assets/upload", Map.of("title", "Minutes"), "file", "minutes.pdf",
                "%PDF-1.4 minutes".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("id=\"asset-upload-form\""), "the upload form is shown again: " + body);
        assertTrue(body.matches("(?s).*class=\"field-error\" id=\"asset-file-error\">File: “minutes.pdf” is not an image\\. Accepted types: JPEG, PNG, GIF\\..*"), body);
        assertTrue(body.contains("value=\"Minutes\""), "the typed title is kept");
        assertEquals(before, count("dam", "mgnl:asset"), "nothing written");
    }

    @Test
    void anArticlePhotoThatIsNotAnImageIsAMessageAtThePhotoField() throws Exception {
        long articles = count("news", "news:article");
        long assets = count("dam", "mgnl:asset");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app", "news");
        fields.put("title", "Photo that is a text file");
        fields.put("date", "2025-01-02");
        HttpResponse<String> response = admin.upload("/app/save", fields, "image.upload", "notes.txt", "just text".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        String body = response.body();
        assertTrue(body.matches("(?s).*data-field=\"image\".*class=\"field-error\">“notes.txt” is not an image\\. Accepted types: JPEG, PNG, GIF\\..*"), body);
        assertTrue(body.contains("<li><a href=\"#f-image\">Photo</a></li>"), "the summary names the field by its label");
        assertEquals(1, body.split("is not an image", -1).length - 1, "the message once, at the field");
        assertTrue(body.contains("value=\"Photo that is a text file\""), "typed values kept");
        assertEquals(articles, count("news", "news:article"));
        assertEquals(assets, count("dam", "mgnl:asset"));
    }

    @Test
    void theAssetPickerListsAssetsWithThumbnailsAndItsChoiceIsTheAssetKey() throws Exception {
        HttpResponse<String> picked = admin.get("/assets/pick?q=" + java.net.URLEncoder.encode("Picker test", StandardCharsets.UTF_8));
        assertEquals(200, picked.statusCode());
        JsonNode items = Json.MAPPER.readTree(picked.body());
        assertEquals(1, items.size(), picked.body());
        assertEquals(coverKey, items.get(0).path("key").asText());
        assertEquals("Picker test cover", items.get(0).path("title").asText());
        String thumbnail = items.get(0).path("thumbnail").asText();
        assertTrue(thumbnail.startsWith("/.magnolia/admincentral/asset?id="), thumbnail);
        assertEquals(200, bytes(thumbnail.substring(AuthorClient.BASE.length())).statusCode());
        assertTrue(Json.MAPPER.readTree(admin.get("/assets/pick").body()).size() >= 1, "no search term: the newest assets");
        assertEquals(400, admin.get("/assets/pick?q=" + "x".repeat(101)).statusCode());

        String form = admin.get("/app/new?app=news").body();
        assertTrue(form.contains("class=\"asset-picker\""), "the photo field offers the picker");
        assertTrue(form.contains("id=\"f-image-upload\""), "and keeps the upload");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app", "news");
        fields.put("title", "Article with a picked photo");
        fields.put("date", "2025-01-03");
        fields.put("image", coverKey);
        HttpResponse<String> saved = admin.postWithToken("/app/save", fields);
        assertEquals(303, saved.statusCode(), saved.body());
        String location = URI.create(saved.headers().firstValue("Location").orElseThrow()).getRawQuery();
        String path = java.net.URLDecoder.decode(location.replaceAll(".*path=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        assertEquals(coverKey, host.host().context().repository().call("news", s -> s.getNode(path).getProperty("image").getString()));
        assertFalse(admin.get("/app/edit?app=news&path=" + path).body().contains("width=0"));
    }
}
