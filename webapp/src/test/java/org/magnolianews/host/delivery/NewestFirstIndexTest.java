package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Value;
import javax.jcr.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.testing.OpenContext;

/**
 * The newest-first index against the live workspace itself, on a real repository: after every publish,
 * republish with another date or subjects, unpublish and delete, each column's pages, totals and
 * {@code before=} cursors equal what the live workspace holds, sorted by date.
 */
class NewestFirstIndexTest {

    private static final String USER = "index-test";

    private static OpenContext open;
    private static ContentService content;
    private static ContentRepository repository;
    private static NewestFirstIndex index;
    private static final List<String> subjects = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        open = OpenContext.fresh();
        content = open.context().content();
        repository = open.context().repository();
        EndpointDefinition news = open.context().definitions().all(DefinitionType.REST_ENDPOINT).stream()
                .filter(EndpointDefinitionReader::isDeliveryEndpoint)
                .map(new EndpointDefinitionReader(repository.layout(), open.context().languages())::read)
                .filter(e -> e.workspace().equals("news")).findFirst().orElseThrow();
        index = new NewestFirstIndex(repository, news, java.util.Set.of("date"), java.util.Set.of("subjects"), Runnable::run);
        open.context().events().subscribe(index::onContentEvent);
        for (String name : List.of("politics", "culture", "science")) {
            ContentService.Created subject = content.create("subject", Optional.empty(), Optional.of(name), Map.of("name", name), USER);
            content.publish("subjects", subject.path(), false, USER);
            subjects.add(subject.identifier());
        }
    }

    @AfterAll
    static void stop() {
        open.close();
    }

    @Test
    void everyColumnMatchesTheLiveWorkspaceThroughPublishesAndUnpublishes() {
        Random random = new Random(7);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Whole hours in a short span, so several items share a date and the tie order is exercised.
            ContentService.Created item = content.create("news", Optional.of("/2020/01"), Optional.of("item-" + i),
                    Map.of("title", "Item " + i, "date", date(random), "subjects", randomSubjects(random)), USER);
            paths.add(item.path());
            if (i == 0) {
                content.publish("news", "/2020", false, USER);
                content.publish("news", "/2020/01", false, USER);
            }
            if (random.nextBoolean()) {
                content.publish("news", item.path(), false, USER);
            }
        }
        askEveryColumn(); // the first asks build the columns (here on the calling thread)
        assertColumnsMatchTheLiveWorkspace();

        for (int step = 0; step < 60; step++) {
            String path = paths.get(random.nextInt(paths.size()));
            switch (random.nextInt(4)) {
                case 0 -> content.publish("news", path, false, USER);
                case 1 -> {
                    content.update("news", path, Map.of("date", date(random), "subjects", randomSubjects(random)), Optional.empty(), USER);
                    content.publish("news", path, false, USER);
                }
                case 2 -> content.unpublish("news", path, USER);
                default -> content.update("news", path, Map.of("date", date(random)), Optional.empty(), USER); // draft only
            }
            assertColumnsMatchTheLiveWorkspace();
        }
        content.unpublishAndDelete("news", paths.get(0), USER);
        assertColumnsMatchTheLiveWorkspace();
        content.unpublish("news", "/2020", USER); // the folder takes every item below it off the site
        assertColumnsMatchTheLiveWorkspace();
        assertEquals(0, index.answer(query(null, Optional.empty(), 0, true)).orElseThrow().total());
    }

    private static void askEveryColumn() {
        index.answer(query(null, Optional.empty(), 0, false));
        subjects.forEach(subject -> index.answer(query(subject, Optional.empty(), 0, false)));
    }

    private static void assertColumnsMatchTheLiveWorkspace() {
        List<String> columns = new ArrayList<>(subjects);
        columns.add(null);
        for (String subject : columns) {
            List<Row> expected = live(subject);
            List<String> expectedIds = expected.stream().map(Row::identifier).toList();
            NewestFirstIndex.Slice all = index.answer(query(subject, Optional.empty(), 0, true)).orElseThrow();
            assertEquals(expectedIds.subList(0, Math.min(10, expectedIds.size())), all.identifiers(), "column " + subject);
            assertEquals(expected.size(), all.total(), "total of column " + subject);
            if (expected.size() > 3) {
                NewestFirstIndex.Slice second = index.answer(query(subject, Optional.empty(), 3, false)).orElseThrow();
                assertEquals(expectedIds.subList(3, Math.min(13, expectedIds.size())), second.identifiers(), "offset 3 of " + subject);
                long cursor = expected.get(3).date();
                List<String> older = expected.stream().filter(e -> e.date() < cursor).map(Row::identifier).toList();
                NewestFirstIndex.Slice before = index.answer(query(subject, Optional.of(cursor(cursor, Optional.empty())), 0, true)).orElseThrow();
                assertEquals(older.subList(0, Math.min(10, older.size())), before.identifiers(), "before= of " + subject);
                assertEquals(older.size(), before.total());
                // With the last identifier seen, the items sharing its date that come after it are not skipped.
                List<String> afterFourth = expectedIds.subList(4, expectedIds.size());
                NewestFirstIndex.Slice next = index.answer(query(subject,
                        Optional.of(cursor(cursor, Optional.of(expectedIds.get(3)))), 0, true)).orElseThrow();
                assertEquals(afterFourth.subList(0, Math.min(10, afterFourth.size())), next.identifiers(), "before=date~id of " + subject);
                assertEquals(afterFourth.size(), next.total());
            }
        }
    }

    private record Row(long date, String identifier) {
    }

    /** The live items (with the subject), newest first, ties by identifier. */
    private static List<Row> live(String subject) {
        return repository.call("news_live", session -> {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery("//element(*, news:article)", Query.XPATH);
            List<Row> rows = new ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (subject == null || hasSubject(node, subject)) {
                    rows.add(new Row(node.getProperty("date").getDate().getTimeInMillis(), node.getIdentifier()));
                }
            }
            rows.sort(Comparator.comparingLong((Row row) -> -row.date()).thenComparing(Row::identifier));
            return rows;
        });
    }

    private static boolean hasSubject(Node node, String subject) throws javax.jcr.RepositoryException {
        if (!node.hasProperty("subjects")) {
            return false;
        }
        for (Value value : node.getProperty("subjects").getValues()) {
            if (value.getString().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    private static DeliveryQuery query(String subject, Optional<DeliveryQuery.Cursor> before, int offset, boolean total) {
        List<Filter> filters = subject == null ? List.of() : List.of(new Filter("subjects", "subjects", FilterOperator.EQ, List.of(subject)));
        return new DeliveryQuery(10, offset, List.of(new OrderKey("date", true)), List.of(), filters, Optional.empty(), before, total, false);
    }

    private static DeliveryQuery.Cursor cursor(long millis, Optional<String> identifier) {
        return new DeliveryQuery.Cursor(OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis), ZoneOffset.UTC), identifier);
    }

    private static String date(Random random) {
        return OffsetDateTime.of(2020, 1, 1 + random.nextInt(3), random.nextInt(3), 0, 0, 0, ZoneOffset.UTC).toString();
    }

    private static List<String> randomSubjects(Random random) {
        List<String> chosen = new ArrayList<>();
        for (String subject : subjects) {
            if (random.nextInt(3) == 0) {
                chosen.add(subject);
            }
        }
        return chosen;
    }

    @Test
    void queriesOfAnotherShapeAreLeftToJackrabbit() {
        DeliveryQuery ascending = new DeliveryQuery(10, 0, List.of(new OrderKey("date", false)), List.of(), List.of(), Optional.empty(), Optional.empty(), false, false);
        DeliveryQuery fullText = new DeliveryQuery(10, 0, List.of(new OrderKey("date", true)), List.of("putin"), List.of(), Optional.empty(), Optional.empty(), false, false);
        DeliveryQuery twoSubjects = new DeliveryQuery(10, 0, List.of(new OrderKey("date", true)), List.of(),
                List.of(new Filter("subjects", "subjects", FilterOperator.EQ, List.of("a", "b"))), Optional.empty(), Optional.empty(), false, false);
        DeliveryQuery byTitle = new DeliveryQuery(10, 0, List.of(new OrderKey("title", true)), List.of(), List.of(), Optional.empty(), Optional.empty(), false, false);
        DeliveryQuery inFolder = new DeliveryQuery(10, 0, List.of(new OrderKey("date", true)), List.of(), List.of(), Optional.of("/2020"), Optional.empty(), false, false);
        for (DeliveryQuery query : List.of(ascending, fullText, twoSubjects, byTitle, inFolder)) {
            assertTrue(index.answer(query).isEmpty(), query.toString());
        }
    }
}
