package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/** Section pages show their section (issue 10): publications list publications, subjects show the subject tree. */
class SectionPagesIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    static String main(String html) {
        int start = html.indexOf("<main");
        return html.substring(start, html.indexOf("</main>", start));
    }

    @Test
    void thePublicationsSectionListsPublicationsNewestFirstWithCoverAndStatus() throws Exception {
        HttpResponse<String> response = host.get("/publications.html");
        assertEquals(200, response.statusCode());
        String main = main(response.body());
        assertFalse(main.contains("class=\"latest-news\""), "not the latest news");
        Matcher titles = Pattern.compile("<h2 class=\"book-title\"><a href=\"(/publications/[^\"]+)\">([^<]+)</a>").matcher(main);
        List<String> found = new java.util.ArrayList<>();
        while (titles.find()) {
            found.add(titles.group(2));
        }
        // newest first by first release: 2024-11, 2022-04, 2017-05, 2016-11 (sample publications.yaml)
        assertEquals(List.of("Ice and Trade: The Northern Sea Route in the 21st Century", "The Korean Peninsula: Paths to Peace",
                "Russian to the Bone", "Russia and Japan: The Long Road to a Peace Treaty"), found);
        assertEquals(4, main.split("class=\"book-cover\"", -1).length - 1, "a cover each");
        assertTrue(main.contains("class=\"release release-available\""), "release status");
        assertTrue(main.contains("available in Italy"), main);

        String russian = main(host.get("/ru/publications.html").body());
        assertTrue(russian.contains("href=\"/ru/publications/") && russian.contains("Русский до мозга костей"), "Russian titles and links");
        assertFalse(russian.contains(">Russian to the Bone<"));
    }

    @Test
    void theSubjectsSectionShowsTheSubjectTreeInTheMainColumn() throws Exception {
        String main = main(host.get("/subjects.html").body());
        assertTrue(main.contains("class=\"box subject-navigation\""), "the tree is in the main column");
        assertTrue(main.contains("href=\"/subjects/korean-peninsula.html\""), "with nested subjects");
        assertTrue(main.matches("(?s).*href=\"/subjects/asia-pacific.html\">[^<]+</a> <span class=\"count\">\\d+</span>\\s*<ul>.*"),
                "nested, with counts");
        String russian = main(host.get("/ru/subjects.html").body());
        assertTrue(russian.contains("href=\"/ru/subjects/korean-peninsula.html\""));
    }
}
