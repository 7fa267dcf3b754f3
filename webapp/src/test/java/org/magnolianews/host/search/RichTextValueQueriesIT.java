package org.magnolianews.host.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.author.AuthorClient;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 13: every query that asks for rich-text values ({@code body}, {@code body_ru}) rather than their words gives
 * the answers it gave when the index held their whole-value terms: the delivery filters ({@code like}, {@code eq},
 * {@code ne}, ranges, {@code null}), {@code orderBy=body} with paging and {@code total}, and an asset's "used in"
 * (a DAM link in an item's body or body_ru, or in a page's rich-text component). Expected answers are computed from
 * the stored values with Jackrabbit's rules, so this passes on the index before the change and after it.
 */
class RichTextValueQueriesIT {

    private static final String NEWS = "/.rest/delivery/news";
    private static final String MINE = "title[like]=Quillwort%25";
    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static AuthorClient admin;
    /** Each fixture article's node name → its stored body (absent: none). */
    private static final Map<String, Optional<String>> BODIES = new LinkedHashMap<>();
    private static final Map<String, String> PATHS = new LinkedHashMap<>();
    private static String inBody;
    private static String inBodyRu;
    private static String onPage;
    private static String withBodyRu;
    private static String withLinkedBody;
    private static String mentioningOnly;

    @BeforeAll
    static void articles() throws Exception {
        admin = new AuthorClient(host.host().port());
        assertEquals(303, admin.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        inBody = asset("in-body.png");
        inBodyRu = asset("in-body-ru.png");
        onPage = asset("on-page.png");
        withLinkedBody = article("Quillwort alpha", "<p>alpha ZETAMARK one</p><p><img src=\"/dam/" + inBody + "/in-body.png\" alt=\"\"></p>", null);
        withBodyRu = article("Quillwort beta", "<p>beta two</p>", "<p>бета</p><p><img src=\"/dam/" + inBodyRu + "/in-body-ru.png\" alt=\"\"></p>");
        article("Quillwort gamma", null, null);
        article("Quillwort delta", "<p>alpha 100% sure_thing</p>", null);
        mentioningOnly = article("Quillwort epsilon", "<p>see " + inBody + " and " + inBodyRu + " in words only</p>", null);
        host.host().context().repository().call("website", s -> {
            javax.jcr.Node component = s.getNode("/home").addNode("rich-text-asset-use", "mgnl:component");
            component.setProperty("text", "<p><img src=\"/dam/" + onPage + "/on-page.png\" alt=\"\"></p>");
            s.save();
            return null;
        });
        for (String name : BODIES.keySet()) {
            String path = PATHS.get(name);
            String ancestor = "";
            for (String segment : path.substring(1).split("/")) {
                ancestor += "/" + segment;
                host.host().context().content().publish("news", ancestor, false, "test");
            }
            BODIES.put(name, host.host().context().repository().call("news", s -> s.getNode(path).hasProperty("body")
                    ? Optional.of(s.getNode(path).getProperty("body").getString()) : Optional.<String>empty()));
        }
        assertEquals(5, names(NEWS + "?" + MINE + "&limit=100").size(), "the fixture articles are published");
    }

    private static String asset(String fileName) throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        return host.host().context().assets().create("/uploads", new AssetStore.Upload(fileName, "image/png", png.toByteArray(), 20, 10),
                Map.of("title", fileName), "test");
    }

