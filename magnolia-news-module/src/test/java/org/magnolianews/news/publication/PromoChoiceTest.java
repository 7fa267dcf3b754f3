package org.magnolianews.news.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.magnolianews.news.testing.TestRepository.date;
import static org.magnolianews.news.testing.TestRepository.strings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.news.testing.QueryLog;
import org.magnolianews.news.testing.TestRepository;

class PromoChoiceTest {

    private static TestRepository repository;
    private static Session session;
    private static String cultureBookId;

    @BeforeAll
    static void content() throws Exception {
        repository = TestRepository.start();
        session = repository.login();
        publication("peace-treaty", List.of("politics"), "2016-11-21T00:00:00Z", "2017-02-15T00:00:00Z");
        publication("korean-peninsula", List.of("korea", "asia"), "2026-09-01T00:00:00Z", "2022-04-12T00:00:00Z");
        cultureBookId = publication("russian-to-the-bone", List.of("culture"), "2017-05-15T00:00:00Z").getIdentifier();
        session.save();
    }

    @AfterAll
    static void stop() throws Exception {
        session.logout();
        repository.close();
    }

    @Test
    void theEditorsChoiceWins() throws Exception {
        assertEquals("russian-to-the-bone", choose(Optional.of(cultureBookId), List.of("politics")));
    }

    @Test
    void otherwiseTheNewestSharingASubjectByFirstReleaseDate() throws Exception {
        // politics matches only the 2016 report; adding korea brings in the 2022 collection (first released 2022-04-12).
        assertEquals("peace-treaty", choose(Optional.empty(), List.of("politics")));
        assertEquals("korean-peninsula", choose(Optional.empty(), List.of("politics", "korea")));
    }

    @Test
    void anUnpublishedChoiceOrNoMatchFallsBackToTheNewestOfAll() throws Exception {
        assertEquals("korean-peninsula", choose(Optional.of("5d2c6c8e-0000-4000-8000-000000000000"), List.of("sport")));
        assertEquals("korean-peninsula", choose(Optional.of("not an identifier"), List.of()));
    }

    @Test
    void itsListsAreOrderedByCreationSoAListIndexOfTheHostCanAnswerThem() throws Exception {
        // The choice does not depend on the order (it reads every match); ordered by one date, newest first, the
        // statements are ones a host's kept-list index answers without its full-text index (see docs/benchmarks.md).
        QueryLog log = new QueryLog(session);
        assertEquals("korean-peninsula", new PromoChoice(log.session()).choose(Optional.empty(), List.of("sport")).orElseThrow().getName());
        assertEquals(2, log.runs().size(), log.runs().toString());
        for (QueryLog.Run run : log.runs()) {
            assertTrue(run.statement.endsWith(" order by @mgnl:created descending"), run.toString());
        }
    }

    private static String choose(Optional<String> chosen, List<String> subjects) throws RepositoryException {
        return new PromoChoice(session).choose(chosen, subjects).orElseThrow().getName();
    }

    private static Node publication(String name, List<String> subjects, String... releaseDates) throws RepositoryException {
        Node node = TestRepository.item(session, name, "news:publication");
        node.setProperty("title", name);
        strings(node, "subjects", subjects);
        for (int i = 0; i < releaseDates.length; i++) {
            Node release = node.addNode("releases" + i, "mgnl:contentNode");
            release.setProperty("country", "RU");
            release.setProperty("status", "available");
            date(release, "date", Instant.parse(releaseDates[i]));
        }
        return node;
    }
}
