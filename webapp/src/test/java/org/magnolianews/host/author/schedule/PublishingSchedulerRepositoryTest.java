package org.magnolianews.host.author.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.NewsHost;
import org.magnolianews.host.author.apps.ItemValues;
import org.magnolianews.host.author.versions.PublishingActions;
import org.magnolianews.host.author.versions.VersionStore;
import org.magnolianews.host.config.HostSettings;
import org.magnolianews.host.content.ContentService;

/** Scheduled jobs live in the repository: a job scheduled before a restart runs after it. */
class PublishingSchedulerRepositoryTest {

    private static final long NEVER_POLL = 3_600_000;

    private static HostContext open(Path dir) {
        return NewsHost.openContext(HostSettings.from(List.of("--data-dir", dir.toString(), "--port", "0"), Map.of()));
    }

    private static PublishingActions publishing(HostContext host, VersionStore versions) {
        return new PublishingActions(host.content(), host.repository(), host.definitions(), versions, new ItemValues(host.languages()));
    }

    @Test
    void aJobScheduledBeforeARestartRunsAfterItAndMakesAVersion() throws Exception {
        Path dir = Files.createTempDirectory("scheduler-");
        String path;
        String identifier;
        HostContext before = open(dir);
        try (PublishingScheduler scheduler = new PublishingScheduler(before.repository(), publishing(before, new VersionStore(before.repository())), NEVER_POLL)) {
            ContentService.Created created = before.content().create("subject", Optional.empty(), Optional.empty(), Map.of("name", "Scheduled"), "anna");
            path = created.path();
            identifier = created.identifier();
            Calendar due = Calendar.getInstance();
            due.add(Calendar.SECOND, -1);
            scheduler.schedule(ScheduledJob.PUBLISH, "subjects", identifier, path, due, "anna");
        } finally {
            before.repository().close();
        }

        HostContext after = open(dir);
        try {
            VersionStore versions = new VersionStore(after.repository());
            try (PublishingScheduler scheduler = new PublishingScheduler(after.repository(), publishing(after, versions), NEVER_POLL)) {
                assertEquals(1, scheduler.jobs(identifier).size(), "the job survived the restart");
                scheduler.runDue();
                assertTrue(after.repository().<Boolean>call("subjects_live", s -> s.nodeExists(path)));
                assertEquals(List.of(), scheduler.jobs(identifier));
                assertEquals("anna", versions.list("subjects", identifier).get(0).user());
            }
        } finally {
            after.repository().close();
        }
    }

    @Test
    void aJobThatCannotRunKeepsItsReasonAndIsNotRetried() throws Exception {
        HostContext host = open(Files.createTempDirectory("scheduler-"));
        try (PublishingScheduler scheduler = new PublishingScheduler(host.repository(), publishing(host, new VersionStore(host.repository())), NEVER_POLL)) {
            String missing = "00000000-0000-4000-8000-000000000000";
            scheduler.schedule(ScheduledJob.UNPUBLISH, "subjects", missing, "/gone", Calendar.getInstance(), "anna");
            scheduler.runDue();
            ScheduledJob job = scheduler.jobs(missing).get(0);
            assertNotNull(job.failure());
            scheduler.runDue();
            assertEquals(1, scheduler.jobs(missing).size());
        } finally {
            host.repository().close();
        }
    }
}