    /** Saves an article through the form; returns its node name. */
    private static String article(String title, String body, String bodyRu) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app", "news");
        fields.put("title", title);
        fields.put("date", "2025-02-03");
        if (body != null) {
            fields.put("body", body);
        }
        if (bodyRu != null) {
            fields.put("title_ru", title);
            fields.put("body_ru", bodyRu);
        }
        HttpResponse<String> saved = admin.postWithToken("/app/save", fields);
        assertEquals(303, saved.statusCode(), saved.body());
        String query = URI.create(saved.headers().firstValue("Location").orElseThrow()).getRawQuery();
        String path = java.net.URLDecoder.decode(query.replaceAll(".*path=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        String name = path.substring(path.lastIndexOf('/') + 1);
        BODIES.put(name, Optional.empty());
        PATHS.put(name, path);
        return name;
    }

    private static List<String> names(String url) throws Exception {
        HttpResponse<String> response = host.get(url);
        assertEquals(200, response.statusCode(), url + ": " + response.body());
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(response.body()).path("results").forEach(n -> names.add(n.path("@name").asText()));
        return names;
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private static List<String> expected(Predicate<Optional<String>> body) {
        return BODIES.entrySet().stream().filter(e -> body.test(e.getValue())).map(Map.Entry::getKey).sorted().toList();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String bodyOf(String name) {
        return BODIES.get(name).orElseThrow();
    }

    @Test
    void likeMatchesTheWholeValueCaseSensitivelyWithJackrabbitsEscapes() throws Exception {
        List<String> alpha = expected(b -> b.filter(v -> v.contains("alpha")).isPresent());
        assertEquals(2, alpha.size());
        assertEquals(alpha, sorted(names(NEWS + "?" + MINE + "&body[like]=%25alpha%25&limit=100")));
        assertEquals(alpha, sorted(names(NEWS + "?body[like]=%25alpha%25&limit=100")), "no other item's body says alpha");
        assertEquals(List.of(), names(NEWS + "?" + MINE + "&body[like]=%25ALPHA%25"), "case-sensitive, as jcr:like");
        assertEquals(List.of(), names(NEWS + "?" + MINE + "&body[like]=alpha%25"), "anchored at the start of the value");
        assertEquals(expected(b -> b.filter(v -> v.contains("100%")).isPresent()),
                sorted(names(NEWS + "?" + MINE + "&body[like]=" + enc("%100\\%%"))), "\\% is a literal %");
        assertEquals(expected(b -> b.filter(v -> v.matches("(?s).*sure.thing.*")).isPresent()),
                sorted(names(NEWS + "?" + MINE + "&body[like]=" + enc("%sure_thing%"))), "_ is one character");
        assertEquals(List.of(withBodyRu), names(NEWS + "?body_ru[like]=" + enc("%бета%")), "body_ru too");
        assertEquals(List.of(withBodyRu), names(NEWS + "?" + MINE + "&body[like]=%25alpha%25%7C%25beta%25&body[like]=%25beta%25"),
                "alternatives are OR-ed, filters AND-ed");
    }

    @Test
    void eqAndNeCompareTheWholeValue() throws Exception {
        String body = bodyOf(withLinkedBody);
        assertEquals(List.of(withLinkedBody), names(NEWS + "?body=" + enc(body)));
        assertEquals(List.of(withLinkedBody), names(NEWS + "?body[eq]=" + enc(body)));
        assertEquals(List.of(), names(NEWS + "?body[eq]=" + enc(body.substring(1))), "not a part of it");
        assertEquals(expected(b -> b.isPresent() && !b.get().equals(body)),
                sorted(names(NEWS + "?" + MINE + "&body[ne]=" + enc(body) + "&limit=100")), "!= needs the property, as in Jackrabbit");
        assertEquals(expected(b -> b.isPresent() && !b.get().equals(body) && !b.get().equals(bodyOf(withBodyRu))),
                sorted(names(NEWS + "?" + MINE + "&body[ne]=" + enc(body + "|" + bodyOf(withBodyRu)) + "&limit=100")), "none of them");
    }

    @Test
    void rangesCompareStringsAsLuceneOrdersTerms() throws Exception {
        assertEquals(expected(b -> b.filter(v -> v.compareTo("<p>b") > 0).isPresent()),
                sorted(names(NEWS + "?" + MINE + "&body[gt]=" + enc("<p>b") + "&limit=100")));
        assertEquals(expected(b -> b.filter(v -> v.compareTo("<p>b") < 0).isPresent()),
                sorted(names(NEWS + "?" + MINE + "&body[lt]=" + enc("<p>b") + "&limit=100")));
        assertEquals(expected(b -> b.filter(v -> v.compareTo("<p>beta two</p>") >= 0).isPresent()),
                sorted(names(NEWS + "?" + MINE + "&body[gte]=" + enc("<p>beta two</p>") + "&limit=100")));
        assertEquals(expected(b -> b.filter(v -> v.compareTo("<p>alpha") >= 0 && v.compareTo("<p>c") <= 0).isPresent()),
                sorted(names(NEWS + "?" + MINE + "&body[in]=" + enc("<p>alpha~<p>c") + "&limit=100")));
        assertEquals(expected(b -> b.filter(v -> v.compareTo("<p>alpha") < 0 || v.compareTo("<p>c") > 0).isPresent()),
                sorted(names(NEWS + "?" + MINE + "&body[not-in]=" + enc("<p>alpha~<p>c") + "&limit=100")));
    }

    @Test
    void nullAsksWhetherTheItemHasTheProperty() throws Exception {
        assertEquals(expected(Optional::isEmpty), sorted(names(NEWS + "?" + MINE + "&body[null]=true&limit=100")));
        assertEquals(expected(Optional::isPresent), sorted(names(NEWS + "?" + MINE + "&body[null]=false&limit=100")));
    }

    @Test
    void orderByBodySortsByTheValueMissingFirstAndPagesAndCountsAfterTheFilter() throws Exception {
        List<String> ascending = BODIES.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Optional<String>> e) -> e.getValue().orElse(null),
                        Comparator.nullsFirst(Comparator.<String>naturalOrder())))
                .map(Map.Entry::getKey).toList();
        assertEquals(ascending, names(NEWS + "?" + MINE + "&orderBy=body%20asc&limit=100"));
        List<String> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        assertEquals(descending, names(NEWS + "?" + MINE + "&orderBy=body%20desc&limit=100"));

        List<String> alpha = expected(b -> b.filter(v -> v.contains("alpha")).isPresent());
        JsonNode page = new ObjectMapper().readTree(host.get(NEWS + "?" + MINE + "&body[like]=%25alpha%25&orderBy=title%20asc&limit=1&offset=1&total=true").body());
        assertEquals(alpha.size(), page.path("total").asInt(), "total counts the rich-text matches");
        assertEquals(1, page.path("results").size());
        assertEquals(names(NEWS + "?" + MINE + "&body[like]=%25alpha%25&orderBy=title%20asc&limit=100").get(1),
                page.path("results").get(0).path("@name").asText(), "offset and limit page the filtered, sorted matches");
    }

