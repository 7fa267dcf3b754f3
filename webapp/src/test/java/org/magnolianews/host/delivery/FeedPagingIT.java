package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.testing.RunningHost;

/**
 * Feeds paged with {@code before=<date>~<id>} over HTTP, with items that share a timestamp: every item
 * exactly once, in the same order whether Jackrabbit answers ({@code @ancestor=/} keeps the query away from
 * the newest-first index) or the index does.
 */
class FeedPagingIT {

    private static final String NEWS = "/.rest/delivery/news";
    private static final String SAME_MOMENT = "2019-05-05T10:00:00.000Z";
    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static DeliveryClient client;
    private static String subject;

    @BeforeAll
    static void start() throws Exception {
        client = new DeliveryClient(host);
        ContentService content = host.host().context().content();
        subject = client.json(NEWS + "?limit=1&orderBy=date%20desc").path("results").get(0).path("subjects").get(0).path("@id").asText();
        for (int i = 0; i < 7; i++) {
            content.create("news", Optional.of("/2019/05"), Optional.of("tie-" + i),
                    Map.of("title", "Tie " + i, "date", SAME_MOMENT, "subjects", List.of(subject)), "test");
        }
        content.publish("news", "/2019", false, "test");
        content.publish("news", "/2019/05", true, "test");
    }

    @Test
    void everyItemOnceAcrossPagesThatEndAmongItemsOfTheSameDate() throws Exception {
        for (String filter : List.of("", "&subjects=" + subject)) {
            List<JsonNode> whole = results(NEWS + "?limit=1000&orderBy=date%20desc&@ancestor=/" + filter);
            assertTrue(whole.stream().filter(item -> item.path("date").asText().equals(SAME_MOMENT)).count() >= 7);
            assertOrderedByDateThenIdentifier(whole);
            List<String> expected = whole.stream().map(item -> item.path("@id").asText()).toList();
            assertEquals(expected, walk(filter + "&@ancestor=/"), "Jackrabbit's pages " + filter);
            // The first requests build the index's columns in the background; walk until they answer.
            for (int round = 0; round < 3; round++) {
                assertEquals(expected, walk(filter), "pages, round " + round + " " + filter);
                Thread.sleep(300);
            }
        }
    }

    /** Pages of 3, each asked with the date and identifier of the last item of the page before. */
    private static List<String> walk(String filter) throws Exception {
        List<String> walked = new ArrayList<>();
        String before = null;
        for (int page = 0; page < 100; page++) {
            List<JsonNode> results = results(NEWS + "?orderBy=date%20desc&limit=3" + filter
                    + (before == null ? "" : "&before=" + URLEncoder.encode(before, StandardCharsets.UTF_8)));
            if (results.isEmpty()) {
                return walked;
            }
            results.forEach(item -> walked.add(item.path("@id").asText()));
            JsonNode last = results.get(results.size() - 1);
            before = last.path("date").asText() + "~" + last.path("@id").asText();
        }
        throw new AssertionError("the walk did not end: " + walked);
    }

    private static void assertOrderedByDateThenIdentifier(List<JsonNode> items) {
        for (int i = 1; i < items.size(); i++) {
            OffsetDateTime previous = OffsetDateTime.parse(items.get(i - 1).path("date").asText());
            OffsetDateTime current = OffsetDateTime.parse(items.get(i).path("date").asText());
            assertTrue(!current.isAfter(previous), "newest first at " + i);
            if (current.isEqual(previous)) {
                assertTrue(items.get(i - 1).path("@id").asText().compareTo(items.get(i).path("@id").asText()) < 0,
                        "same date: identifiers ascending at " + i);
            }
        }
    }

    private static List<JsonNode> results(String pathAndQuery) throws Exception {
        List<JsonNode> results = new ArrayList<>();
        client.json(pathAndQuery).path("results").forEach(results::add);
        return results;
    }
}
