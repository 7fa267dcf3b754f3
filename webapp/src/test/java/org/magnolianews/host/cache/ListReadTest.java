package org.magnolianews.host.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which list queries a change of one item enters or leaves, judged on the kept states before and after. */
class ListReadTest {

    private static final String LATEST_IN_A = "//element(*, news:article)[(@subjects = 'a') and (@title)] order by @date descending";

    private static ItemState article(String date, String... subjects) {
        Map<String, List<String>> values = new HashMap<>();
        values.put("date", List.of(date));
        values.put("subjects", List.of(subjects));
        values.put("title", null); // present, too long to keep
        return new ItemState("x", "/2020/01/x", Set.of("news:article", "mgnl:content", "nt:base"), values);
    }

    private static ListRead window(String statement, String boundary) {
        return ListRead.of("news", statement, 0, 11, ListRead.Extent.WINDOW, boundary);
    }

    @Test
    void anItemEnteringAWindowAtOrAheadOfItsLastItemTouchesIt() {
        ListRead latest = window(LATEST_IN_A, "2020-06-01T00:00:00.000Z");
        assertTrue(latest.touchedBy("news", null, article("2021-01-01T00:00:00.000+03:00", "a")), "published, newer than the window's end");
        assertFalse(latest.touchedBy("news", null, article("2019-01-01T00:00:00.000Z", "a")), "published, older: behind the window");
        assertFalse(latest.touchedBy("news", null, article("2021-01-01T00:00:00.000Z", "b")), "another subject");
        assertFalse(latest.touchedBy("subjects", null, article("2021-01-01T00:00:00.000Z", "a")), "another workspace");
        assertTrue(latest.touchedBy("news", article("2021-01-01T00:00:00.000Z", "a"), article("2021-01-01T00:00:00.000Z", "b")),
                "it leaves the subject");
        assertTrue(latest.touchedBy("news", article("2019-01-01T00:00:00.000Z", "a"), article("2021-01-01T00:00:00.000Z", "a")),
                "moved from behind the window into it");
        assertFalse(latest.touchedBy("news", article("2021-01-01T00:00:00.000Z", "a"), article("2021-02-01T00:00:00.000Z", "a")),
                "in it before and after: its own key covers its content");
        assertTrue(latest.touchedBy("news", article("2021-01-01T00:00:00.000Z", "a"), null), "unpublished from ahead of the window");
    }

    @Test
    void aListThatSawEveryMatchChangesOnlyWhenAnItemEntersOrLeavesTheMatches() {
        ListRead count = ListRead.of("news", "//element(*, news:article)[@subjects = 'a']", 0, 0, ListRead.Extent.ALL, null);
        assertTrue(count.touchedBy("news", null, article("2001-01-01T00:00:00.000Z", "a")));
        assertFalse(count.touchedBy("news", article("2001-01-01T00:00:00.000Z", "a"), article("2024-01-01T00:00:00.000Z", "a", "b")));
        assertTrue(count.touchedBy("news", article("2001-01-01T00:00:00.000Z", "a"), article("2001-01-01T00:00:00.000Z", "b")));
    }

    @Test
    void whatCannotBeJudgedCountsAsTouched() {
        assertTrue(window(LATEST_IN_A, "2020-06-01T00:00:00.000Z").touchedBy("news", LiveStates.UNKNOWN, null), "a state nobody kept");
        ListRead search = window("//element(*, news:article)[jcr:contains(., 'treaty')] order by @date descending", "2020-01-01T00:00:00.000Z");
        assertTrue(search.parsed().isEmpty());
        assertTrue(search.touchedBy("news", null, article("2001-01-01T00:00:00.000Z", "b")), "a statement it cannot read");
        ListRead unordered = window("//element(*, news:article)[@subjects = 'a']", null);
        assertTrue(unordered.touchedBy("news", null, article("2001-01-01T00:00:00.000Z", "a")), "a window without an order");
        Map<String, List<String>> longSubjects = new HashMap<>();
        longSubjects.put("subjects", null);
        longSubjects.put("title", null);
        ItemState unkept = new ItemState("x", "/x", Set.of("news:article"), longSubjects);
        assertNull(XPathList.parse(LATEST_IN_A).orElseThrow().matches(unkept), "a value too long to keep");
    }

    @Test
    void statementsOfTheModuleAndTheHostAreRead() {
        for (String statement : List.of(
                "//element(*, news:article)[@subjects = 'a' or @subjects = 'b'] order by @date descending",
                "//element(*, news:article)[(@subjects = 'a' or @subjects = 'b') and @date >= xs:dateTime('2020-01-01T00:00:00.000Z')"
                        + " and @date <= xs:dateTime('2020-03-01T00:00:00.000Z')] order by @date descending",
                "//element(*, news:subject)",
                "/jcr:root/2017//element(*, news:article)[not(@title_ru)]",
                "//element(*, news:article)[false()]")) {
            assertTrue(XPathList.parse(statement).isPresent(), statement);
        }
        XPathList window = XPathList.parse("//element(*, news:article)[(@subjects = 'a' or @subjects = 'b') and @date >= "
                + "xs:dateTime('2020-01-01T00:00:00.000Z') and @date <= xs:dateTime('2020-03-01T00:00:00.000Z')]").orElseThrow();
        assertEquals(Boolean.TRUE, window.matches(article("2020-02-01T10:00:00.000+03:00", "b")));
        assertEquals(Boolean.FALSE, window.matches(article("2020-03-02T00:00:00.000Z", "b")));
        assertEquals(Boolean.FALSE, XPathList.parse("/jcr:root/2017//element(*, news:article)").orElseThrow()
                .matches(article("2020-02-01T10:00:00.000Z", "b")), "below another path");
        assertEquals(Boolean.TRUE, XPathList.parse("//element(*, mgnl:content)[not(@title_ru)]").orElseThrow()
                .matches(article("2020-02-01T10:00:00.000Z", "b")), "a supertype, and a property it lacks");
    }
}
