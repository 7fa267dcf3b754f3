package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * What a client learns about languages from a delivery response (issue 10, delivery defaults): the
 * language each item is served in, the response's Content-Language (also when the language asked for is
 * not offered), only the items that exist in a language when asked, and a clear 400 for a reference
 * filter given a name instead of an identifier. The sample content has an English-only and a
 * Russian-only article beside bilingual ones.
 */
class DeliveryLanguagesIT {

    private static final String NEWS = "/.rest/delivery/news";
    private static final String ENGLISH_ONLY = "trump-and-kim%25";
    private static final String RUSSIAN_ONLY = "putin-i-kim%25";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static DeliveryClient client;

    @BeforeAll
    static void client() {
        client = new DeliveryClient(host);
    }

    @Test
    void everyItemSaysWhichLanguageItIsServedIn() throws Exception {
        JsonNode englishOnlyInRussian = first(NEWS + "?@name[like]=" + ENGLISH_ONLY + "&lang=ru");
        assertEquals("en", englishOnlyInRussian.path("@language").asText(), "served in the fallback, and says so");
        JsonNode russianOnlyInRussian = first(NEWS + "?@name[like]=" + RUSSIAN_ONLY + "&lang=ru");
        assertEquals("ru", russianOnlyInRussian.path("@language").asText());
        JsonNode russianOnlyInEnglish = first(NEWS + "?@name[like]=" + RUSSIAN_ONLY + "&lang=en");
        assertTrue(russianOnlyInEnglish.has("@language") && russianOnlyInEnglish.path("@language").isNull(),
                "no text in the language asked for nor its fallbacks: null, and @languages says where it is: " + russianOnlyInEnglish);
        assertEquals("ru", russianOnlyInEnglish.path("@languages").fieldNames().next());
        assertEquals("ru", client.json(NEWS + DeliveryClient.SEED + "?lang=ru").path("@language").asText(), "reads too");
        assertFalse(client.json(NEWS + DeliveryClient.SEED + "?lang=all").has("@language"), "lang=all is every language, unmerged");
    }

    /**
     * Issue 10: an item is in a language when the content type's required i18n fields (a news item's title) have a
     * value in it; a Russian photo credit alone does not make an English-only item Russian (docs/delivery.md).
     */
    @Test
    void aTranslatedSideFieldAloneDoesNotMakeAnItemExistInThatLanguage() throws Exception {
        String path = host.host().context().repository().call("news_live", session -> {
            javax.jcr.query.Query query = session.getWorkspace().getQueryManager().createQuery(
                    "/jcr:root//element(*, news:article)[jcr:like(fn:name(), 'trump-and-kim%')]", "xpath");
            javax.jcr.Node item = query.execute().getNodes().nextNode();
            item.setProperty("imageCredit_ru", "Фото: Рейтер");
            session.save();
            return item.getPath();
        });
        JsonNode inRussian = client.json(NEWS + path + "?lang=ru");
        assertEquals(List.of("en"), iterate(inRussian.path("@languages").fieldNames()), inRussian.toString());
        assertEquals("en", inRussian.path("@language").asText(), "served in the fallback: its title is English only");
        assertEquals("Фото: Рейтер", inRussian.path("imageCredit").asText(), "the Russian credit is still served in Russian");
        assertTrue(client.names(NEWS + "?@name[like]=" + ENGLISH_ONLY + "&lang=ru&translated=true").isEmpty(),
                "translated=true decides as @languages does");
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void theResponseNamesItsLanguageEvenForALanguageNotOffered() throws Exception {
        assertEquals("ru", client.get(NEWS + "?limit=1&lang=ru").headers().firstValue("Content-Language").orElse(null));
        assertEquals("en", client.get(NEWS + "?limit=1&lang=fr").headers().firstValue("Content-Language").orElse(null),
                "French is not offered: the default language answers, and says so");
        assertEquals("ru", client.get(NEWS + DeliveryClient.SEED, "Accept-Language", "ru-RU,ru;q=0.9").headers()
                .firstValue("Content-Language").orElse(null));
    }

    @Test
    void translatedKeepsOnlyItemsThatExistInTheLanguage() throws Exception {
        List<String> russian = languagesOf(NEWS + "?lang=ru&translated=true&limit=100");
        assertFalse(russian.isEmpty());
        assertTrue(russian.stream().allMatch("ru"::equals), "no English-only item in a Russian list: " + russian);
        assertTrue(languagesOf(NEWS + "?lang=ru&limit=100").contains("en"), "without it, the fallback still serves them");
        List<String> english = languagesOf(NEWS + "?lang=en&translated=true&orderBy=date%20desc&limit=100");
        assertTrue(english.stream().allMatch("en"::equals), "newest first too (not from the newest-first index): " + english);
        assertTrue(client.names(NEWS + "?@name[like]=" + RUSSIAN_ONLY + "&lang=en&translated=true").isEmpty());
        assertEquals(1, client.names(NEWS + "?@name[like]=" + RUSSIAN_ONLY + "&lang=ru&translated=true").size());

        assertEquals("invalidQuery", client.error(400, NEWS + "?lang=all&translated=true").path("code").asText());
        assertEquals("invalidQuery", client.error(400, "/.rest/delivery/pages?translated=true").path("code").asText(),
                "pages have no content type saying what is translatable");
        assertEquals("invalidValueFormat", client.error(400, NEWS + "?translated=maybe").path("code").asText());
    }

    @Test
    void aReferenceFilterGivenANameIsRefusedWithTheWayToTheIdentifier() throws Exception {
        JsonNode error = client.error(400, NEWS + "?subjects=korean-peninsula");
        assertEquals("invalidValueFormat", error.path("code").asText());
        assertTrue(error.path("message").asText().contains("not an identifier"), error.toString());
        assertTrue(error.path("message").asText().contains("?@name=korean-peninsula"), error.toString());
        String id = client.json("/.rest/delivery/subjects?@name=korean-peninsula").path("results").get(0).path("@id").asText();
        HttpResponse<String> byId = client.get(NEWS + "?subjects=" + id);
        assertEquals(200, byId.statusCode());
        assertFalse(client.names(NEWS + "?subjects=" + id).isEmpty(), "the identifier finds the subject's news");
    }

    private static JsonNode first(String url) throws Exception {
        JsonNode results = client.json(url).path("results");
        assertEquals(1, results.size(), url + " → " + results);
        return results.get(0);
    }

    private static List<String> languagesOf(String url) throws Exception {
        List<String> languages = new ArrayList<>();
        for (JsonNode item : client.json(url).path("results")) {
            languages.add(item.path("@language").asText());
        }
        return languages;
    }
}
