package org.magnolianews.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.testing.OpenContext;

/** Publishing into the live twin, observed in the real live workspace. */
class PublisherTest {

    private static OpenContext open;
    private static ContentService content;
    private static ContentRepository repository;

    @BeforeAll
    static void start() throws Exception {
        open = OpenContext.fresh();
        content = open.context().content();
        repository = open.context().repository();
    }

    @AfterAll
    static void stop() {
        open.close();
    }

    @Test
    void publishKeepsTheIdentifierAndRepublishUpdatesInPlace() {
        ContentService.Created subject = content.create("subject", Optional.empty(), Optional.of("p-energy"),
                Map.of("name", "Energy"), "editor");
        assertEquals(PublicationStatus.UNPUBLISHED, status("subjects", subject.path()));
        content.publish("subjects", subject.path(), false, "publisher");
        assertEquals(subject.identifier(), liveIdentifier("subjects", subject.path()));
        assertEquals(PublicationStatus.PUBLISHED, status("subjects", subject.path()));
        assertEquals("publisher", liveString("subjects", subject.path(), MgnlNodeTypes.LAST_ACTIVATED_BY));

        content.update("subject", subject.path(), Map.of("name", "Energy and power"), Optional.empty(), "editor");
        assertEquals(PublicationStatus.MODIFIED, status("subjects", subject.path()));
        assertEquals("Energy", liveString("subjects", subject.path(), "name"), "draft changes stay on the author side");

        content.publish("subjects", subject.path(), false, "publisher");
        assertEquals("Energy and power", liveString("subjects", subject.path(), "name"));
        assertEquals(subject.identifier(), liveIdentifier("subjects", subject.path()));
    }

    @Test
    void aChildCannotBePublishedBeforeItsParent() {
        ContentService.Created item = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Parent rule", "date", "2031-02-03T10:00:00+03:00"), "editor");
        assertEquals("/2031/02/parent-rule", item.path());
        assertThrows(PublishingException.ParentNotPublished.class, () -> content.publish("news", item.path(), false, "p"));
        assertFalse(liveExists("news", item.path()));
    }

    @Test
    void folderWithoutSubnodesDoesNotLeakDraftItems() {
        ContentService.Created item = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Draft inside", "date", "2032-05-01T10:00:00+03:00"), "editor");
        content.publish("news", "/2032", false, "p");
        content.publish("news", "/2032/05", false, "p");
        assertTrue(liveExists("news", "/2032/05"));
        assertFalse(liveExists("news", item.path()), "the draft item stays unpublished");

        content.publish("news", item.path(), false, "p");
        assertTrue(liveExists("news", item.path()));
        content.publish("news", "/2032", false, "p");
        assertTrue(liveExists("news", item.path()), "re-publishing the folder keeps its published children");
    }

    @Test
    void recursivePublishCarriesItemsAndTheirSubModelNodes() {
        ContentService.Created item = content.create("news", Optional.empty(), Optional.empty(), Map.of(
                "title", "With corrections", "date", "2033-01-15T10:00:00+03:00",
                "corrections", List.of(Map.of("date", "2033-01-16", "note", "Fixed a name"))), "editor");
        List<String> published = content.publish("news", "/2033", true, "p");
        assertEquals(List.of("/2033", "/2033/01", item.path()), published);
        assertEquals("Fixed a name", liveString("news", item.path() + "/corrections0", "note"));

        content.unpublish("news", "/2033/01", "p");
        assertFalse(liveExists("news", item.path()));
        assertFalse(liveExists("news", "/2033/01"));
        assertTrue(liveExists("news", "/2033"));
        assertEquals(PublicationStatus.UNPUBLISHED, status("news", item.path()));
    }

    @Test
    void renamedItemMovesOnTheLiveSideOnRepublish() {
        ContentService.Created subject = content.create("subject", Optional.empty(), Optional.of("old-name"),
                Map.of("name", "Rename me"), "editor");
        content.publish("subjects", subject.path(), false, "p");
        repository.call("subjects", session -> {
            session.move("/old-name", "/new-name");
            session.save();
            return null;
        });
        content.publish("subjects", "/new-name", false, "p");
        assertTrue(liveExists("subjects", "/new-name"));
        assertFalse(liveExists("subjects", "/old-name"));
        assertEquals(subject.identifier(), liveIdentifier("subjects", "/new-name"));
    }

    private static PublicationStatus status(String workspace, String path) {
        return repository.call(workspace, session -> PublicationStatus.of(session.getNode(path)));
    }

    private static boolean liveExists(String workspace, String path) {
        return repository.call(WorkspaceLayout.live(workspace), session -> session.nodeExists(path));
    }

    private static String liveIdentifier(String workspace, String path) {
        return repository.call(WorkspaceLayout.live(workspace), session -> session.getNode(path).getIdentifier());
    }

    private static String liveString(String workspace, String path, String property) {
        return repository.call(WorkspaceLayout.live(workspace), session -> session.getNode(path).getProperty(property).getString());
    }
}
