package org.magnolianews.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.jcr.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.OpenContext;
import org.magnolianews.host.testing.TempDirs;

/**
 * What a workspace's H2 file takes on disk (issue 13, storage): pages are written compressed, and the dead chunks
 * that many saves leave behind are dropped when the repository shuts down, without losing a byte of content.
 */
class H2StorageTest {

    private static final int ITEMS = 300;
    private static final List<String> WORDS = List.of("parliament", "minister", "agreement", "election", "summit",
            "economy", "treaty", "ruble", "council", "peninsula", "talks", "report", "встреча", "переговоры", "договор",
            "экономика", "выборы", "министр", "совет", "the", "of", "and", "in", "on", "with", "after", "before");

    private final Path dataDir = TempDirs.create("news-h2-");

    @AfterEach
    void cleanUp() throws java.io.IOException {
        TempDirs.delete(dataDir);
        Files.deleteIfExists(dataDir.resolveSibling(dataDir.getFileName() + "-repository.xml"));
    }

    @Test
    void pagesAreWrittenCompressed() throws Exception {
        long textBytes;
        try (OpenContext open = OpenContext.at(dataDir, List.of())) {
            textBytes = open.context().repository().call("news", session -> {
                long bytes = 0;
                for (int i = 0; i < ITEMS; i++) {
                    bytes += write(session.getRootNode().addNode("n" + i, "nt:unstructured"), i);
                }
                session.save(); // one save: no dead chunks, so the file is what the content takes
                return bytes;
            });
            long file = Files.size(newsFile());
            assertTrue(file < textBytes * 3 / 4, "file " + file + " bytes for " + textBytes + " bytes of text");
        }
    }

    /**
     * H2 itself compacts for at most {@code MAX_COMPACT_TIME} (200 ms) when it closes, enough for this small file but
     * not for a bulk load's (20,000 articles: 420 MB left, 73 MB compacted); so H2's own budget is taken away here
     * ({@code MAX_COMPACT_TIME=0} on the shipped configuration's URLs), and what remains is the shutdown's compaction.
     */
    @Test
    void shutdownDropsTheDeadChunksOfManySavesAndKeepsTheContent() throws Exception {
        List<String> noOwnCompaction = List.of("--repository-config", withoutH2sOwnCompaction().toString());
        long before;
        try (OpenContext open = OpenContext.at(dataDir, noOwnCompaction)) {
            open.context().repository().call("news", session -> {
                for (int i = 0; i < ITEMS; i++) {
                    write(session.getRootNode().addNode("n" + i, "nt:unstructured"), i);
                    session.save(); // a save per item, as an author's edits or a bulk load's batches: chunk after chunk
                }
                return null;
            });
            before = Files.size(newsFile());
        }
        long after = Files.size(newsFile());
        assertTrue(after < before / 2, "file " + before + " bytes before the shutdown, " + after + " after");
        try (OpenContext open = OpenContext.at(dataDir, noOwnCompaction)) {
            open.context().repository().call("news", session -> {
                for (int i = 0; i < ITEMS; i++) {
                    Node node = session.getNode("/n" + i);
                    assertEquals(text(i), node.getProperty("text").getString(), "/n" + i);
                }
                return null;
            });
        }
    }

    /**
     * A data directory made by an older host (Jackrabbit's plain H2 manager, uncompressed pages, in each workspace's
     * own {@code workspace.xml}) gets today's storage settings when the shipped configuration opens it, keeps its
     * content, and its next shutdown drops the dead chunks.
     */
    @Test
    void anOlderDataDirectoryGetsTheStorageSettingsAndIsCompactedAtItsNextShutdown() throws Exception {
        String older = shipped().replace(H2StorageUpgrade.COMPACTING, H2StorageUpgrade.PLAIN).replace(";COMPRESS=TRUE", "")
                .replace(";WRITE_DELAY=0", ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        Path olderConfig = config(older);
        try (OpenContext open = OpenContext.at(dataDir, List.of("--repository-config", olderConfig.toString()))) {
            open.context().repository().call("news", session -> {
                for (int i = 0; i < ITEMS; i++) {
                    write(session.getRootNode().addNode("n" + i, "nt:unstructured"), i);
                    session.save();
                }
                return null;
            });
        }
        Path workspaceXml = dataDir.resolve("workspaces/news/workspace.xml");
        assertTrue(Files.readString(workspaceXml).contains(H2StorageUpgrade.PLAIN + "\""), "made the old way");
        long before = Files.size(newsFile());
        try (OpenContext open = OpenContext.at(dataDir, List.of())) {
            String xml = Files.readString(workspaceXml);
            assertTrue(xml.contains(H2StorageUpgrade.COMPACTING) && xml.contains(";COMPRESS=TRUE"), xml);
            open.context().repository().call("news", session -> {
                assertEquals(text(7), session.getNode("/n7").getProperty("text").getString());
                return null;
            });
        }
        long after = Files.size(newsFile());
        assertTrue(after < before / 2, "file " + before + " bytes before the shutdown, " + after + " after");
        try (OpenContext open = OpenContext.at(dataDir, List.of())) {
            open.context().repository().call("news", session -> {
                for (int i = 0; i < ITEMS; i++) {
                    assertEquals(text(i), session.getNode("/n" + i).getProperty("text").getString(), "/n" + i);
                }
                return null;
            });
        }
    }

    private Path withoutH2sOwnCompaction() throws java.io.IOException {
        return config(shipped().replace(";WRITE_DELAY=0", ";WRITE_DELAY=0;MAX_COMPACT_TIME=0"));
    }

    private static String shipped() throws java.io.IOException {
        try (var shipped = ContentRepository.class.getResourceAsStream("repository-h2.xml")) {
            String xml = new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains(";WRITE_DELAY=0;COMPRESS=TRUE") && xml.contains(H2StorageUpgrade.COMPACTING), "the shipped storage settings");
            return xml;
        }
    }

    private Path config(String xml) throws java.io.IOException {
        Path config = dataDir.resolveSibling(dataDir.getFileName() + "-repository.xml");
        Files.writeString(config, xml);
        return config;
    }

    private Path newsFile() {
        return dataDir.resolve("workspaces/news/db/itemState.mv.db");
    }

    private static long write(Node node, int i) throws javax.jcr.RepositoryException {
        String text = text(i);
        node.setProperty("text", text);
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** About 4 kB of words in both languages, different for each item, as compressible as an article's text. */
    private static String text(int i) {
        Random random = new Random(i);
        StringBuilder text = new StringBuilder();
        while (text.length() < 4000) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString();
    }
}
