package org.magnolianews.host.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Magnolia's light development: the light-modules directory is looked at every {@code interval} (a walk of file
 * names, sizes and modification times: cheap for a directory of YAML and scripts), and when anything in it was
 * added, changed or removed, {@code reload} runs once, so definitions are re-registered (their problems included)
 * and scripts read again without a restart.
 */
public final class LightModuleWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LightModuleWatcher.class);

    private final Path root;
    private final Runnable reload;
    private final ScheduledExecutorService scheduler;
    private long fingerprint;

    private LightModuleWatcher(Path root, Duration interval, Runnable reload) {
        this.root = root;
        this.reload = reload;
        this.fingerprint = fingerprint();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "light-module-watcher");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static LightModuleWatcher start(Path root, Duration interval, Runnable reload) {
        return new LightModuleWatcher(root, interval, reload);
    }

    private void check() {
        try {
            long now = fingerprint();
            if (now != fingerprint) {
                fingerprint = now;
                LOG.info("Light modules in {} changed: reloading the definitions", root);
                reload.run();
            }
        } catch (RuntimeException e) {
            // A file removed mid-walk, or a reload that failed: tried again at the next look.
            LOG.warn("Light module reload failed: {}", e.toString());
        }
    }

    private long fingerprint() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.mapToLong(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    return 31L * file.hashCode() + 17L * attributes.lastModifiedTime().toMillis() + attributes.size();
                } catch (IOException e) {
                    return file.hashCode();
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return fingerprint; // unreadable for a moment: no change
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
