package org.magnolianews.news.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.magnolianews.news.testing.TestRepository.date;
import static org.magnolianews.news.testing.TestRepository.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.testing.QueryLog;
import org.magnolianews.news.testing.TestRepository;

/**
 * The finder over a real Jackrabbit workspace standing for the live (published) news: eight items,
 * so the weights are computed by the index and can be checked by hand.
 */
class RelatedNewsFinderTest {

    private static final Instant T = Instant.parse("2020-01-01T00:00:00Z");
    private static TestRepository repository;
    private static Session session;

    @BeforeAll
    static void content() throws Exception {
        repository = TestRepository.start();
        session = repository.login();
        Node pinned = article("pinned", "Pinned by the editor", "2015-01-01T00:00:00Z", "sport");
        Node article = article("article", "Leaders meet in Da Nang", "2020-01-01T00:00:00Z", "politics", "korea");
        article.setProperty("title_ru", "Лидеры встретились в Дананге");
        strings(article, "relatedNews", List.of(pinned.getIdentifier(), "0b8e3f3c-0000-4000-8000-000000000000"));
        article("n1", "Same day, broad subject", "2020-01-01T00:00:00Z", "politics");
        article("n2", "Half a year before, narrow subject", "2019-07-05T00:00:00Z", "korea");
        article("n3", "Both subjects, 360 days later", "2020-12-26T00:00:00Z", "politics", "korea");
        article("n4", "Only sport", "2020-01-01T00:00:00Z", "sport");
        article("n5", "Leaders meet in Da Nang", "2020-01-01T00:00:00Z", "politics", "korea");
        article("n6", "Ten years before", "2010-01-01T00:00:00Z", "politics");
        session.save();
    }

    @AfterAll
    static void stop() throws Exception {
        session.logout();
        repository.close();
    }

    // Counted by the index: N = 8; politics on article, n1, n3, n5, n6 (5); korea on article, n2, n3, n5 (4).
    // Weights: politics ln(1 + 8/5) = 0.955511, korea ln(1 + 8/4) = 1.098612. Half-life 180 days, anchor = article's date.
    // n1 = 0.9555; n2 = 1.0986 / 2 = 0.5493; n3 = (0.9555 + 1.0986) / 4 = 0.5135; n6 = 0.9555 × 0.5^(3652/180) ≈ 0.
    // n4 shares nothing, n5 repeats the article's headline, the second pin is not published.
    @Test
    void pinFirstThenRankedBySpecificityAndDistanceInTime() throws Exception {
        assertEquals(List.of("pinned", "n1", "n2", "n3", "n6"), names(find(10)));
    }

    @Test
    void countLimitsTheList() throws Exception {
        assertEquals(List.of("pinned", "n1", "n2"), names(find(3)));
    }

    @Test
    void anItemWithoutSubjectsOrPinsHasNoRelatedNews() throws Exception {
        Node lonely = article("lonely", "Lonely", "2020-01-01T00:00:00Z");
        try {
            assertEquals(List.of(), new RelatedNewsFinder(session, xpath -> org.magnolianews.news.jcr.XPathQueries.count(session, xpath), "en", "en", List.of("en", "ru"), RelatedNewsRanking.DEFAULT_HALF_LIFE)
                    .find(lonely, T, 5));
        } finally {
            lonely.remove();
        }
    }

