package org.magnolianews.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.magnolianews.host.config.CommandLine;
import org.magnolianews.host.config.HostSettings;
import org.magnolianews.host.config.SettingsException;
import org.magnolianews.host.repository.RepositoryFailure;
import org.magnolianews.host.repository.SearchIndexCompaction;

/**
 * {@code merge-search-index [--data-dir D]}: merges each live workspace's search index into one Lucene index, as
 * {@code generate} does at its end; for a data directory loaded another way (a bulk import over HTTP leaves as many
 * sub-indexes as a load does, and every search pays per sub-index). The host must be stopped (Jackrabbit allows one
 * process per data directory). Only for the embedded repository of the shipped configuration.
 */
final class MergeSearchIndexCommand {

    private static final String LIVE_SUFFIX = "_live";

    private MergeSearchIndexCommand() {
    }

    static void run(List<String> args, Map<String, String> env) throws java.io.IOException {
        CommandLine line = CommandLine.parse(args, List.of("--data-dir"), List.of());
        HostSettings settings = HostSettings.from(line.value("--data-dir").map(dir -> List.of("--data-dir", dir))
                .orElse(List.of()), env);
        Path workspaces = settings.dataDir().resolve("workspaces");
        if (!Files.isDirectory(workspaces)) {
            throw new SettingsException("no repository in " + settings.dataDir() + " (--data-dir, NEWS_DATA_DIR)");
        }
        List<String> live;
        try (Stream<Path> each = Files.list(workspaces)) {
            live = each.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(LIVE_SUFFIX)).sorted().toList();
        }
        long started = System.nanoTime();
        Map<String, Integer> merged;
        try {
            merged = SearchIndexCompaction.apply(settings.dataDir(), live);
        } catch (RepositoryFailure e) {
            throw new SettingsException("cannot open the repository in " + settings.dataDir()
                    + ": is a host running on it? Stop it first. (" + e.getMessage() + ")");
        }
        System.out.printf("Merged the search indexes of %s (sub-indexes each had) in %.1f s%n",
                merged.isEmpty() ? "no workspace: none had more than two" : merged.toString(), (System.nanoTime() - started) / 1e9);
    }
}
