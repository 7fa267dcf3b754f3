package org.magnolianews.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.jcr.query.Query;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.generate.GenerateCommand;
import org.magnolianews.host.testing.OpenContext;
import org.magnolianews.host.testing.TempDirs;

/**
 * {@code generate} leaves each live workspace's search index as one Lucene sub-index (a bulk load leaves several at
 * 900 articles, eleven at 20,000 before rich text was indexed full-text only; since then Jackrabbit's volatile index holds
 * more articles before it is written out, so 300 articles left only two sub-indexes, which it never merges), and the merge changes no answer: the same full-text queries, ranked by score, give the
 * same items with the same scores in the same order, lists ordered by a property too, and a query without an order finds
 * the same items. The merge's
 * temporary parameters are gone from every {@code workspace.xml}, and so are the merged-away sub-indexes' folders.
 */
class SearchIndexCompactionTest {

    /** Ranked as the delivery's {@code q} ranks, and ordered as its lists are: the same rows in the same order. */
    private static final List<String> ORDERED = List.of(
            "//element(*, news:article)[jcr:contains(., 'lighthouse') or jcr:contains(@body, 'lighthouse')]"
                    + " order by @jcr:score descending, @jcr:uuid ascending",
            "//element(*, news:article)[jcr:contains(., 'summit') and jcr:contains(@title, 'forum')]"
                    + " order by @jcr:score descending, @jcr:uuid ascending",
            "//element(*, news:article) order by @date descending, @jcr:uuid ascending");
    /**
     * Without an order: the same rows. Their order is the index's, which every merge Jackrabbit makes itself changes
     * too (IndexMerger takes the merged readers from a HashMap: MultiIndex.getIndexReaders), so it is not compared.
     */
    private static final List<String> UNORDERED = List.of(
            "//element(*, news:article)[jcr:contains(., 'parliament')]",
            "//element(*, mgnl:folder)");
    private static final List<String> WORKSPACES = List.of("news", "news_live");

    private final Path root = TempDirs.create("index-compaction-");

    @AfterEach
    void cleanUp() {
        TempDirs.delete(root);
    }

    @Test
    void generateLeavesOneSubIndexPerWorkspaceAndEveryAnswerAsItWas() throws Exception {
        Path data = root.resolve("data");
        GenerateCommand.run(List.of("--articles", "900", "--subjects", "10", "--publications", "4", "--seed", "3",
                "--data-dir", data.toString()), Map.of());
        for (String workspace : List.of("news_live", "publications_live", "subjects_live", "website_live", "dam_live")) {
            assertTrue(SearchIndexCompaction.subIndexes(index(data, workspace)).size() <= 2, // Jackrabbit merges three or more
                    workspace + ": " + SearchIndexCompaction.subIndexes(index(data, workspace)));
        }
        assertEquals(1, SearchIndexCompaction.subIndexes(index(data, "news_live")).size());
        for (Path xml : WorkspaceFiles.workspaceXmls(data).values()) {
            String text = Files.readString(xml);
            assertFalse(text.contains("minMergeDocs") || text.contains("mergeFactor"), xml + " keeps the merge's settings");
        }
    }

    @Test
    void mergingChangesNoAnswerAndRemovesTheOldSubIndexes() throws Exception {
        Path data = root.resolve("plain");
        // the load as generate makes it, without its final merge
        try (OpenContext open = OpenContext.at(data, List.of())) {
            new org.magnolianews.host.generate.DatasetGenerator(open.context())
                    .generate(new org.magnolianews.host.generate.DatasetGenerator.Plan(900, 10, 4, 3),
                            org.magnolianews.host.generate.DatasetGenerator.Progress.NONE);
        }
        Map<String, Integer> before = new LinkedHashMap<>();
        for (String workspace : WORKSPACES) {
            before.put(workspace, SearchIndexCompaction.subIndexes(index(data, workspace)).size());
            assertTrue(before.get(workspace) > 2, workspace + " is not fragmented, nothing to test: " + before);
        }
        Map<String, List<String>> answers = answers(data);

        Map<String, Integer> compacted = SearchIndexCompaction.apply(data, WORKSPACES);

        for (String workspace : WORKSPACES) {
            assertEquals(before.get(workspace), compacted.get(workspace), workspace);
            List<String> left = SearchIndexCompaction.subIndexes(index(data, workspace));
            assertEquals(1, left.size(), workspace + ": " + left);
            try (Stream<Path> folders = Files.list(index(data, workspace))) {
                List<String> subFolders = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
                assertEquals(left, subFolders, workspace + ": merged-away sub-indexes are deleted");
            }
        }
        Map<String, List<String>> after = answers(data);
        for (Map.Entry<String, List<String>> answer : answers.entrySet()) {
            assertSame(answer.getKey(), answer.getValue(), after.get(answer.getKey()));
        }
    }

    /** Equal lists, or the first difference named (not thousands of rows). */
    private static void assertSame(String what, List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", row " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": rows");
    }

    /** Per workspace and query: every row's identifier and score, in the answer's order, and the count. */
    private static Map<String, List<String>> answers(Path data) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        try (OpenContext open = OpenContext.at(data, List.of())) {
            for (String workspace : WORKSPACES) {
                for (String statement : concat(ORDERED, UNORDERED)) {
                    answers.put(workspace + " " + statement, open.context().repository().call(workspace, session -> {
                        @SuppressWarnings("deprecation")
                        Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
                        List<String> rows = new ArrayList<>();
                        for (RowIterator it = query.execute().getRows(); it.hasNext(); ) {
                            Row row = it.nextRow();
                            rows.add(row.getNode().getIdentifier() + " " + row.getScore());
                        }
                        if (UNORDERED.contains(statement)) {
                            rows.sort(null);
                        }
                        return rows;
                    }));
                }
            }
        }
        answers.values().forEach(rows -> assertFalse(rows.isEmpty(), "a query that finds nothing proves nothing"));
        return answers;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static Path index(Path data, String workspace) {
        return data.resolve("workspaces").resolve(workspace).resolve("index");
    }
}