    @Test
    void anArchiveStoryFindsItemsOfItsTimeBeyondTheNewestOnes() throws Exception {
        // 70 recent items fill the pool of the newest 60; the one story of the archive article's own month
        // is found by the window around its date and, being nearest in time, ranks first.
        List<Node> added = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            added.add(article("recent" + i, "Recent " + i, "2024-0" + (1 + i % 9) + "-1" + (i % 10) + "T00:00:00Z", "arctic"));
        }
        Node archive = article("archive", "Archive story", "2012-03-01T00:00:00Z", "arctic");
        Node sameMonth = article("same-month", "Same month", "2012-03-20T00:00:00Z", "arctic");
        added.add(archive);
        added.add(sameMonth);
        session.save();
        try {
            RelatedNewsFinder finder = new RelatedNewsFinder(session, xpath -> org.magnolianews.news.jcr.XPathQueries.count(session, xpath),
                    "en", "en", List.of("en", "ru"), RelatedNewsRanking.DEFAULT_HALF_LIFE);
            List<String> names = names(finder.find(archive, Instant.parse("2012-03-01T00:00:00Z"), 3));
            assertEquals("same-month", names.get(0));
            assertEquals(3, names.size());
        } finally {
            for (Node node : added) {
                node.remove();
            }
            session.save();
        }
    }

    @Test
    void anArchiveStoryWhoseWindowOutranksTheNewestReadsOnlyTheWindowAndTheNewestThatProvesItAndOnlyTheListedNodes() throws Exception {
        // 70 recent items fill the pool of the newest 60, twelve years after the archive story; its window holds four
        // stories of its own week. Nothing dated after the 60th newest can outrank them: the newest pool is not read.
        List<Node> added = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            added.add(article("late" + i, "Late " + i, "2024-0" + (1 + i % 9) + "-1" + (i % 10) + "T00:00:00Z", "tundra"));
        }
        Node archive = article("old-story", "Old story", "2012-03-01T00:00:00Z", "tundra");
        added.add(archive);
        for (int i = 1; i <= 4; i++) {
            added.add(article("week" + i, "Week " + i, "2012-03-0" + (1 + i) + "T00:00:00Z", "tundra"));
        }
        session.save();
        try {
            QueryLog log = new QueryLog(session);
            RelatedNewsFinder finder = new RelatedNewsFinder(log.session(), xpath -> XPathQueries.count(session, xpath),
                    "en", "en", List.of("en", "ru"), RelatedNewsRanking.DEFAULT_HALF_LIFE);
            assertEquals(List.of("week1", "week2", "week3"), names(finder.find(archive, Instant.parse("2012-03-01T00:00:00Z"), 3)));
            assertEquals(6, log.rowsRead(), "the 60th newest and the window's five (the story itself among them): " + log.runs());
            assertEquals(0, log.nodesRead(), "candidates are ranked from their rows: " + log.runs());
            assertEquals(3, log.lookups(), "only the three listed are read, for their headlines");
        } finally {
            remove(added);
        }
    }

    @Test
    void anArchiveStoryStillFindsNewerItemsThatOutrankItsWindow() throws Exception {
        // The window holds only stories of a broad subject at its far end; the 60 newest share the narrow subject and
        // are just past the window: they score higher, so the newest pool must be read and ranked with the window.
        List<Node> added = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            added.add(article("near" + i, "Near " + i, Instant.parse("2012-04-16T00:00:00Z").plusSeconds(3600L * i).toString(), "narrow"));
        }
        for (int i = 0; i < 3; i++) {
            added.add(article("far" + i, "Far " + i, "2012-01-1" + (7 + i) + "T00:00:00Z", "broad"));
        }
        for (int i = 0; i < 70; i++) {
            added.add(article("filler" + i, "Filler " + i, "2000-01-01T00:00:00Z", "broad"));
        }
        Node archive = article("story", "Story", "2012-03-01T00:00:00Z", "narrow", "broad");
        added.add(archive);
        session.save();
        try {
            RelatedNewsFinder finder = new RelatedNewsFinder(session, xpath -> XPathQueries.count(session, xpath),
                    "en", "en", List.of("en", "ru"), RelatedNewsRanking.DEFAULT_HALF_LIFE);
            assertEquals(List.of("near0", "near1", "near2"), names(finder.find(archive, Instant.parse("2012-03-01T00:00:00Z"), 3)));
        } finally {
            remove(added);
        }
    }

    private static void remove(List<Node> nodes) throws RepositoryException {
        for (Node node : nodes) {
            node.remove();
        }
        session.save();
    }

    private static List<Node> find(int count) throws RepositoryException {
        RelatedNewsFinder finder = new RelatedNewsFinder(session, xpath -> org.magnolianews.news.jcr.XPathQueries.count(session, xpath), "en", "en", List.of("en", "ru"), RelatedNewsRanking.DEFAULT_HALF_LIFE);
        return finder.find(session.getNode("/article"), T, count);
    }

    private static Node article(String name, String title, String date, String... subjects) throws RepositoryException {
        Node node = TestRepository.item(session, name, "news:article");
        node.setProperty("title", title);
        date(node, "date", Instant.parse(date));
        strings(node, "subjects", List.of(subjects));
        return node;
    }

    private static List<String> names(List<Node> nodes) throws RepositoryException {
        List<String> names = new ArrayList<>();
        for (Node node : nodes) {
            names.add(node.getName());
        }
        return names;
    }
}
