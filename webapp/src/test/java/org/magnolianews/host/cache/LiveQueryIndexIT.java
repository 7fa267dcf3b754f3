package org.magnolianews.host.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * The list queries the site's models send, answered by {@link LiveQueryIndex} from the kept live states, give exactly
 * what Jackrabbit's own query gives (same items, same order, same counts) on a generated dataset, and still do after
 * publishes, a new item, a changed date, an unpublish, that enter and leave those lists.
 */
class LiveQueryIndexIT {

    private static GeneratedLiveStates generated;
    private static HostContext context;
    private static Purges purges;
    private static List<String> subjects;
    /** Paths of a new, a middle and an old article, newest first. */
    private static List<String> someArticles;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedLiveStates.generate("live-query-index-", 400, 8, 4, 3);
        context = generated.context;
        purges = generated.purges;
        subjects = generated.subjects;
        // a subject's latest: the states are read with the values of both properties the lists below compare
        generated.awaitAnswered(List.of(latest(subjects.get(0), "title")));
    }

    @AfterAll
    static void close() {
        if (generated != null) {
            generated.close();
        }
    }

    private static String latest(String subject, String languageProperty) {
        return XPathQueries.items("news:article", XPathQueries.and(subject == null ? null : "@subjects = " + XPathQueries.literal(subject),
                "@" + languageProperty), "@date descending");
    }

    /** The statements of RelatedNewsFinder, LatestNewsModel, SubjectNavigationModel and the weights' counts. */
    private static List<String[]> statements() throws RepositoryException {
        List<String[]> all = new ArrayList<>(); // statement, offset, limit
        for (String language : List.of("title", "title_ru")) {
            all.add(new String[] {latest(null, language), "0", "11"});
            all.add(new String[] {latest(null, language), "10", "11"});
            for (String subject : subjects) {
                all.add(new String[] {latest(subject, language), "0", "11"});
                all.add(new String[] {latest(subject, language), "20", "11"});
                all.add(new String[] {XPathQueries.items("news:article", XPathQueries.and("@subjects = " + XPathQueries.literal(subject),
                        "@" + language), null), "0", "0"});
            }
            String shared = XPathQueries.and(XPathQueries.anyOf("subjects", subjects.subList(0, 2)), "@" + language);
            all.add(new String[] {XPathQueries.items("news:article", shared, "@date descending"), "0", "60"});
            all.add(new String[] {XPathQueries.items("news:article", shared, "@date descending"), "59", "1"}); // the archive test
            for (String article : articles()) {
                Instant anchor = date(article);
                String window = "@date >= " + XPathQueries.dateTime(anchor.minusSeconds(45L * 86400)) + " and @date <= "
                        + XPathQueries.dateTime(anchor.plusSeconds(45L * 86400));
                all.add(new String[] {XPathQueries.items("news:article", "(" + shared + ") and " + window, "@date descending"), "0", "120"});
            }
        }
        all.add(new String[] {XPathQueries.items("news:article", null, null), "0", "0"});
        for (String subject : subjects) {
            all.add(new String[] {XPathQueries.items("news:article", "@subjects = " + XPathQueries.literal(subject), null), "0", "0"});
        }
        return all;
    }

    private static List<String> articles() throws RepositoryException {
        if (someArticles == null) {
            Session live = context.repository().login(WorkspaceLayout.live("news"));
            try {
                List<Node> nodes = XPathQueries.nodes(live, XPathQueries.items("news:article", null, "@date descending"), 0, 0);
                someArticles = List.of(nodes.get(5).getPath(), nodes.get(nodes.size() / 2).getPath(), nodes.get(nodes.size() - 3).getPath());
            } finally {
                live.logout();
            }
        }
        return someArticles;
    }

    private static Instant date(String path) throws RepositoryException {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try {
            return Items.date(live.getNode(path), "date").orElseThrow();
        } finally {
            live.logout();
        }
    }

    private static void assertSameAsJackrabbit() throws RepositoryException {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try {
            int answered = 0;
            for (String[] statement : statements()) {
                long offset = Long.parseLong(statement[1]);
                long limit = Long.parseLong(statement[2]);
                boolean ordered = statement[0].contains(" order by ");
                if (ordered) {
                    List<String> expected = new ArrayList<>();
                    for (Node node : XPathQueries.nodes(live, statement[0], offset, limit)) {
                        expected.add(node.getIdentifier());
                    }
                    Optional<LiveQueryIndex.Answer> answer = purges.queries().answer("news", statement[0], offset, limit);
                    assertTrue(answer.isPresent(), "the index answers " + statement[0]);
                    assertEquals(expected, answer.get().identifiers(), statement[0] + " from " + offset + ", " + limit);
                    answered++;
                }
                Optional<Long> count = purges.queries().count("news", statement[0]);
                assertTrue(count.isPresent(), "the index counts " + statement[0]);
                assertEquals(XPathQueries.count(live, statement[0]), count.get(), "count of " + statement[0]);
            }
            assertTrue(answered > 40, "ordered statements compared: " + answered);
        } finally {
            live.logout();
        }
    }

    /** The book promo's lists (PromoChoice): all publications, or those of some subjects, by creation, newest first. */
    @Test
    void answersThePromosPublicationListsAsJackrabbitDoes() throws Exception {
        List<String> statements = List.of(XPathQueries.items("news:publication", null, "@mgnl:created descending"),
                XPathQueries.items("news:publication", XPathQueries.anyOf("subjects", subjects.subList(0, 3)), "@mgnl:created descending"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        // each statement registers what it compares (subjects, mgnl:created): declined until the states hold both
        while (statements.stream().anyMatch(statement -> purges.queries().answer("publications", statement, 0, 0).isEmpty())) {
            assertTrue(System.nanoTime() < deadline, "the live states of publications were not read within two minutes");
            Thread.sleep(50);
        }
        Session live = context.repository().login(WorkspaceLayout.live("publications"));
        try {
            for (String statement : statements) {
                List<String> expected = new ArrayList<>();
                for (Node node : XPathQueries.nodes(live, statement, 0, 0)) {
                    expected.add(node.getIdentifier());
                }
                assertFalse(expected.isEmpty(), statement);
                Optional<LiveQueryIndex.Answer> answer = purges.queries().answer("publications", statement, 0, 0);
                assertTrue(answer.isPresent(), "the index answers " + statement);
                assertEquals(expected, answer.get().identifiers(), statement);
            }
        } finally {
            live.logout();
        }
    }

    /**
     * A statement the index answers is never parsed by Jackrabbit (its XPath parser was 4 % of a cache miss): the
     * recording session creates Jackrabbit's query only when the index declines or a caller wants rows; the nodes are
     * the same either way.
     */
    @Test
    void aRecordingSessionHasJackrabbitParseOnlyWhatTheIndexDeclines() throws Exception {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        int[] created = {0};
        Session counting = (Session) java.lang.reflect.Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    Object result = invoke(live, method, args);
                    if (method.getName().equals("getWorkspace")) {
                        javax.jcr.Workspace workspace = (javax.jcr.Workspace) result;
                        return java.lang.reflect.Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {javax.jcr.Workspace.class},
                                (p2, m2, a2) -> {
                                    Object r2 = invoke(workspace, m2, a2);
                                    if (m2.getName().equals("getQueryManager")) {
                                        javax.jcr.query.QueryManager manager = (javax.jcr.query.QueryManager) r2;
                                        return java.lang.reflect.Proxy.newProxyInstance(Session.class.getClassLoader(),
                                                new Class<?>[] {javax.jcr.query.QueryManager.class}, (p3, m3, a3) -> {
                                                    if (m3.getName().equals("createQuery")) {
                                                        created[0]++;
                                                    }
                                                    return invoke(manager, m3, a3);
                                                });
                                    }
                                    return r2;
                                });
                    }
                    return result;
                });
        try (ReadLog log = ReadLog.open()) {
            Session recording = RecordingSession.of(counting, purges.queries());
            String answered = latest(subjects.get(0), "title");
            List<String> expected = new ArrayList<>();
            for (Node node : XPathQueries.nodes(live, answered, 0, 11)) {
                expected.add(node.getIdentifier());
            }
            assertEquals(expected, identifiers(XPathQueries.nodes(recording, answered, 0, 11)), answered);
            assertEquals(XPathQueries.count(live, answered), XPathQueries.count(recording, answered), "count of " + answered);
            assertEquals(0, created[0], "statements the index answered, parsed by Jackrabbit");

            String declined = answered.replace(" descending", " ascending"); // oldest first: Jackrabbit answers
            List<String> declinedExpected = identifiers(XPathQueries.nodes(live, declined, 0, 5));
            assertEquals(5, declinedExpected.size(), declined);
            assertEquals(declinedExpected, identifiers(XPathQueries.nodes(recording, declined, 0, 5)), declined);
            assertEquals(1, created[0], "the declined statement, parsed by Jackrabbit");

            @SuppressWarnings("deprecation")
            javax.jcr.query.Query query = recording.getWorkspace().getQueryManager().createQuery(answered, javax.jcr.query.Query.XPATH);
            query.setLimit(3);
            assertEquals(3, count(query.execute().getRows()), "rows of an answered statement come from Jackrabbit's own query");
            assertEquals(2, created[0], "Jackrabbit's query, made for its rows");
            assertTrue(log.keys().size() > 3, "the reads were recorded");
        } finally {
            live.logout();
        }
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> identifiers(List<Node> nodes) throws RepositoryException {
        List<String> identifiers = new ArrayList<>();
        for (Node node : nodes) {
            identifiers.add(node.getIdentifier());
        }
        return identifiers;
    }

    private static int count(javax.jcr.query.RowIterator rows) {
        int n = 0;
        for (; rows.hasNext(); rows.nextRow()) {
            n++;
        }
        return n;
    }

    @Test
    void answersAsJackrabbitDoesBeforeAndAfterPublishes() throws Exception {
        assertSameAsJackrabbit();

        // a new article in the first subject, the newest of all (in the newest month, whose folder is published): it
        // enters that subject's latest lists, the related pool and the counts
        String newest = date(articles().get(0)).plusSeconds(1).toString();
        var created = context.content().create("news", Optional.empty(), Optional.empty(), Map.of(
                "title", "Fresh story about the index", "lead", "Lead", "body", "<p>Body</p>",
                "date", newest, "subjects", List.of(subjects.get(0))), "test");
        context.content().publish("news", created.path(), false, "test");
        assertSameAsJackrabbit();

        // an archive article moved to another date: it leaves one window and enters another
        String movedPath = articles().get(2);
        context.content().update("news", movedPath, Map.of("date", date(articles().get(0)).minusSeconds(3600).toString()),
                Optional.empty(), "test");
        context.content().publish("news", movedPath, false, "test");
        someArticles = null;
        assertSameAsJackrabbit();

        // an unpublished article leaves every list and count
        context.content().unpublish("news", created.path(), "test");
        someArticles = null;
        assertSameAsJackrabbit();
    }

    @Test
    void keepsTheValuesOfComparedPropertiesOnly() throws RepositoryException {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try {
            Node article = XPathQueries.nodes(live, XPathQueries.items("news:article", null, "@date descending"), 0, 1).get(0);
            ItemState state = purges.states().statesOf("news").get(article.getIdentifier());
            assertEquals(List.of(article.getProperty("date").getString()), state.values().get("date"), "a sort key");
            assertEquals(article.getProperty("subjects").getValues().length, state.values().get("subjects").size(), "a compared property");
            for (String presentOnly : List.of("mgnl:createdBy", "mgnl:lastModified", "sourceAgency", "title", "body")) {
                assertTrue(article.hasProperty(presentOnly), presentOnly);
                assertTrue(state.has(presentOnly), presentOnly + " is known to be there");
                assertEquals(null, state.values().get(presentOnly), presentOnly + " is compared by no list: its value is not kept");
            }
        } finally {
            live.logout();
        }
    }

    @Test
    void aPropertyComparedForTheFirstTimeIsReadAgainAndThenAnsweredExactly() throws Exception {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try {
            List<Node> all = XPathQueries.nodes(live, XPathQueries.items("news:article", null, "@date descending"), 0, 0);
            String agency = all.get(0).getProperty("sourceAgency").getString();
            String statement = XPathQueries.items("news:article", "@sourceAgency = " + XPathQueries.literal(agency), "@date descending");
            long deadline = System.nanoTime() + 120_000_000_000L;
            Optional<LiveQueryIndex.Answer> answer;
            while ((answer = purges.queries().answer("news", statement, 0, 0)).isEmpty()) { // declined until read again
                assertTrue(System.nanoTime() < deadline, "the live states were not read again within two minutes");
                Thread.sleep(50);
            }
            List<String> expected = new ArrayList<>();
            for (Node node : XPathQueries.nodes(live, statement, 0, 0)) {
                expected.add(node.getIdentifier());
            }
            assertTrue(expected.size() > 1 && expected.size() < all.size(), "a list of some articles: " + expected.size());
            assertEquals(expected, answer.get().identifiers());
            for (Node node : all) {
                assertEquals(List.of(node.getProperty("sourceAgency").getString()),
                        purges.states().statesOf("news").get(node.getIdentifier()).values().get("sourceAgency"), node.getPath());
            }
        } finally {
            live.logout();
        }
    }

    /**
     * The first list of a page (by date only) starts the reading of the news states at once; the next list of the same
     * page compares the subjects too. The reading under way takes them: the workspace is read once, not twice (every
     * start of the host read its 20,000 news items a second time), and its states hold both properties' values. A
     * property compared only after the reading finished still has the workspace read again.
     */
    @Test
    void twoListsComparingDifferentPropertiesOnAFreshWorkspaceHaveItReadOnce() throws Exception {
        Purges fresh = new Purges(context.repository()); // states of its own: the news workspace not read yet
        String byDate = latest(null, "title");
        String bySubject = latest(subjects.get(1), "title");
        // holding the states' lock, as the reading does to keep a state: it cannot finish between the two lists
        synchronized (fresh.states()) {
            assertTrue(fresh.queries().answer("news", byDate, 0, 11).isEmpty(), "declined while the states are read");
            assertTrue(fresh.queries().answer("news", bySubject, 0, 11).isEmpty(), "declined while the states are read");
        }
        awaitReady(fresh.states());
        assertEquals(1, fresh.states().fullReadings("news"), "readings of every news item");
        assertAnsweredAsJackrabbit(fresh, byDate);
        assertAnsweredAsJackrabbit(fresh, bySubject);
        assertStatesHold(fresh, "subjects");

        String agency = latestAgency();
        String byAgency = XPathQueries.items("news:article", "@sourceAgency = " + XPathQueries.literal(agency), "@date descending");
        assertTrue(fresh.queries().answer("news", byAgency, 0, 0).isEmpty(), "declined until read again with the agencies");
        awaitReady(fresh.states());
        assertEquals(2, fresh.states().fullReadings("news"), "a property compared after the reading: read again");
        assertAnsweredAsJackrabbit(fresh, byAgency);
        assertStatesHold(fresh, "subjects");
        assertStatesHold(fresh, "sourceAgency");
    }

    /**
     * A list comparing the subjects asked for when the reading has kept a hundred states without them: those states
     * are read again with the subjects, not the whole workspace, and every state holds them when the reading ends.
     */
    @Test
    void aPropertyComparedWhileTheStatesAreReadIsTakenByThatReading() throws Exception {
        Purges fresh = new Purges(context.repository());
        String bySubject = latest(subjects.get(2), "title");
        java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
        boolean[] askedWhileRead = {false};
        fresh.states().listen((workspace, identifier, state, sequence) -> {
            // told on the reading's thread, holding the states' lock: the list is asked right between two states kept
            if (kept.incrementAndGet() == 100) {
                askedWhileRead[0] = !fresh.states().complete("news");
                fresh.queries().answer("news", bySubject, 0, 11);
            }
        });
        fresh.queries().answer("news", latest(null, "title"), 0, 11);
        awaitReady(fresh.states());
        assertTrue(askedWhileRead[0], "the list was asked while the states were read");
        assertTrue(kept.get() > 300, "states kept in all: " + kept.get());
        assertEquals(1, fresh.states().fullReadings("news"), "readings of every news item");
        assertStatesHold(fresh, "subjects");
        assertAnsweredAsJackrabbit(fresh, bySubject);
    }

    private static void awaitReady(LiveStates states) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!states.ready("news")) { // read, settled, and nothing queued to read again
            assertTrue(System.nanoTime() < deadline, "the news states were not read within two minutes");
            Thread.sleep(50);
        }
    }

    private static String latestAgency() throws RepositoryException {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try {
            Node latest = XPathQueries.nodes(live, XPathQueries.items("news:article", null, "@date descending"), 0, 1).get(0);
            return latest.getProperty("sourceAgency").getString();
        } finally {
            live.logout();
        }
    }

    /** The index answers the statement (all of it) with what Jackrabbit's query gives. */
    private static void assertAnsweredAsJackrabbit(Purges from, String statement) throws RepositoryException {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try {
            List<String> expected = identifiers(XPathQueries.nodes(live, statement, 0, 0));
            assertFalse(expected.isEmpty(), statement);
            Optional<LiveQueryIndex.Answer> answer = from.queries().answer("news", statement, 0, 0);
            assertTrue(answer.isPresent(), "the index answers " + statement);
            assertEquals(expected, answer.get().identifiers(), statement);
        } finally {
            live.logout();
        }
    }

    /** Every live article's kept state holds the property's values as Jackrabbit has them. */
    private static void assertStatesHold(Purges from, String property) throws RepositoryException {
        Session live = context.repository().login(WorkspaceLayout.live("news"));
        try {
            List<Node> all = XPathQueries.nodes(live, XPathQueries.items("news:article", null, null), 0, 0);
            assertTrue(all.size() > 300, "articles: " + all.size());
            int with = 0;
            for (Node node : all) {
                ItemState state = from.states().statesOf("news").get(node.getIdentifier());
                if (!node.hasProperty(property)) {
                    assertFalse(state.has(property), property + " of " + node.getPath());
                    continue;
                }
                with++;
                javax.jcr.Property values = node.getProperty(property);
                List<String> expected = new ArrayList<>();
                for (javax.jcr.Value value : values.isMultiple() ? values.getValues() : new javax.jcr.Value[] {values.getValue()}) {
                    expected.add(value.getString());
                }
                assertEquals(expected, state.values().get(property), property + " of " + node.getPath());
            }
            assertTrue(with > all.size() / 2, "articles with " + property + ": " + with);
        } finally {
            live.logout();
        }
    }

    @Test
    void aPropertyComparedByAnotherWorkspacesListDoesNotHaveTheseStatesReadAgain() throws Exception {
        purges.states().need("news");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!purges.states().ready("news")) { // read and settled
            assertTrue(System.nanoTime() < deadline, "the news states were not read within two minutes");
            Thread.sleep(50);
        }
        // A list of publications comparing a property no list compared before: the publications' states keep it,
        // the news states stay as they are (read again, they would count as unknown, and a publish meanwhile would
        // purge every news list instead of the ones it touched).
        purges.queries().answer("publications", XPathQueries.items("news:publication", "@isbn = 'none'", "@mgnl:created descending"), 0, 0);
        assertTrue(purges.states().ready("news"), "the news states are not read again for a publications list");
        purges.states().statesOf("news").values().forEach(state ->
                assertFalse(state.values().containsKey("isbn"), "a news state keeps only what news lists compare"));
    }

    @Test
    void declinesWhatItCannotAnswerExactly() {
        LiveQueryIndex index = purges.queries();
        assertFalse(index.answer("news", "//element(*, news:article)[jcr:contains(., 'index')] order by @jcr:score descending, @date descending", 0, 10)
                .isPresent(), "full text");
        assertFalse(index.answer("news", "//element(*, news:article) order by @title ascending", 0, 10).isPresent(), "not a date order");
        assertFalse(index.answer("news", "/jcr:root/2020//element(*, news:article) order by @date descending", 0, 10).isPresent(),
                "below a path");
        assertFalse(index.answer("news", "//element(*, news:article)[@body = 'x'] order by @date descending", 0, 10).isPresent(),
                "a long value the states do not keep");
    }
}
