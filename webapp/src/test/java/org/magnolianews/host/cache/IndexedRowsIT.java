package org.magnolianews.host.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;
import javax.jcr.query.QueryResult;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * Rows of statements that name their columns (the related-news finder's {@code /(@date|@jcr:uuid)}), answered from the
 * kept live states, are Jackrabbit's rows for the same statement: the same column and selector names, the same rows in
 * the same order, each value of the same type and text (multi-valued and absent properties null, other names not
 * found); a column the states do not keep has Jackrabbit answer; and a row read is recorded as its item read.
 */
class IndexedRowsIT {

    private static final List<String> RELATED = List.of("date", "jcr:uuid");
    private static GeneratedLiveStates generated;
    private static HostContext context;
    private static Purges purges;
    private static List<String> subjects;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedLiveStates.generate("indexed-rows-", 300, 6, 2, 5);
        context = generated.context;
        purges = generated.purges;
        subjects = generated.subjects;
        // every column below registered before the states are read, so one reading keeps them all
        for (String statement : statements()) {
            purges.queries().answer("news", statement, 0, 1);
        }
        generated.awaitAnswered(statements());
    }

    @AfterAll
    static void close() {
        if (generated != null) {
            generated.close();
        }
    }

    private static String inSubject(String subject, String predicate, List<String> columns) {
        return XPathQueries.items("news:article", "@subjects = " + XPathQueries.literal(subject) + " and " + predicate, columns,
                "@date descending");
    }

    /** The finder's statements (a subject's newest, its window around an article, the archive edge) and other columns. */
    private static List<String> statements() throws RepositoryException {
        List<String> all = new ArrayList<>();
        Instant anchor = Instant.parse("2025-06-01T00:00:00Z");
        String window = "@date >= " + XPathQueries.dateTime(anchor.minusSeconds(45L * 86400)) + " and @date <= "
                + XPathQueries.dateTime(anchor.plusSeconds(45L * 86400));
        for (String subject : subjects) {
            for (String language : List.of("@title", "@title_ru")) {
                all.add(inSubject(subject, language, RELATED));
                all.add(inSubject(subject, language + " and " + window, RELATED));
            }
        }
        all.add(XPathQueries.items("news:article", XPathQueries.and(XPathQueries.anyOf("subjects", subjects.subList(0, 2)), "@title"),
                List.of("date"), "@date descending"));
        // a multi-valued property, one no item has, a node's own type, in another order
        all.add(inSubject(subjects.get(1), "@title", List.of("subjects", "nosuch", "jcr:primaryType", "jcr:uuid", "date")));
        return all;
    }

    @Test
    void rowsFromTheKeptStatesAreJackrabbitsRows() throws Exception {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try (ReadLog ignored = ReadLog.open()) {
            Session recording = RecordingSession.of(live, purges.queries());
            int rows = 0;
            for (String statement : statements()) {
                for (long[] window : new long[][] {{0, 0}, {0, 60}, {59, 1}}) {
                    QueryResult expected = execute(live, statement, window);
                    QueryResult actual = execute(recording, statement, window);
                    assertArrayEquals(expected.getColumnNames(), actual.getColumnNames(), statement);
                    assertArrayEquals(expected.getSelectorNames(), actual.getSelectorNames(), statement);
                    RowIterator want = expected.getRows();
                    RowIterator got = actual.getRows();
                    assertEquals(want.getSize(), got.getSize(), statement);
                    while (want.hasNext()) {
                        assertTrue(got.hasNext(), statement);
                        Row wanted = want.nextRow();
                        Row row = got.nextRow();
                        assertInstanceOf(IndexedRows.ItemRow.class, row, "answered from the kept states: " + statement);
                        assertSameRow(expected.getColumnNames(), wanted, row, statement);
                        rows++;
                    }
                    assertFalse(got.hasNext(), statement);
                }
            }
            assertTrue(rows > 500, "rows compared: " + rows);
        } finally {
            live.logout();
        }
    }

    private static void assertSameRow(String[] columns, Row wanted, Row row, String statement) throws RepositoryException {
        assertEquals(wanted.getPath(), row.getPath(), statement);
        assertEquals(wanted.getPath("s"), row.getPath("s"), statement);
        assertEquals(wanted.getNode().getIdentifier(), row.getNode().getIdentifier(), statement);
        for (String column : columns) {
            if (column.equals("jcr:score")) {
                continue; // Jackrabbit's Lucene score of a statement without a full-text condition: not reproduced
            }
            assertSameValue(wanted.getValue(column), row.getValue(column), column + " of " + wanted.getPath() + " in " + statement);
        }
        assertThrows(ItemNotFoundException.class, () -> wanted.getValue("title"), "Jackrabbit: not a column");
        assertThrows(ItemNotFoundException.class, () -> row.getValue("title"), "not a column");
    }

    private static void assertSameValue(Value expected, Value actual, String what) throws RepositoryException {
        if (expected == null) {
            assertEquals(null, actual, what);
            return;
        }
        assertTrue(actual != null, what + ": expected " + expected.getString());
        assertEquals(expected.getType(), actual.getType(), what);
        assertEquals(expected.getString(), actual.getString(), what);
    }

    @Test
    void aColumnTheStatesDoNotKeepHasJackrabbitAnswerAndItsRowsRecordedAsTheirItems() throws Exception {
        String statement = inSubject(subjects.get(0), "@title", List.of("date", "body"));
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try (ReadLog log = ReadLog.open()) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (purges.queries().answer("news", statement, 0, 3).isEmpty()) { // the body registered: a reading again
                assertTrue(System.nanoTime() < deadline, "the live states were not read again within two minutes");
                Thread.sleep(50);
            }
            QueryResult expected = execute(live, statement, new long[] {0, 3});
            RowIterator got = execute(RecordingSession.of(live, purges.queries()), statement, new long[] {0, 3}).getRows();
            int rows = 0;
            for (RowIterator want = expected.getRows(); want.hasNext(); rows++) {
                Row wanted = want.nextRow();
                Row row = got.nextRow();
                assertFalse(row instanceof IndexedRows.ItemRow, "a body is longer than the states keep: Jackrabbit's rows");
                assertSameValue(wanted.getValue("body"), row.getValue("body"), "body");
                assertTrue(log.keys().contains(SurrogateKeys.item(wanted.getNode().getIdentifier())),
                        "a row of Jackrabbit's read depends on its item, as a node read does");
            }
            assertEquals(3, rows);
            assertEquals(ListRead.Extent.WINDOW, log.lists().iterator().next().extent(), "three rows of a limit of three: a window");
        } finally {
            live.logout();
        }
    }

    @Test
    void aRowReadIsRecordedAsItsItemReadAndTheListAsFarAsItWasRead() throws Exception {
        String statement = inSubject(subjects.get(2), "@title", RELATED);
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try (ReadLog log = ReadLog.open()) {
            RowIterator rows = execute(RecordingSession.of(live, purges.queries()), statement, new long[] {0, 10}).getRows();
            List<String> read = new ArrayList<>();
            String lastDate = null;
            for (int i = 0; i < 4; i++) {
                Row row = rows.nextRow();
                read.add(row.getValue("jcr:uuid").getString());
                lastDate = row.getValue("date").getString();
            }
            for (String identifier : read) {
                assertTrue(log.keys().contains(SurrogateKeys.item(identifier)), "a row read depends on its item");
            }
            Node fifth = XPathQueries.nodes(live, statement.replace("/(@date|@jcr:uuid)", ""), 4, 1).get(0);
            assertFalse(log.keys().contains(SurrogateKeys.item(fifth.getIdentifier())), "a row not read is no dependency");
            assertEquals(1, log.lists().size());
            ListRead list = log.lists().iterator().next();
            assertEquals(ListRead.Extent.WINDOW, list.extent(), "read up to the fourth of ten: a window, not every match");
            assertEquals(lastDate, list.boundary(), "the list depends on its matches down to the last row's date");
        } finally {
            live.logout();
        }
    }

    @SuppressWarnings("deprecation")
    private static QueryResult execute(Session session, String statement, long[] window) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
        if (window[0] > 0) {
            query.setOffset(window[0]);
        }
        if (window[1] > 0) {
            query.setLimit(window[1]);
        }
        return query.execute();
    }
}
