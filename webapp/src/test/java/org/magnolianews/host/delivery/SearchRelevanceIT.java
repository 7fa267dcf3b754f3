package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.testing.RunningHost;

/**
 * A delivery query with {@code q} and no {@code orderBy} gives the best match first (docs/delivery.md): items are
 * written weakest match first, so an answer in the index's own (writing) order fails; in English and, with
 * {@code lang=ru}, in Russian through its analyser (the query word in another form than the text's).
 */
class SearchRelevanceIT {

    private static final String NEWS = "/.rest/delivery/news";
    private static final String USER = "test";
    private static final String FILLER = "The council met on Tuesday and discussed the budget of the coming year at length. ";
    private static final String FILLER_RU = "Совет собрался во вторник и долго обсуждал бюджет на следующий год. ";
    private static RunningHost host;
    private static DeliveryClient client;
    private static ContentService content;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContent();
        client = new DeliveryClient(host);
        content = host.host().context().content();
        // weakest first: the word once in a long body; then in the lead too; then in title, lead and body
        publish("weak-wombatrank", Map.of("title", "Weak match report", "lead", FILLER,
                "body", "<p>" + FILLER.repeat(12) + "A wombatrank was seen.</p>"));
        publish("middle-wombatrank", Map.of("title", "Middle match report", "lead", "A wombatrank was seen. " + FILLER,
                "body", "<p>" + FILLER.repeat(3) + "The wombatrank again.</p>"));
        publish("strong-wombatrank", Map.of("title", "Wombatrank wombatrank", "lead", "Wombatrank and wombatrank.",
                "body", "<p>Wombatrank wombatrank wombatrank.</p>"));
        publish("weak-vombatrang", Map.of("title", "Russian weak report", "title_ru", "Слабое совпадение", "lead_ru", FILLER_RU,
                "body_ru", "<p>" + FILLER_RU.repeat(12) + "Видели вомбатранга.</p>"));
        publish("strong-vombatrang", Map.of("title", "Russian strong report", "title_ru", "Вомбатранги и вомбатранг", "lead_ru", "Вомбатранга видели вомбатранги.",
                "body_ru", "<p>Вомбатрангу вомбатранг.</p>"));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static void publish(String slug, Map<String, Object> text) {
        Map<String, Object> values = new java.util.HashMap<>(text);
        values.put("date", "2019-06-0" + (1 + slug.length() % 8) + "T10:00:00+00:00");
        ContentService.Created created = content.create("news", Optional.empty(), Optional.of(slug), values, USER);
        String month = created.path().substring(0, created.path().lastIndexOf('/'));
        content.publish("news", month.substring(0, month.lastIndexOf('/')), false, USER);
        content.publish("news", month, false, USER);
        content.publish("news", created.path(), false, USER);
    }

    @Test
    void bestMatchFirstInEnglish() throws Exception {
        assertEquals(List.of("strong-wombatrank", "middle-wombatrank", "weak-wombatrank"), client.names(NEWS + "?q=wombatrank"));
        assertEquals(List.of("middle-wombatrank"), client.names(NEWS + "?q=wombatrank&limit=1&offset=1"), "pages follow the same order");
    }

    @Test
    void bestMatchFirstInRussianThroughItsAnalyser() throws Exception {
        String word = URLEncoder.encode("вомбатрангов", StandardCharsets.UTF_8); // a form neither text has
        assertEquals(List.of("strong-vombatrang", "weak-vombatrang"), client.names(NEWS + "?q=" + word + "&lang=ru"));
    }

    @Test
    void anExplicitOrderStillWins() throws Exception {
        List<String> byTitle = client.names(NEWS + "?q=wombatrank&orderBy=title%20asc");
        assertEquals(List.of("middle-wombatrank", "weak-wombatrank", "strong-wombatrank"), byTitle);
    }
}