    @Test
    void fullTextSearchStillFindsTheWordsOfRichText() throws Exception {
        assertEquals(List.of(withLinkedBody), names(NEWS + "?q=zetamark"));
    }

    @Test
    void anAssetIsUsedInTheItemsAndPagesLinkingItInAnyLanguageAndNotWhereItsIdentifierIsOnlyText() throws Exception {
        String inBodyPage = admin.get("/assets/edit?id=" + inBody.substring(4)).body();
        assertTrue(inBodyPage.contains("id=\"used-in\""), inBodyPage);
        assertTrue(inBodyPage.contains("Quillwort alpha"), "linked in body: " + inBodyPage);
        assertFalse(inBodyPage.contains("Quillwort epsilon"), "the identifier as words is no use: " + inBodyPage);
        String inBodyRuPage = admin.get("/assets/edit?id=" + inBodyRu.substring(4)).body();
        assertTrue(inBodyRuPage.contains("Quillwort beta"), "linked in body_ru: " + inBodyRuPage);
        assertFalse(inBodyRuPage.contains("Quillwort epsilon"), inBodyRuPage);
        String onPagePage = admin.get("/assets/edit?id=" + onPage.substring(4)).body();
        assertTrue(onPagePage.contains("/pages/page?path=%2Fhome\""), "the page whose rich-text component links it: " + onPagePage);
        assertTrue(mentioningOnly != null);
    }
}
