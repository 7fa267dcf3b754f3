package org.magnolianews.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.config.SettingsException;
import org.magnolianews.host.generate.DatasetGenerator;
import org.magnolianews.host.testing.OpenContext;
import org.magnolianews.host.testing.TempDirs;

/**
 * {@code merge-search-index} leaves a data directory loaded without {@code generate}'s final merge with one search
 * sub-index in each live workspace (the author's are left as they are), and refuses a directory without a repository.
 */
class MergeSearchIndexCommandTest {

    private final Path root = TempDirs.create("merge-index-");

    @AfterEach
    void cleanUp() {
        TempDirs.delete(root);
    }

    @Test
    void mergesTheLiveWorkspacesSearchIndexes() throws Exception {
        Path data = root.resolve("data");
        try (OpenContext open = OpenContext.at(data, List.of())) {
            new DatasetGenerator(open.context()).generate(new DatasetGenerator.Plan(900, 10, 4, 3), DatasetGenerator.Progress.NONE);
        }
        int author = subIndexes(data, "news");
        assertTrue(subIndexes(data, "news_live") > 2 && author > 2, "a load leaves several sub-indexes");

        MergeSearchIndexCommand.run(List.of("--data-dir", data.toString()), Map.of());

        assertEquals(1, subIndexes(data, "news_live"));
        assertEquals(author, subIndexes(data, "news"), "the author workspace is not merged");
    }

    @Test
    void refusesADirectoryWithoutARepository() {
        SettingsException refused = assertThrows(SettingsException.class,
                () -> MergeSearchIndexCommand.run(List.of("--data-dir", root.resolve("none").toString()), Map.of()));
        assertTrue(refused.getMessage().contains("no repository in"), refused.getMessage());
    }

    private static int subIndexes(Path data, String workspace) throws Exception {
        try (Stream<Path> folders = Files.list(data.resolve("workspaces").resolve(workspace).resolve("index"))) {
            return (int) folders.filter(Files::isDirectory).count();
        }
    }
}
