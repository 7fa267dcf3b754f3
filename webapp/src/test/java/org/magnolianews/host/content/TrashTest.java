package org.magnolianews.host.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.audit.AuditAction;
import org.magnolianews.host.audit.AuditFilter;
import org.magnolianews.host.audit.AuditRecord;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.testing.OpenContext;

/** Deleted items go to the trash, come back from it with identifier and content, and are purged when expired (issue 10). */
class TrashTest {

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
    void aDeletedDraftIsInTheTrashAndComesBackWithItsIdentifierAndContent() {
        ContentService.Created item = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Into the bin", "lead", "Lead that must survive", "date", "2031-02-03T10:00:00+03:00"), "editor");
        content.delete("news", item.path(), "editor");

        assertFalse(exists("news", item.path()), "gone from the workspace");
        TrashEntry entry = entry(item.identifier());
        assertEquals("news", entry.workspace());
        assertEquals(item.path(), entry.originalPath());
        assertEquals("Into the bin", entry.title());
        assertEquals("editor", entry.deletedBy());

        Trash.Restored restored = content.trash().restore("news", item.identifier(), "editor");
        assertEquals(item.path(), restored.path());
        assertFalse(restored.renamed());
        String[] back = repository.call("news", s -> new String[] {s.getNode(item.path()).getIdentifier(),
                s.getNode(item.path()).getProperty("lead").getString()});
        assertEquals(item.identifier(), back[0]);
        assertEquals("Lead that must survive", back[1]);
        assertTrue(content.trash().find("news", item.identifier()).isEmpty(), "no longer in the trash");
        assertTrue(audited(AuditAction.DELETED, item.path()));
        assertTrue(audited(AuditAction.RESTORED, item.path()));
    }

    /**
     * A restore writes under the item lock, as save, create and delete do (issue 10): while another write holds the
     * lock of the item's folder (where a create of the same name would also lock), the restore waits for it.
     */
    @Test
    void aRestoreWaitsForTheItemLockThatWritesInItsFolderHold() throws Exception {
        ContentService.Created item = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Locked restore", "date", "2033-04-05T10:00:00+03:00"), "editor");
        content.delete("news", item.path(), "editor");
        String folder = item.path().substring(0, item.path().lastIndexOf('/'));
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> ItemLocks.of(repository).withLock("news", folder, () -> {
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        writer.start();
        assertTrue(held.await(10, java.util.concurrent.TimeUnit.SECONDS));
        java.util.concurrent.CompletableFuture<Trash.Restored> restore = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> content.trash().restore("news", item.identifier(), "editor"));
        Thread.sleep(700);
        assertFalse(restore.isDone(), "the restore went ahead while another write held the lock");
        assertFalse(exists("news", item.path()));
        release.countDown();
        assertEquals(item.path(), restore.get(20, java.util.concurrent.TimeUnit.SECONDS).path());
        writer.join();
    }

    @Test
    void aPublishedItemDeletedByAPublisherLeavesTheSiteAndRestoresAsADraft() {
        ContentService.Created item = content.create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Was live", "date", "2032-03-03T10:00:00+03:00"), "editor");
        content.publish("news", "/2032", true, "publisher");
        content.unpublishAndDelete("news", item.path(), "publisher");
        assertFalse(exists(WorkspaceLayout.live("news"), item.path()), "off the site");
        assertFalse(exists("news", item.path()));
        content.trash().restore("news", item.identifier(), "publisher");
        assertTrue(exists("news", item.path()));
        assertFalse(exists(WorkspaceLayout.live("news"), item.path()), "a restore does not publish");
        assertTrue(content.firstPublishedIn("news", item.path()).isEmpty(), "restored as a draft");
    }

    @Test
    void aRestoreWhoseNameWasTakenComesBackUnderAFreeName() {
        ContentService.Created item = content.create("news", Optional.of("/2031/04"), Optional.of("same-name"),
                Map.of("title", "First", "date", "2031-04-03T10:00:00+03:00"), "editor");
        content.delete("news", item.path(), "editor");
        content.create("news", Optional.of("/2031/04"), Optional.of("same-name"),
                Map.of("title", "Second", "date", "2031-04-03T10:00:00+03:00"), "editor");
        Trash.Restored restored = content.trash().restore("news", item.identifier(), "editor");
        assertTrue(restored.renamed());
        assertEquals("/2031/04/same-name-2", restored.path());
        assertEquals("First", repository.call("news", s -> s.getNode(restored.path()).getProperty("title").getString()));
    }

    @Test
    void theSweepPurgesOnlyWhatIsOlderThanTheRetention() {
        ContentService.Created item = content.create("subject", Optional.empty(), Optional.empty(),
                Map.of("name", "Short-lived subject"), "editor");
        content.delete("subjects", item.path(), "editor");
        Duration retention = content.trash().retention();
        assertEquals(Duration.ofDays(TrashSettings.DEFAULT_DAYS), retention);

        content.trash().purgeExpired(Instant.now().plus(retention).minus(Duration.ofHours(1)), "system");
        assertTrue(content.trash().find("subjects", item.identifier()).isPresent(), "kept inside the retention");

        int purged = content.trash().purgeExpired(Instant.now().plus(retention).plusSeconds(1), "system");
        assertTrue(purged >= 1);
        assertTrue(content.trash().find("subjects", item.identifier()).isEmpty(), "purged once expired");
        assertTrue(audited(AuditAction.PURGED, item.path()));
    }

    @Test
    void theRetentionIsAnOptionInDays() {
        assertEquals(Duration.ofDays(7), TrashSettings.from(Map.of(TrashSettings.DAYS, "7")).retention());
        org.junit.jupiter.api.Assertions.assertThrows(org.magnolianews.host.config.SettingsException.class,
                () -> TrashSettings.from(Map.of(TrashSettings.DAYS, "0")));
        org.junit.jupiter.api.Assertions.assertThrows(org.magnolianews.host.config.SettingsException.class,
                () -> TrashSettings.from(Map.of(TrashSettings.DAYS, "soon")));
    }

    private static TrashEntry entry(String id) {
        return content.trash().list().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the trash: " + id));
    }

    private static boolean exists(String workspace, String path) {
        return repository.call(workspace, s -> s.nodeExists(path));
    }

    private static boolean audited(AuditAction action, String path) {
        List<AuditRecord> records = open.context().audit().find(new AuditFilter(java.util.Set.of(action), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 100, 0));
        return records.stream().anyMatch(r -> r.subject().endsWith(":" + path));
    }
}
