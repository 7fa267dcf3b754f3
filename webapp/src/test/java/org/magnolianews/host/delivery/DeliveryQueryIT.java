package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * Queries over HTTP against the sample content. Expected results are computed from the full
 * published list fetched first, so each filter is checked against what it should select.
 */
class DeliveryQueryIT {

    private static final String NEWS = "/.rest/delivery/news";
    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static DeliveryClient client;
    private static List<JsonNode> all;

    @BeforeAll
    static void start() throws Exception {
        client = new DeliveryClient(host);
        all = new ArrayList<>();
        client.json(NEWS + "?limit=1000&orderBy=date%20desc").path("results").forEach(all::add);
        assertTrue(all.size() >= 15, "sample content has the news items");
    }

    private static List<String> expected(Predicate<JsonNode> filter) {
        return all.stream().filter(filter).map(n -> n.path("@name").asText()).sorted().toList();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private static OffsetDateTime date(JsonNode item) {
        return OffsetDateTime.parse(item.path("date").asText());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void orderByDateDescendingAndPagingWithLimitAndOffset() throws Exception {
        for (int i = 1; i < all.size(); i++) {
            assertFalse(date(all.get(i)).isAfter(date(all.get(i - 1))), "sorted by date, newest first");
        }
        List<String> names = all.stream().map(n -> n.path("@name").asText()).toList();
        assertEquals(names.subList(0, 10), client.names(NEWS + "?orderBy=date%20desc"), "the endpoint's default limit is 10");
        assertEquals(names.subList(3, 6), client.names(NEWS + "?orderBy=date%20desc&limit=3&offset=3"));
        List<String> ascending = client.names(NEWS + "?orderBy=date%20asc&limit=1000");
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, ascending);
    }

    @Test
    void orderBySeveralKeys() throws Exception {
        List<JsonNode> results = new ArrayList<>();
        client.json(NEWS + "?sourceAgency[null]=false&orderBy=" + enc("sourceAgency asc,date desc") + "&limit=1000").path("results").forEach(results::add);
        List<JsonNode> expected = new ArrayList<>(all.stream().filter(n -> n.has("sourceAgency")).toList());
        expected.sort(Comparator.comparing((JsonNode n) -> n.path("sourceAgency").asText()).thenComparing(DeliveryQueryIT::date, Comparator.reverseOrder()));
        assertEquals(expected.stream().map(n -> n.path("@name").asText()).toList(), results.stream().map(n -> n.path("@name").asText()).toList());
        assertTrue(expected.stream().map(n -> n.path("sourceAgency").asText()).distinct().count() > 1, "several agencies, so both keys matter");
    }

    @Test
    void fullTextSearchFindsEnglishAndRussianWords() throws Exception {
        List<String> kurils = client.names(NEWS + "?q=Kurils&limit=100");
        // English stemming: "Kurils" finds "Kuril" too (SiteSearchIT has the morphology cases)
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\bKurils?\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
        assertEquals(expected(n -> List.of("title", "lead", "body", "imageCaption", "sourceAttribution").stream()
                .anyMatch(f -> word.matcher(n.path(f).asText()).find())), sorted(kurils));
        assertFalse(kurils.isEmpty());
        List<String> putin = client.names(NEWS + "?q=" + enc("Путин") + "&limit=100&lang=ru");
        assertTrue(putin.stream().anyMatch(n -> n.startsWith("putin-i-kim")), "a Russian-only item is found by a Russian word: " + putin);
        assertTrue(putin.contains("putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature"));
        assertEquals(List.of(), client.names(NEWS + "?q=zzzqqqxxx"));
        List<String> both = client.names(NEWS + "?q=" + enc("Putin Abe") + "&limit=100");
        assertTrue(both.size() > 0 && both.size() < all.size(), "several words all have to match");
    }

    @Test
    void comparisonOperatorsOnDates() throws Exception {
        OffsetDateTime pivot = OffsetDateTime.parse("2018-06-12T16:20:00+08:00");
        String value = enc("2018-06-12T16:20:00.000+08:00");
        assertEquals(expected(n -> date(n).isEqual(pivot)), sorted(client.names(NEWS + "?date=" + value + "&limit=100")));
        assertEquals(expected(n -> date(n).isEqual(pivot)), sorted(client.names(NEWS + "?date[eq]=" + value + "&limit=100")));
        assertEquals(expected(n -> !date(n).isEqual(pivot)), sorted(client.names(NEWS + "?date[ne]=" + value + "&limit=100")));
        assertEquals(expected(n -> date(n).isAfter(pivot)), sorted(client.names(NEWS + "?date[gt]=" + value + "&limit=100")));
        assertEquals(expected(n -> date(n).isBefore(pivot)), sorted(client.names(NEWS + "?date[lt]=" + value + "&limit=100")));
        assertEquals(expected(n -> !date(n).isBefore(pivot)), sorted(client.names(NEWS + "?date[gte]=" + value + "&limit=100")));
        assertEquals(expected(n -> !date(n).isAfter(pivot)), sorted(client.names(NEWS + "?date[lte]=" + value + "&limit=100")));
        OffsetDateTime from = OffsetDateTime.parse("2017-01-01T00:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2018-12-31T00:00:00Z");
        Predicate<JsonNode> inRange = n -> !date(n).isBefore(from) && !date(n).isAfter(to);
        assertEquals(expected(inRange), sorted(client.names(NEWS + "?date[in]=2017-01-01~2018-12-31&limit=100")));
        assertEquals(expected(inRange.negate()), sorted(client.names(NEWS + "?date[not-in]=2017-01-01~2018-12-31&limit=100")));
        assertTrue(expected(inRange).size() > 0 && expected(inRange.negate()).size() > 0);
        assertEquals(expected(n -> date(n).isAfter(pivot)),
                sorted(client.names(NEWS + "?date[gt]=2018-06-12T16:20:00.000+08:00&limit=100")), "an unencoded + in an offset is understood");
    }

    @Test
    void textOperatorsAlternativesAndNull() throws Exception {
        assertEquals(expected(n -> n.path("sourceAgency").asText().equals("TASS")), sorted(client.names(NEWS + "?sourceAgency=TASS&limit=100")));
        Predicate<JsonNode> tassOrKyodo = n -> List.of("TASS", "Kyodo").contains(n.path("sourceAgency").asText());
        assertEquals(expected(tassOrKyodo), sorted(client.names(NEWS + "?sourceAgency=TASS%7CKyodo&limit=100")));
        assertEquals(expected(n -> n.has("sourceAgency") && !tassOrKyodo.test(n)),
                sorted(client.names(NEWS + "?sourceAgency[ne]=TASS%7CKyodo&limit=100")), "ne with alternatives: none of them");
        assertEquals(expected(n -> n.path("title").asText().contains("Kuril")), sorted(client.names(NEWS + "?title[like]=%25Kuril%25&limit=100")));
        assertEquals(expected(n -> !n.has("imageCredit")), sorted(client.names(NEWS + "?imageCredit[null]=true&limit=100")));
        assertEquals(expected(n -> n.has("imageCredit")), sorted(client.names(NEWS + "?imageCredit[null]=false&limit=100")));
        assertEquals(expected(n -> n.has("sourceAgency") && n.path("sourceAgency").asText().compareTo("L") > 0),
                sorted(client.names(NEWS + "?sourceAgency[gt]=L&limit=100")));
        assertEquals(expected(n -> n.path("title").asText().contains("Kuril") && n.path("sourceAgency").asText().equals("TASS")),
                sorted(client.names(NEWS + "?title[like]=%25Kuril%25&sourceAgency=TASS&limit=100")), "filters are AND-ed");
    }

    @Test
    void specialFiltersNameAncestorAndUuid() throws Exception {
        JsonNode seed = client.json(NEWS + DeliveryClient.SEED);
        assertEquals(List.of(seed.path("@name").asText()), client.names(NEWS + "?@name=" + seed.path("@name").asText()));
        assertEquals(expected(n -> n.path("@name").asText().startsWith("putin")), sorted(client.names(NEWS + "?@name[like]=putin%25&limit=100")));
        assertEquals(expected(n -> n.path("@path").asText().startsWith("/2017/")), sorted(client.names(NEWS + "?@ancestor=/2017&limit=100")));
        assertEquals(List.of(seed.path("@name").asText()), client.names(NEWS + "?@jcr:uuid=" + seed.path("@id").asText()));
        String politics = seed.path("subjects").get(0).path("@id").asText();
        assertEquals(expected(n -> n.path("subjects").findValuesAsText("@id").contains(politics)),
                sorted(client.names(NEWS + "?subjects=" + politics + "&limit=100")), "items of a subject, by its identifier");
    }

    @Test
    void keysetPagingWithBeforeWalksTheWholeFeed() throws Exception {
        List<String> walked = new ArrayList<>();
        String before = null;
        for (int page = 0; page < 50; page++) {
            List<JsonNode> results = new ArrayList<>();
            client.json(NEWS + "?orderBy=date%20desc&limit=4" + (before == null ? "" : "&before=" + enc(before))).path("results").forEach(results::add);
            if (results.isEmpty()) {
                break;
            }
            results.forEach(r -> walked.add(r.path("@name").asText()));
            before = results.get(results.size() - 1).path("date").asText();
        }
        assertEquals(all.stream().map(n -> n.path("@name").asText()).toList(), walked);
        assertEquals("invalidQuery", client.error(400, NEWS + "?before=2018-01-01").path("code").asText());
        assertEquals("invalidQuery", client.error(400, NEWS + "?before=2018-01-01&orderBy=title%20desc").path("code").asText());
    }

    @Test
    void totalOnlyWhenAsked() throws Exception {
        JsonNode page = client.json(NEWS + "?limit=2&total=true");
        assertEquals(all.size(), page.path("total").asInt());
        assertEquals(2, page.path("results").size());
        assertEquals(expected(n -> n.path("sourceAgency").asText().equals("TASS")).size(),
                client.json(NEWS + "?sourceAgency=TASS&total=true&limit=1").path("total").asInt());
        assertFalse(client.json(NEWS + "?limit=2").has("total"));
    }

    @Test
    void badParametersAre400sNamingTheParameter() throws Exception {
        assertError("invalidQuery", "nosuchproperty", NEWS + "?nosuchproperty=1");
        assertError("invalidQuery", "nosuchproperty", NEWS + "?orderBy=nosuchproperty");
        assertError("invalidValueFormat", "date[gt]", NEWS + "?date[gt]=2018-13-45");
        assertError("invalidValueFormat", "date", NEWS + "?date=yesterday");
        assertError("invalidValueFormat", "limit", NEWS + "?limit=-1");
        assertError("invalidValueFormat", "limit", NEWS + "?limit=100000");
        assertError("invalidValueFormat", "limit", NEWS + "?limit=ten");
        assertError("invalidValueFormat", "offset", NEWS + "?offset=-5");
        assertError("invalidValueFormat", "orderBy", NEWS + "?orderBy=date%20upwards");
        assertError("invalidQuery", "title[between]", NEWS + "?title[between]=a");
        assertError("invalidValueFormat", "date[in]", NEWS + "?date[in]=2018-01-01");
        assertError("invalidQuery", "date[like]", NEWS + "?date[like]=2018%25");
        assertError("invalidValueFormat", "@jcr:uuid", NEWS + "?@jcr:uuid=" + enc("' or 1=1"));
        assertError("invalidValueFormat", "total", NEWS + "?total=yes");
        assertError("invalidValueFormat", "q", NEWS + "?q=%22%29%28*%5E");
        assertError("invalidQuery", "limit", NEWS + "?limit=1&limit=2");
        assertError("invalidQuery", "@name[ne]", NEWS + "?@name[ne]=~"); // found by DeliveryBadInputIT: was a 500
    }

    @Test
    void injectionAttemptsAreRefusedOrMatchNothing() throws Exception {
        assertError("invalidQuery", "title']", NEWS + "?" + enc("title'] | //*[@x") + "=1");
        assertError("invalidQuery", "@ancestor", NEWS + "?@ancestor=/2017&@ancestor=/2018");
        assertError("invalidValueFormat", "@ancestor", NEWS + "?@ancestor=" + enc("/2017']//*['"));
        // Values are literals: quotes and XPath syntax inside them match nothing instead of everything.
        assertEquals(List.of(), client.names(NEWS + "?title=" + enc("' or '1'='1")));
        assertEquals(List.of(), client.names(NEWS + "?title[like]=" + enc("%' or jcr:like(@title, '%")));
        assertEquals(List.of(), client.names(NEWS + "?sourceAgency=" + enc("TASS' or @sourceAgency!='")));
        assertEquals(List.of(), client.names(NEWS + "?q=" + enc("') or jcr:contains(., 'putin")));
    }

    private static void assertError(String code, String named, String pathAndQuery) throws Exception {
        JsonNode error = client.error(400, pathAndQuery);
        assertEquals(code, error.path("code").asText(), pathAndQuery + " → " + error);
        assertTrue(error.path("message").asText().contains(named), pathAndQuery + " → message should name " + named + ": " + error);
    }
}
