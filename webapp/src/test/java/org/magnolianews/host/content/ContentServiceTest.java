package org.magnolianews.host.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.testing.OpenContext;

class ContentServiceTest {

    private static OpenContext open;
    private static ContentService content;
    private static ContentRepository repository;
    private static List<ContentEvent> events = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        open = OpenContext.fresh();
        content = open.context().content();
        repository = open.context().repository();
        open.context().events().subscribe(events::add);
    }

    @AfterAll
    static void stop() {
        open.close();
    }

    @Test
    void newsGoesIntoYearMonthFoldersUnderATransliteratedUniqueSlug() {
        Map<String, Object> values = Map.of("title_ru", "Путин и Абэ обсудили кризис", "date", "2017-11-10T14:05:00+03:00");
        ContentService.Created first = content.create("news", Optional.empty(), Optional.empty(), values, "editor");
        ContentService.Created second = content.create("news", Optional.empty(), Optional.empty(), values, "editor");
        assertEquals("/2017/11/putin-i-abe-obsudili-krizis", first.path());
        assertEquals("/2017/11/putin-i-abe-obsudili-krizis-2", second.path());
        repository.call("news", session -> {
            assertTrue(session.getNode("/2017/11").isNodeType(MgnlNodeTypes.FOLDER));
            assertEquals("editor", session.getNode(first.path()).getProperty(MgnlNodeTypes.CREATED_BY).getString());
            assertEquals(2017, session.getNode(first.path()).getProperty("date").getDate().get(Calendar.YEAR));
            return null;
        });
        assertTrue(events.stream().anyMatch(e -> e.kind() == ContentEvent.Kind.SAVED && e.paths().contains(first.path())));
    }

    @Test
    void aMoveThatMayNotTouchPublishedContentIsRefusedInsideTheLockAndMovesNothing() {
        ContentService.Created item = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Stays put", "date", "2033-04-01T10:00:00+03:00"), "editor");
        content.publish("news", "/2033", true, "publisher");
        PublishedContentException refused = assertThrows(PublishedContentException.class,
                () -> content.move("news", item.path(), "/2033/05", "moved-away", "editor", false));
        assertTrue(refused.getMessage().contains(item.path()), refused.getMessage());
        boolean stayed = repository.call("news", s -> s.nodeExists(item.path()));
        assertTrue(stayed, "still where it was");
        String moved = content.move("news", item.path(), "/2033/04", "moved-by-publisher", "publisher", true);
        assertEquals("/2033/04/moved-by-publisher", moved);
        content.unpublish("news", "/2033", "publisher"); // leaves no modified mark for the other tests' queries
        content.delete("news", "/2033", "publisher");
    }

    @Test
    void everyBadFieldIsListedAndNothingIsWritten() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lead", "A lead without a title");
        values.put("date", "10.11.2017");
        values.put("subjects", List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000"));
        values.put("colour", "red");
        values.put("title_de", "Deutsch");
        values.put("corrections", List.of(Map.of("note", "no date")));
        ValidationException e = assertThrows(ValidationException.class,
                () -> content.create("news", Optional.of("/2099/01"), Optional.empty(), values, "editor"));
        Map<String, String> byField = new LinkedHashMap<>();
        e.errors().forEach(error -> byField.put(error.field(), error.reason()));
        assertTrue(byField.get("date").startsWith("must be a date"), byField.toString());
        assertTrue(byField.get("subjects[0]").startsWith("must be the identifier of a subject"), byField.toString());
        assertTrue(byField.get("subjects[1]").startsWith("no subject with identifier"), byField.toString());
        assertTrue(byField.get("colour").startsWith("unknown property"), byField.toString());
        assertTrue(byField.get("title_de").startsWith("unknown property"), byField.toString());
        assertEquals("is required", byField.get("corrections[0].date"), byField.toString());
        assertEquals("is required in at least one language", byField.get("title"), byField.toString());
        assertEquals(7, e.errors().size(), byField.toString());
        boolean folderCreated = repository.call("news", session -> session.nodeExists("/2099"));
        assertFalse(folderCreated, "not even the folder was created");
    }

    @Test
    void richTextIsSanitizedOnSave() {
        ContentService.Created item = content.create("news", Optional.empty(), Optional.empty(), Map.of(
                "title", "Sanitized", "date", "2018-01-01",
                "body", "<p onclick=\"steal()\">Hello <script>alert(1)</script><a href=\"javascript:x()\">x</a> <b>bold</b></p>"), "editor");
        String body = repository.call("news", session -> session.getNode(item.path()).getProperty("body").getString());
        assertFalse(body.contains("script"), body);
        assertFalse(body.contains("onclick"), body);
        assertFalse(body.contains("javascript:"), body);
        assertTrue(body.contains("<b>bold</b>"), body);
    }

    @Test
    void referencesToExistingItemsAndSubModelsAreStored() {
        ContentService.Created subject = content.create("subject", Optional.empty(), Optional.of("cs-books"), Map.of("name", "Books"), "e");
        ContentService.Created book = content.create("publication", Optional.empty(), Optional.empty(), Map.of(
                "title", "Russian to the Bone",
                "authors", "Marco Maggi",
                "subjects", List.of(subject.identifier()),
                "releases", List.of(Map.of("country", "IT", "status", "available", "date", "2017-05-15"),
                        Map.of("country", "RU", "status", "announced"))), "e");
        repository.call("publications", session -> {
            var node = session.getNode(book.path());
            assertEquals("russian-to-the-bone", node.getName());
            assertEquals(subject.identifier(), node.getProperty("subjects").getValues()[0].getString());
            assertEquals("Marco Maggi", node.getProperty("authors").getValues()[0].getString());
            assertEquals("IT", node.getNode("releases0").getProperty("country").getString());
            assertEquals("announced", node.getNode("releases1").getProperty("status").getString());
            return null;
        });
    }

    @Test
    void staleUpdateIsRefusedAndTheNewerSaveKept() {
        ContentService.Created subject = content.create("subject", Optional.empty(), Optional.of("cs-stale"), Map.of("name", "First"), "a");
        Calendar loaded = repository.call("subjects", s -> s.getNode(subject.path()).getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate());
        content.update("subject", subject.path(), Map.of("name", "Second"), Optional.of(loaded), "a");
        assertThrows(ConcurrentEditException.class,
                () -> content.update("subject", subject.path(), Map.of("name", "Third"), Optional.of(loaded), "b"));
        assertEquals("Second", repository.call("subjects", s -> s.getNode(subject.path()).getProperty("name").getString()));
    }

    @Test
    void updateOfAMissingItemIsNotFound() {
        assertThrows(ItemNotFoundException.class,
                () -> content.update("subject", "/no-such-subject", Map.of("name", "x"), Optional.empty(), "a"));
    }

    @Test
    void explicitNamesMustBeSlugs() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> content.create("subject", Optional.empty(), Optional.of("../Bad Name"), Map.of("name", "x"), "a"));
        assertEquals("@name", e.errors().get(0).field());
    }

    @Test
    void savingAPublishedItemMarksItModifiedUntilItIsPublishedAgainAndTheMarkIsQueryable() {
        ContentService.Created item = content.create("news", Optional.of("/2031/01"), Optional.of("status-mark"),
                Map.of("title", "Status mark", "date", "2031-01-01"), "editor");
        content.publish("news", "/2031", false, "publisher");
        content.publish("news", "/2031/01", false, "publisher");
        content.publish("news", item.path(), false, "publisher");
        assertEquals(List.of(), modifiedItems());
        content.update("news", item.path(), Map.of("lead", "Changed after publication"), Optional.empty(), "editor");
        assertEquals(List.of(item.path()), modifiedItems());
        assertEquals(org.magnolianews.host.repository.PublicationStatus.MODIFIED, status(item.path()));
        content.publish("news", item.path(), false, "publisher");
        assertEquals(List.of(), modifiedItems());
        assertEquals(org.magnolianews.host.repository.PublicationStatus.PUBLISHED, status(item.path()));
        boolean liveHasIt = repository.call("news_live", session -> session.getNode(item.path()).hasProperty(MgnlNodeTypes.MODIFIED_SINCE_PUBLICATION));
        assertFalse(liveHasIt, "the mark stays on the author side");
        content.update("news", item.path(), Map.of("lead", "Changed again"), Optional.empty(), "editor");
        content.unpublish("news", item.path(), "publisher");
        assertEquals(List.of(), modifiedItems(), "an unpublished item is not 'modified'");
    }

    private static List<String> modifiedItems() {
        return repository.call("news", session -> {
            @SuppressWarnings("deprecation")
            javax.jcr.query.Query query = session.getWorkspace().getQueryManager().createQuery(
                    "//element(*, news:article)[@" + MgnlNodeTypes.MODIFIED_SINCE_PUBLICATION + " = 'true']", javax.jcr.query.Query.XPATH);
            List<String> paths = new ArrayList<>();
            for (javax.jcr.NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                paths.add(it.nextNode().getPath());
            }
            return paths;
        });
    }

    private static org.magnolianews.host.repository.PublicationStatus status(String path) {
        return repository.call("news", session -> org.magnolianews.host.repository.PublicationStatus.of(session.getNode(path)));
    }
}
