package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.testing.RunningHost;

/**
 * Only published content is served, and a publish or unpublish shows at once through the response
 * cache. Content is written and published through the ContentService, the one write path.
 */
class DeliveryPublicationIT {

    private static final String NEWS = "/.rest/delivery/news";
    private static final String USER = "test";
    private static RunningHost host;
    private static DeliveryClient client;
    private static ContentService content;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContentAndProperty(DeliverySettings.MAX_AGE, "7");
        client = new DeliveryClient(host);
        content = host.host().context().content();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    /** A draft article in its own month folder; the folders are published, the article is not. */
    private static ContentService.Created draft(String title, String date, Map<String, Object> more) {
        Map<String, Object> values = new java.util.HashMap<>(Map.of("title", title, "date", date));
        values.putAll(more);
        ContentService.Created created = content.create("news", Optional.empty(), Optional.empty(), values, USER);
        String month = created.path().substring(0, created.path().lastIndexOf('/'));
        String year = month.substring(0, month.lastIndexOf('/'));
        content.publish("news", year, false, USER);
        content.publish("news", month, false, USER);
        return created;
    }

    @Test
    void anUnpublishedItemIsNotServedThroughAnyDoor() throws Exception {
        ContentService.Created draft = draft("Quokkadraft sighting in the archive", "2031-03-01T10:00:00+00:00", Map.of());
        assertEquals("pathNotFound", client.error(404, NEWS + draft.path()).path("code").asText());
        assertEquals(List.of(), client.names(NEWS + "?q=quokkadraft"));
        assertEquals(List.of(), client.names(NEWS + "?@ancestor=/2031"));
        assertEquals(List.of(), client.names(NEWS + "?@jcr:uuid=" + draft.identifier()));
        assertEquals(List.of(), client.names(NEWS + "?title[like]=Quokkadraft%25"));
        assertEquals("[]", client.get(NEWS + "/2031/03@nodes").body());
        assertFalse(client.names(NEWS + "?orderBy=date%20desc&limit=1").contains(draft.path().substring(draft.path().lastIndexOf('/') + 1)),
                "the newest item of the feed is not the (newer) draft");
    }

    @Test
    void publishShowsAtOnceAndUnpublishHidesAtOnceThroughTheCache() throws Exception {
        ContentService.Created draft = draft("Pangolinfeed first version", "2040-05-01T10:00:00+00:00", Map.of());
        String name = draft.path().substring(draft.path().lastIndexOf('/') + 1);
        String latest = NEWS + "?orderBy=date%20desc&limit=3";
        // Warm the cache with the lists and reads the publication must change.
        assertFalse(client.names(latest).contains(name));
        assertEquals(List.of(), client.names(NEWS + "?q=pangolinfeed"));
        assertEquals("[]", client.get(NEWS + "/2040/05@nodes").body());
        client.error(404, NEWS + draft.path());
        String listEtag = client.get(latest).headers().firstValue("ETag").orElseThrow();

        content.publish("news", draft.path(), false, USER);
        assertEquals(name, client.names(latest).get(0), "the latest list shows the item as soon as publish returns");
        assertEquals(List.of(name), client.names(NEWS + "?q=pangolinfeed"));
        assertTrue(client.get(NEWS + "/2040/05@nodes").body().contains(name));
        JsonNode item = client.json(NEWS + draft.path());
        assertEquals("Pangolinfeed first version", item.path("title").asText());
        HttpResponse<String> revalidated = client.get(latest, "If-None-Match", listEtag);
        assertEquals(200, revalidated.statusCode(), "the old ETag no longer matches");
        String itemEtag = client.get(NEWS + draft.path()).headers().firstValue("ETag").orElseThrow();

        content.update("news", draft.path(), Map.of("title", "Pangolinfeed second version"), Optional.empty(), USER);
        assertEquals("Pangolinfeed first version", client.json(NEWS + draft.path()).path("title").asText(),
                "a saved but unpublished change is not served");
        content.publish("news", draft.path(), false, USER);
        assertEquals("Pangolinfeed second version", client.json(NEWS + draft.path()).path("title").asText());
        assertEquals("Pangolinfeed second version", client.values(latest, "title").get(0));
        assertNotEquals(itemEtag, client.get(NEWS + draft.path()).headers().firstValue("ETag").orElseThrow());

        content.unpublish("news", draft.path(), USER);
        client.error(404, NEWS + draft.path());
        assertFalse(client.names(latest).contains(name));
        assertEquals(List.of(), client.names(NEWS + "?q=pangolinfeed"));
        assertEquals("[]", client.get(NEWS + "/2040/05@nodes").body());
    }

