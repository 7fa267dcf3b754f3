package org.magnolianews.host.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * Site search and the delivery's full text (issue 10): words are found in their language's forms ("Путина"
 * finds "Путин", "discussing" finds "discuss"), results are in the page's language, with title, date and
 * excerpt, a page at a time, and a sentence when nothing is found.
 */
class SiteSearchIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    /** Russian-only; its Russian text says "Путин" and never "Путина". */
    static final String KIM_TALKS = "Путин и Ким Чен Ын провели первые переговоры во Владивостоке";
    static final String ABE_PLAN = "Абэ представил в Сочи план экономического сотрудничества из восьми пунктов";
    /** English title says "discuss"; only another item's text says "discussing". */
    static final String SEED = "Putin and Abe discuss North Korean crisis and peace treaty signature";

    static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    static List<String> resultLinks(String html) {
        Matcher m = Pattern.compile("<h2 class=\"news-title\"><a href=\"([^\"]+)\">([^<]+)</a>").matcher(html);
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group(1) + " " + m.group(2));
        }
        return links;
    }

    @Test
    void russianWordsAreFoundInTheirOtherForms() throws Exception {
        HttpResponse<String> response = host.get("/ru/search.html?q=" + q("Путина"));
        assertEquals(200, response.statusCode());
        List<String> results = resultLinks(response.body());
        assertTrue(results.stream().anyMatch(r -> r.contains(KIM_TALKS)), "Путина finds Путин: " + results);
        assertTrue(results.stream().allMatch(r -> r.startsWith("/ru/")), "Russian pages only: " + results);

        List<String> abe = resultLinks(host.get("/ru/search.html?q=" + q("Абэ")).body());
        assertTrue(abe.stream().anyMatch(r -> r.contains(ABE_PLAN)), "Абэ finds Абэ: " + abe);
        assertTrue(abe.size() >= 3, "every Russian item naming Абэ: " + abe);
    }

    @Test
    void englishWordsAreStemmed() throws Exception {
        HttpResponse<String> response = host.get("/search.html?q=discussing");
        assertEquals(200, response.statusCode());
        List<String> results = resultLinks(response.body());
        assertTrue(results.stream().anyMatch(r -> r.contains(SEED)), "discussing finds discuss: " + results);
        assertTrue(results.stream().noneMatch(r -> r.startsWith("/ru/")), "English pages only: " + results);
        assertFalse(results.stream().anyMatch(r -> r.contains(KIM_TALKS)), "a Russian-only item is not an English result");
    }

    @Test
    void aResultHasItsDateAndAnExcerptAndTheQueryStaysInTheBox() throws Exception {
        String html = host.get("/search.html?q=" + q("peace treaty")).body();
        assertTrue(html.contains("value=\"peace treaty\""), "the query in the search box");
        String first = html.substring(html.indexOf("<ol class=\"news-list search-list\">"));
        first = first.substring(0, first.indexOf("</li>"));
        assertTrue(first.matches("(?s).*<time datetime=\"[0-9T:Z.-]+\">.*"), first);
        assertTrue(first.contains("<p class=\"news-lead\">"), "an excerpt: " + first);
        assertTrue(html.contains("Results for"), "the count");
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex, follow\"/>"), "result pages are not indexed");
    }

    @Test
    void nothingFoundSaysSoInThePagesLanguage() throws Exception {
        HttpResponse<String> english = host.get("/search.html?q=xyzzyplugh");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("Nothing found for “xyzzyplugh”"), english.body());
        HttpResponse<String> russian = host.get("/ru/search.html?q=" + q("абракадабра"));
        assertTrue(russian.body().contains("По запросу «абракадабра» ничего не найдено"));
        assertTrue(resultLinks(host.get("/search.html?q=" + q("\"' or 1=1 --")).body()).isEmpty(), "query syntax is not typed in");
        assertEquals(200, host.get("/search.html").statusCode(), "the empty search page");
    }

    @Test
    void resultsComeAPageAtATime() throws Exception {
        String first = host.get("/search.html?q=" + q("Russia")).body();
        List<String> page1 = resultLinks(first);
        assertEquals(10, page1.size(), "ten a page");
        assertTrue(first.contains("rel=\"next\" href=\"?q=Russia&amp;page=2\""), "a link to the next page");
        HttpResponse<String> second = host.get("/search.html?q=Russia&page=2");
        assertEquals(200, second.statusCode());
        List<String> page2 = resultLinks(second.body());
        assertFalse(page2.isEmpty());
        assertTrue(page2.stream().noneMatch(page1::contains), "page 2 repeats nothing of page 1");
        assertEquals(404, host.get("/search.html?q=Russia&page=99").statusCode(), "no soft 404 past the results");
        assertEquals(404, host.get("/search.html?q=Russia&page=abc").statusCode());
    }

    @Test
    void theMastheadHasASearchBoxInThePagesLanguage() throws Exception {
        assertTrue(host.get("/").body().contains("<form class=\"masthead-search\" role=\"search\" action=\"/search.html\""));
        String russian = host.get("/ru/news.html").body();
        assertTrue(russian.contains("action=\"/ru/search.html\"") && russian.contains("Найти"), "Russian search from a Russian page");
        assertFalse(host.get("/").body().contains(">Search</a>"), "search is not a section in the navigation");
    }

    @Test
    void theDeliveryFullTextUsesTheSameAnalysis() throws Exception {
        String russian = host.get("/.rest/delivery/news?lang=ru&q=" + q("Путина")).body();
        assertTrue(russian.contains(KIM_TALKS), russian);
        String english = host.get("/.rest/delivery/news?q=discussing").body();
        assertTrue(english.contains(SEED), english);
    }
}
