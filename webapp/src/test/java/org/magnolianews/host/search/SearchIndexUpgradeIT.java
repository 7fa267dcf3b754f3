package org.magnolianews.host.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.RunningHost;

/**
 * A data directory made before the search analysis existed (workspace.xml without {@code indexingConfiguration},
 * an index built without stemming) gets the analysis at its next start: the host names it in each workspace and
 * Jackrabbit rebuilds the index, so "Путина" finds "Путин" there too.
 */
class SearchIndexUpgradeIT {

    @Test
    void anOldRepositoryIsReindexedWithTheAnalysisAtTheNextStart() throws Exception {
        Path data = Files.createTempDirectory("news-upgrade-");
        try {
            RunningHost.start(data, List.of()).close();
            String configuration = Files.readString(data.resolve("indexing-configuration.xml"));
            makeItOld(data);
            // the host's configuration is kept as it is, so this start changes nothing: an old repository
            Files.writeString(data.resolve("indexing-configuration.xml"), configuration);
            try (RunningHost old = RunningHost.start(data, List.of())) {
                assertFalse(old.get("/ru/search.html?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD%D0%B0").body().contains(SiteSearchIT.KIM_TALKS),
                        "without the analysis Путина does not find Путин (the repository really is old)");
            }
            // an old repository has no configuration file at all: the host writes it and reindexes
            Files.delete(data.resolve("indexing-configuration.xml"));
            try (RunningHost upgraded = RunningHost.start(data, List.of())) {
                assertTrue(upgraded.get("/ru/search.html?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD%D0%B0").body().contains(SiteSearchIT.KIM_TALKS),
                        "reindexed with Russian stemming");
                assertTrue(Files.readString(data.resolve("workspaces/news_live/workspace.xml")).contains("indexingConfiguration"));
            }
        } finally {
            deleteTree(data);
        }
    }

    /** As the host before the analysis left it: no parameter in any workspace.xml, indexes built without it. */
    private static void makeItOld(Path data) throws Exception {
        try (Stream<Path> workspaces = Files.list(data.resolve("workspaces"))) {
            for (Path workspace : workspaces.toList()) {
                Path xml = workspace.resolve("workspace.xml");
                String text = Files.readString(xml);
                Files.writeString(xml, text.replaceAll("<param name=\"indexingConfiguration\"[^>]*/>", ""));
                deleteTree(workspace.resolve("index"));
            }
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