    @Test
    void referencesToUnpublishedItemsResolveAsAbsentUntilTheyArePublished() throws Exception {
        ContentService.Created hiddenSubject = content.create("subject", Optional.empty(), Optional.empty(),
                Map.of("name", "Okapi hidden subject"), USER);
        ContentService.Created hiddenNews = draft("Okapi unpublished neighbour", "2033-01-01T10:00:00+00:00", Map.of());
        String politics = client.json(NEWS + DeliveryClient.SEED).path("subjects").get(0).path("@id").asText();
        String asset = host.host().context().assets().create("/okapi", new AssetStore.Upload("okapi.png", "image/png", png(), 40, 30),
                Map.of("caption", "An okapi"), USER);
        ContentService.Created article = draft("Okapi article with references", "2033-01-02T10:00:00+00:00",
                Map.of("subjects", List.of(politics, hiddenSubject.identifier()), "relatedNews", List.of(hiddenNews.identifier()),
                        "image", asset));
        content.publish("news", article.path(), false, USER);

        HttpResponse<String> response = client.get(NEWS + article.path());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode item = org.magnolianews.host.http.Json.MAPPER.readTree(response.body());
        assertEquals(1, item.path("subjects").size(), "only the published subject");
        assertEquals(politics, item.path("subjects").get(0).path("@id").asText());
        assertEquals(0, item.path("relatedNews").size());
        assertFalse(item.has("image"), "an unpublished image is absent");
        for (String secret : List.of(hiddenSubject.identifier(), hiddenNews.identifier(), asset.substring(4), "Okapi hidden", "Okapi unpublished")) {
            assertFalse(response.body().contains(secret), "leaks " + secret);
        }
        String damLink = "/dam/" + asset + "/okapi.png";
        assertEquals(404, client.get(damLink).statusCode());
        String listUrl = NEWS + "?title[like]=Okapi%25&orderBy=date%20desc";
        assertEquals(1, client.json(listUrl).path("results").get(0).path("subjects").size());

        content.publish("subjects", hiddenSubject.path(), false, USER);
        content.publish("news", hiddenNews.path(), false, USER);
        content.publish("dam", "/okapi", true, USER);
        JsonNode now = client.json(NEWS + article.path());
        assertEquals(2, now.path("subjects").size(), "the cached response was dropped when the subject was published");
        assertEquals("Okapi hidden subject", now.path("subjects").get(1).path("name").asText());
        assertEquals(hiddenNews.identifier(), now.path("relatedNews").get(0).path("@id").asText());
        assertEquals("/dam/" + asset + "/okapi.png", now.path("image").path("@link").asText());
        assertEquals("An okapi", now.path("image").path("metadata").path("caption").asText());
        assertEquals(200, client.get(damLink).statusCode());
        JsonNode listed = client.json(listUrl).path("results");
        assertEquals(2, listed.get(0).path("subjects").size(), "lists that embed the article changed too");

        content.unpublish("subjects", hiddenSubject.path(), USER);
        assertEquals(1, client.json(NEWS + article.path()).path("subjects").size(), "unpublishing a target drops it again");
        content.unpublish("dam", "/okapi", USER);
        assertFalse(client.json(NEWS + article.path()).has("image"));
        assertEquals(404, client.get(damLink).statusCode());
    }

    @Test
    void maxAgeIsConfigurable() throws Exception {
        assertEquals("public, max-age=7, s-maxage=3600", client.get(NEWS + DeliveryClient.SEED).headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", client.get(NEWS + "/nope").headers().firstValue("Cache-Control").orElse(""), "errors are not cached");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
