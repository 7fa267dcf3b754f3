package org.magnolianews.host.author.trash;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.magnolianews.host.content.Trash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges what has been in the trash longer than its retention: a minute after start, then every hour (a day's
 * retention is the smallest, so an hour late is close enough). A failed sweep is logged and tried again next hour.
 */
public final class TrashSweep implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrashSweep.class);
    /** The actor the audit trail names for purges nobody asked for. */
    static final String ACTOR = "trash-sweep";

    private final ScheduledExecutorService executor;

    private TrashSweep(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static TrashSweep start(Trash trash) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "trash-sweep");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                int purged = trash.purgeExpired(Instant.now(), ACTOR);
                if (purged > 0) {
                    LOG.info("Purged {} item(s) kept in the trash longer than {} days", purged, trash.retention().toDays());
                }
            } catch (RuntimeException e) {
                LOG.warn("Trash sweep failed ({}); trying again in an hour", e.toString());
            }
        }, 1, 60, TimeUnit.MINUTES);
        return new TrashSweep(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
