package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.magnolianews.host.delivery.DeliveryClient.SEED;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/** Reading nodes and children through the delivery endpoints: shape, references, languages, HTTP caching. */
class DeliveryReadIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static DeliveryClient client;

    @BeforeAll
    static void start() throws Exception {
        client = new DeliveryClient(host);
    }

    @Test
    void readByPathHasMagnoliaShape() throws Exception {
        JsonNode item = client.json("/.rest/delivery/news" + SEED);
        List<String> keys = new ArrayList<>();
        item.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("@name", "@path", "@id", "@nodeType"), keys.subList(0, 4));
        assertEquals("@nodes", keys.get(keys.size() - 1));
        assertEquals("putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature", item.path("@name").asText());
        assertEquals(SEED, item.path("@path").asText());
        assertTrue(item.path("@id").asText().matches("[0-9a-f-]{36}"), item.path("@id").asText());
        assertEquals("news:article", item.path("@nodeType").asText());
        assertEquals("Putin and Abe discuss North Korean crisis and peace treaty signature", item.path("title").asText());
        assertEquals("2017-11-10T14:05:00.000+03:00", item.path("date").asText(), "dates keep their offset and millis");
        assertTrue(item.path("mgnl:created").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)"));
        JsonNode correction = item.path("corrections0");
        assertEquals("mgnl:contentNode", correction.path("@nodeType").asText());
        assertEquals(SEED + "/corrections0", correction.path("@path").asText());
        assertTrue(correction.path("note").isTextual());
        assertEquals("[\"corrections0\"]", item.path("@nodes").toString());
        assertFalse(item.has("title_ru"), "i18n variants are merged, not listed");
    }

    @Test
    void referencesAreResolvedToPublishedTargets() throws Exception {
        JsonNode item = client.json("/.rest/delivery/news" + SEED);
        JsonNode subjects = item.path("subjects");
        assertEquals(4, subjects.size());
        for (JsonNode subject : subjects) {
            assertEquals("news:subject", subject.path("@nodeType").asText());
            assertTrue(subject.path("name").isTextual(), subject.toString());
            assertEquals("[]", subject.path("@nodes").toString());
        }
        assertEquals("politics", subjects.get(0).path("@name").asText());
        JsonNode related = item.path("relatedNews");
        assertEquals(3, related.size());
        for (JsonNode news : related) {
            String link = news.path("@link").asText();
            assertTrue(link.startsWith("/.rest/delivery/news/"), link);
            assertEquals(news.path("@id").asText(), client.json(link).path("@id").asText(), "the generated link reads the same item");
            assertTrue(news.path("subjects").get(0).isTextual(), "references of references stay identifiers (referenceDepth 1)");
        }
    }

    @Test
    void imageIsAnAssetWithLinkMetadataAndWorkingRenditions() throws Exception {
        JsonNode image = client.json("/.rest/delivery/news" + SEED).path("image");
        String id = image.path("@id").asText();
        assertTrue(id.matches("jcr:[0-9a-f-]{36}"), id);
        assertEquals("/dam/" + id + "/putin-abe-da-nang.jpg", image.path("@link").asText());
        assertEquals("putin-abe-da-nang.jpg", image.path("metadata").path("fileName").asText());
        assertEquals("image/jpeg", image.path("metadata").path("mimeType").asText());
        HttpResponse<byte[]> original = bytes(image.path("@link").asText());
        assertEquals(200, original.statusCode());
        assertEquals("image/jpeg", original.headers().firstValue("Content-Type").orElse(""));
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(original.body()));
        assertEquals(image.path("metadata").path("width").asInt(), full.getWidth());
        for (String rendition : List.of("480x360", "960x720")) {
            String link = image.path("renditions").path(rendition).path("link").asText();
            HttpResponse<byte[]> scaled = bytes(link);
            assertEquals(200, scaled.statusCode(), link);
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(scaled.body()));
            int boxWidth = Integer.parseInt(rendition.split("x")[0]);
            int boxHeight = Integer.parseInt(rendition.split("x")[1]);
            assertTrue(picture.getWidth() <= boxWidth && picture.getHeight() <= boxHeight, rendition + ": " + picture.getWidth() + "x" + picture.getHeight());
            assertTrue(picture.getWidth() == Math.min(boxWidth, full.getWidth()) || picture.getHeight() == Math.min(boxHeight, full.getHeight()),
                    "fits the box on one side");
        }
        assertEquals(404, bytes(image.path("@link").asText().replace(".jpg", "-other.jpg")).statusCode(), "file name must match");
        assertEquals(404, bytes(image.path("renditions").path("480x360").path("link").asText().replace("480x360", "4000x4000")).statusCode(),
                "only declared renditions are produced");
    }

    @Test
    void childrenOfAFolderAreItsPublishedItems() throws Exception {
        HttpResponse<String> response = client.get("/.rest/delivery/news/2017/11@nodes");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode children = org.magnolianews.host.http.Json.MAPPER.readTree(response.body());
        assertTrue(children.isArray());
        List<String> paths = new ArrayList<>();
        children.forEach(c -> paths.add(c.path("@path").asText()));
        assertTrue(paths.contains(SEED), paths.toString());
        paths.forEach(p -> assertTrue(p.startsWith("/2017/11/"), p));
        assertEquals(200, client.get("/.rest/delivery/news/2017/11/@nodes").statusCode(), "the /@nodes spelling works too");
    }

    @Test
    void languageComesFromLangOrAcceptLanguageUnderThePlainKey() throws Exception {
        String russian = "Путин и Абэ обсудили кризис вокруг КНДР и подписание мирного договора";
        assertEquals(russian, client.json("/.rest/delivery/news" + SEED + "?lang=ru").path("title").asText());
        assertEquals(russian, client.json("/.rest/delivery/news" + SEED + "?lang=ru-RU").path("title").asText());
        HttpResponse<String> byHeader = client.get("/.rest/delivery/news" + SEED, "Accept-Language", "de;q=1, ru-RU;q=0.9, en;q=0.5");
        assertTrue(byHeader.body().contains(russian), "Accept-Language picks the best supported language");
        assertEquals("Accept-Language, Accept-Encoding", byHeader.headers().firstValue("Vary").orElse(""));
        HttpResponse<String> langWins = client.get("/.rest/delivery/news" + SEED + "?lang=en", "Accept-Language", "ru");
        assertTrue(langWins.body().contains("Putin and Abe discuss"), "lang wins over the header");
        JsonNode raw = client.json("/.rest/delivery/news" + SEED + "?lang=all");
        assertEquals(russian, raw.path("title_ru").asText(), "lang=all returns stored names unmerged");
        assertEquals("Политика", client.json("/.rest/delivery/news" + SEED + "?lang=ru").path("subjects").get(0).path("name").asText(),
                "resolved references are in the same language");
        assertEquals("invalidValueFormat", client.error(400, "/.rest/delivery/news" + SEED + "?lang=%3Cscript%3E").path("code").asText());
    }

    @Test
    void missingTranslationsFallBackAndEachItemSaysWhichLanguagesItHas() throws Exception {
        JsonNode seed = client.json("/.rest/delivery/news" + SEED + "?lang=ru");
        assertEquals("/.rest/delivery/news" + SEED + "?lang=en", seed.path("@languages").path("en").asText());
        assertEquals("/.rest/delivery/news" + SEED + "?lang=ru", seed.path("@languages").path("ru").asText());
        assertEquals("Путин и Абэ обсудили кризис вокруг КНДР и подписание мирного договора",
                client.json(seed.path("@languages").path("ru").asText()).path("title").asText());

        JsonNode englishOnly = client.json("/.rest/delivery/news?@name[like]=trump-and-kim%25&lang=ru").path("results").get(0);
        assertEquals("Trump and Kim sign joint statement at Singapore summit", englishOnly.path("title").asText(), "ru falls back to en");
        assertEquals(List.of("en"), keys(englishOnly.path("@languages")));

        JsonNode russianOnlyInEnglish = client.json("/.rest/delivery/news?@name[like]=putin-i-kim%25&lang=en").path("results").get(0);
        assertFalse(russianOnlyInEnglish.has("title"), "en has no fallback: no Russian text under an English request");
        assertEquals(List.of("ru"), keys(russianOnlyInEnglish.path("@languages")));
        JsonNode russianOnly = client.json("/.rest/delivery/news?@name[like]=putin-i-kim%25&lang=ru").path("results").get(0);
        assertTrue(russianOnly.path("title").asText().startsWith("Путин и Ким Чен Ын"));
    }

    @Test
    void otherEndpointsOfTheModuleAreServedFromTheirYaml() throws Exception {
        JsonNode page = client.json("/.rest/delivery/pages/home");
        assertEquals("mgnl:page", page.path("@nodeType").asText());
        assertTrue(page.path("@nodes").size() > 0, "pages are served with their areas and components (depth 10)");
        JsonNode subjects = client.json("/.rest/delivery/subjects?@name=russia-japan-relations").path("results");
        assertEquals(1, subjects.size());
        assertTrue(subjects.get(0).path("parent").asText().matches("[0-9a-f-]{36}"), "expand: false keeps the identifier");
        assertFalse(subjects.get(0).has("mgnl:created"), "includeSystemProperties: false");
        JsonNode publications = client.json("/.rest/delivery/publications?limit=50").path("results");
        assertTrue(publications.size() > 0);
        assertEquals("news:publication", publications.get(0).path("@nodeType").asText());
    }

    @Test
    void missingPathsAndEndpointsAreMagnoliaErrors() throws Exception {
        JsonNode missing = client.error(404, "/.rest/delivery/news/2017/11/does-not-exist");
        assertEquals("pathNotFound", missing.path("code").asText());
        assertEquals("/2017/11/does-not-exist", missing.path("message").asText());
        assertEquals("pathNotFound", client.error(404, "/.rest/delivery/news/2017/11").path("code").asText(),
                "a folder is not an item of the endpoint");
        assertEquals("pathNotFound", client.error(404, "/.rest/delivery/news/2017/%5B1%5D").path("code").asText());
        assertEquals("notFound", client.error(404, "/.rest/delivery/no-such-endpoint/x").path("code").asText());
        HttpResponse<String> post = host.send(HttpRequest.newBuilder(host.uri("/.rest/delivery/news" + SEED))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, post.statusCode());
        assertTrue(post.body().contains("methodNotAllowed"), post.body());
    }

    @Test
    void responsesCarryAStrongEtagAndAnswer304ToIfNoneMatch() throws Exception {
        HttpResponse<String> first = client.get("/.rest/delivery/news" + SEED);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"") && !etag.startsWith("W/"), etag);
        assertEquals("public, max-age=60, s-maxage=3600", first.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> again = client.get("/.rest/delivery/news" + SEED, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(200, client.get("/.rest/delivery/news" + SEED, "If-None-Match", "\"something-else\"").statusCode());
        HttpResponse<String> russian = client.get("/.rest/delivery/news" + SEED + "?lang=ru", "If-None-Match", etag);
        assertEquals(200, russian.statusCode(), "another language is another representation");
        assertFalse(etag.equals(russian.headers().firstValue("ETag").orElse("")));
        assertEquals(304, client.get("/dam/" + client.json("/.rest/delivery/news" + SEED).path("image").path("@id").asText()
                + "/putin-abe-da-nang.jpg", "If-None-Match", etagOf("/dam/" + client.json("/.rest/delivery/news" + SEED)
                .path("image").path("@id").asText() + "/putin-abe-da-nang.jpg")).statusCode());
    }

    @Test
    void clientsThatAcceptGzipGetTheSameBodyCompressedWithItsOwnEtag() throws Exception {
        String url = "/.rest/delivery/news?orderBy=date%20desc&limit=5";
        HttpResponse<String> plain = client.get(url);
        HttpResponse<byte[]> compressed = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(host.uri(url))
                .header("Accept-Encoding", "gzip, deflate").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""));
        String unzipped = new String(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(plain.body(), unzipped);
        assertTrue(compressed.body().length * 2 < plain.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        String gzEtag = compressed.headers().firstValue("ETag").orElseThrow();
        assertFalse(gzEtag.equals(plain.headers().firstValue("ETag").orElseThrow()), "another representation, another strong ETag");
        HttpResponse<String> notModified = host.send(HttpRequest.newBuilder(host.uri(url)).header("Accept-Encoding", "gzip")
                .header("If-None-Match", gzEtag).GET().build());
        assertEquals(304, notModified.statusCode());
        assertEquals(null, client.get(url, "Accept-Encoding", "gzip;q=0, identity").headers().firstValue("Content-Encoding").orElse(null));
    }

    private static String etagOf(String path) throws Exception {
        return client.get(path).headers().firstValue("ETag").orElseThrow();
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(host.uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The OpenAPI document's delivery paths against the running host: each query path answers every
     * documented parameter with a valid value, and gives each documented status (200, 304, 400); each read
     * path gives 200, 304 and 404 for the item of its first result and for a missing one.
     */
    @Test
    void everyDocumentedDeliveryPathParameterAndStatusIsServed() throws Exception {
        JsonNode paths = Json.MAPPER.readTree(host.get("/.rest/openapi.json").body()).path("paths");
        java.util.Map<String, String> validValues = java.util.Map.of("lang", "ru", "limit", "2", "offset", "1",
                "orderBy", "mgnl:lastModified%20desc", "q", "the", "total", "true", "translated", "true",
                "before", "2100-01-01T00:00:00.000Z&orderBy=mgnl:lastModified%20desc");
        int queryPaths = 0;
        int readPaths = 0;
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> entry = it.next();
            if (!"delivery".equals(entry.getValue().path("x-magnolia-news-feature").asText()) || entry.getKey().endsWith("{path}")) {
                continue;
            }
            String query = "/.rest" + entry.getKey();
            JsonNode operation = entry.getValue().path("get");
            HttpResponse<String> first = client.get(query + "?limit=1");
            assertEquals(200, first.statusCode(), query + " → " + first.body());
            for (JsonNode parameter : operation.path("parameters")) {
                String name = parameter.path("name").asText();
                assertTrue(validValues.containsKey(name), "the test knows a valid value of documented parameter " + name);
                HttpResponse<String> response = client.get(query + "?" + name + "=" + validValues.get(name));
                assertEquals(200, response.statusCode(), query + " with " + name + " → " + response.body());
            }
            assertEquals(304, client.get(query + "?limit=1", "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode());
            assertEquals(400, client.get(query + "?limit=-1").statusCode());
            for (String status : List.of("200", "304", "400")) {
                assertTrue(operation.path("responses").has(status), query + " documents " + status);
            }
            queryPaths++;

            JsonNode read = paths.path(entry.getKey() + "/{path}").path("get");
            assertTrue(read.isObject(), entry.getKey() + " has a documented read path");
            JsonNode item = Json.MAPPER.readTree(first.body()).path("results").get(0);
            String itemUrl = query + item.path("@path").asText();
            HttpResponse<String> found = client.get(itemUrl);
            assertEquals(200, found.statusCode(), itemUrl);
            assertEquals(304, client.get(itemUrl, "If-None-Match", found.headers().firstValue("ETag").orElseThrow()).statusCode());
            assertEquals(404, client.get(query + "/no/such/item").statusCode());
            for (String status : List.of("200", "304", "404")) {
                assertTrue(read.path("responses").has(status), itemUrl + " documents " + status);
            }
            readPaths++;
        }
        assertEquals(4, queryPaths, "news, publications, subjects, pages");
        assertEquals(4, readPaths);
    }
}
