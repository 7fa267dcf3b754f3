package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.magnolianews.host.audit.AuditAction;
import org.magnolianews.host.audit.AuditFilter;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 10, Editors → Images: an asset's detail lists the items that use it (by key and in rich text), delete is a
 * publisher's and refused while the asset is used (never a dangling reference; a published asset goes off the site),
 * and replace keeps the identifier so every use shows the new file.
 */
class AssetUsesDeleteReplaceIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static AuthorClient admin;
    private static AuthorClient editor;

    @BeforeAll
    static void start() throws Exception {
        admin = new AuthorClient(host.host().port());
        assertEquals(303, admin.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        host.host().context().users().create("asset-ed", "editor-password", Role.EDITOR, "test");
        editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("asset-ed", "editor-password").statusCode());
    }

    static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String asset(String fileName, String title, byte[] bytes, int width, int height) {
        return host.host().context().assets().create("/uploads", new AssetStore.Upload(fileName, "image/png", bytes, width, height),
                Map.of("title", title), "test");
    }

    /** Saves an article through the form; returns its path. */
    private static String article(String title, String image, String body) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app", "news");
        fields.put("title", title);
        fields.put("date", "2025-02-03");
        if (image != null) {
            fields.put("image", image);
        }
        if (body != null) {
            fields.put("body", body);
        }
        HttpResponse<String> saved = admin.postWithToken("/app/save", fields);
        assertEquals(303, saved.statusCode(), saved.body());
        String query = URI.create(saved.headers().firstValue("Location").orElseThrow()).getRawQuery();
        return java.net.URLDecoder.decode(query.replaceAll(".*path=([^&]+).*", "$1"), StandardCharsets.UTF_8);
    }

    private static String damPath(String key) {
        return host.host().context().repository().call("dam", s -> s.getNodeByIdentifier(key.substring(4)).getPath());
    }

    /** Publishes a node after its unpublished folders, as an editor publishes a new item's folder first. */
    private static void publish(String workspace, String path) {
        String ancestor = "";
        for (String segment : path.substring(1).split("/")) {
            ancestor += "/" + segment;
            host.host().context().content().publish(workspace, ancestor, false, "test");
        }
    }

    private static String damUrl(String key) {
        String fileName = host.host().context().repository().call("dam",
                s -> s.getNodeByIdentifier(key.substring(4)).getNode("jcr:content").getProperty("fileName").getString());
        return "/dam/" + key + "/" + fileName;
    }

    @Test
    void theDetailListsTheItemsThatUseTheAssetWithLinks() throws Exception {
        String key = asset("used.png", "Used photo", png(40, 30), 40, 30);
        String byKey = article("Article with the used photo", key, null);
        String byRichText = article("Article embedding the photo", null,
                "<p>Look:</p><p><img src=\"/dam/" + key + "/used.png\" alt=\"\"></p>");
        String unrelated = article("Article without the photo", null, "<p>nothing</p>");
        host.host().context().repository().call("website", s -> {
            javax.jcr.Node component = s.getNode("/home").addNode("asset-use-test", "mgnl:component");
            component.setProperty("image", key);
            s.save();
            return null;
        });
        String body = admin.get("/assets/edit?id=" + key.substring(4)).body();
        assertTrue(body.contains("id=\"used-in\""), body);
        assertTrue(body.contains("/app/edit?app=news&amp;path=" + java.net.URLEncoder.encode(byKey, StandardCharsets.UTF_8)), body);
        assertTrue(body.contains("Article with the used photo"), body);
        assertTrue(body.contains("/app/edit?app=news&amp;path=" + java.net.URLEncoder.encode(byRichText, StandardCharsets.UTF_8)), body);
        assertFalse(body.contains(java.net.URLEncoder.encode(unrelated, StandardCharsets.UTF_8)), body);
        assertTrue(body.contains("/pages/page?path=%2Fhome\""), "the page whose component shows the photo: " + body);

        String unused = asset("unused.png", "Unused photo", png(40, 30), 40, 30);
        assertTrue(admin.get("/assets/edit?id=" + unused.substring(4)).body().contains("id=\"used-in-none\""));
    }

    @Test
    void deleteIsRefusedWhileUsedNamingTheItemAndAllowedWhenUnused() throws Exception {
        String key = asset("kept.png", "Kept photo", png(40, 30), 40, 30);
        article("Article keeping the photo", key, null);
        HttpResponse<String> refused = admin.postWithToken("/assets/delete", Map.of("id", key.substring(4)));
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"delete-error\""), refused.body());
        assertTrue(refused.body().contains("Article keeping the photo"), "the message names the article: " + refused.body());
        boolean kept = host.host().context().repository().call("dam", s -> s.getNodeByIdentifier(key.substring(4)) != null);
        assertTrue(kept, "not deleted");

        String free = asset("free.png", "Free photo", png(40, 30), 40, 30);
        assertEquals(403, editor.postWithToken("/assets/delete", Map.of("id", free.substring(4))).statusCode(), "an editor may not delete");
        assertEquals(403, admin.post("/assets/delete", Map.of("id", free.substring(4))).statusCode(), "no CSRF token");
        String path = damPath(free);
        publish("dam", path);
        String url = damUrl(free);
        assertEquals(200, host.get(url).statusCode(), "published");
        HttpResponse<String> deleted = admin.postWithToken("/assets/delete", Map.of("id", free.substring(4)));
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertTrue(deleted.headers().firstValue("Location").orElse("").contains("done=deleted"));
        assertEquals(404, host.get(url).statusCode(), "unpublished with it");
        boolean exists = host.host().context().repository().call("dam", s -> s.nodeExists(path));
        assertFalse(exists, "gone from the author side");
        assertTrue(host.host().context().audit().find(new AuditFilter(java.util.Set.of(AuditAction.DELETED), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), 100, 0)).stream()
                .anyMatch(r -> r.action() == AuditAction.DELETED && r.subject().equals("dam:" + path) && r.actor().equals("superuser")),
                "audited");
    }

    @Test
    void replaceKeepsTheIdentifierAndThePageShowsTheNewFile() throws Exception {
        String key = asset("replaced.png", "Replaced photo", png(300, 200), 300, 200);
        String path = article("Article with a replaced photo", key, null);
        publish("dam", damPath(key));
        publish("news", path);
        String page = "/news" + path + ".html";
        assertEquals(200, host.get(page).statusCode());
        assertEquals(200, host.get(damUrl(key)).statusCode());

        HttpResponse<String> notImage = admin.upload("/assets/replace", Map.of("id", key.substring(4)), "file", "notes.txt",
                "just text".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notImage.statusCode());
        assertTrue(notImage.body().contains("id=\"replace-error\""), notImage.body());
        assertTrue(notImage.body().contains("“notes.txt” is not an image"), notImage.body());

        byte[] replacement = png(120, 80);
        HttpResponse<String> replaced = admin.upload("/assets/replace", Map.of("id", key.substring(4)), "file", "new-photo.png", replacement);
        assertEquals(303, replaced.statusCode(), replaced.body());
        assertTrue(replaced.headers().firstValue("Location").orElse("").contains("id=" + key.substring(4)));
        assertTrue(admin.get("/assets/edit?id=" + key.substring(4)).body().contains("120×80"));
        assertArrayEquals(replacement, admin.getBytes("/asset?id=" + key.substring(4)).body(), "the author side serves the new file");

        publish("dam", damPath(key));
        String html = host.get(page).body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(/dam/" + key + "/[^\" ,]+)").matcher(html);
        assertTrue(link.find(), html);
        HttpResponse<byte[]> served = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(host.uri(link.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, served.statusCode());
        assertArrayEquals(replacement, served.body(), "the article page's image is the new file");
    }
}
