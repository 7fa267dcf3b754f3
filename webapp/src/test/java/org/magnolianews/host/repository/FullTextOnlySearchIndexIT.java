package org.magnolianews.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.RunningHost;
import org.magnolianews.host.testing.TempDirs;

/**
 * Issue 13: the search index holds the rich-text properties ({@code body}, {@code body_ru}) full-text only, without
 * the whole-value terms Jackrabbit adds for every string (two thirds of the index at 20k articles), while their
 * names stay indexed ({@code [null]}) and every other property keeps its terms; a data directory indexed the old way
 * is rebuilt so at its next start and then answers rich-text value queries as before.
 */
class FullTextOnlySearchIndexIT {

    private static final List<String> RICH_TEXT = List.of("body", "body_ru");
    private static final String NEWS = "/.rest/delivery/news";

    @Test
    void theIndexHoldsNoWholeValueTermOfRichTextButItsNameAndTheOtherProperties() throws Exception {
        Path data = TempDirs.create("news-fulltext-only-");
        try {
            RunningHost.start(data, List.of()).close(); // closed: Jackrabbit has written its in-memory index to disk
            for (String workspace : List.of("news", "news_live")) {
                Map<String, Integer> terms = RichTextIndexTerms.wholeValueTerms(data, workspace);
                assertTrue(terms.getOrDefault("title", 0) > 10, workspace + " keeps the other properties' terms: " + terms.keySet());
                for (String richText : RICH_TEXT) {
                    assertFalse(terms.containsKey(richText), workspace + ": no whole-value term of " + richText + ", found " + terms.get(richText));
                    assertTrue(RichTextIndexTerms.propertyNames(data, workspace).contains(richText), workspace + " still knows which items have " + richText);
                }
            }
        } finally {
            TempDirs.delete(data);
        }
    }

    @Test
    void aDataDirectoryIndexedTheOldWayIsRebuiltAtTheNextStartAndAnswersTheSame() throws Exception {
        Path data = TempDirs.create("news-fulltext-upgrade-");
        try {
            RunningHost.start(data, List.of()).close();
            makeItOld(data);
            assertTrue(RichTextIndexTerms.wholeValueTerms(data, "news_live").getOrDefault("body", 0) > 10, "the old index has body's terms");
            List<String> expected;
            try (RunningHost upgraded = RunningHost.start(data, List.of())) {
                expected = namesWithBodyContaining(upgraded, "Kuril");
                assertFalse(expected.isEmpty(), "the sample content mentions the Kurils in some bodies");
                assertEquals(expected, names(upgraded, NEWS + "?body[like]=%25Kuril%25&limit=100"), "rich text matched by value after the rebuild");
            }
            assertFalse(RichTextIndexTerms.wholeValueTerms(data, "news_live").containsKey("body"), "rebuilt without body's terms");
            String workspaceXml = Files.readString(data.resolve("workspaces/news_live/workspace.xml"));
            assertTrue(workspaceXml.contains(FullTextOnlySearchIndex.class.getName()), workspaceXml);
            assertTrue(Files.readString(data.resolve(SearchIndexUpgrade.FILE)).contains("<property>body_ru</property>"));
        } finally {
            TempDirs.delete(data);
        }
    }

    /**
     * As main's host left a data directory: Jackrabbit's own SearchIndex in every workspace.xml, the indexing configuration
     * without {@code <fullTextOnly>}, and indexes Jackrabbit built from it (opened here with that configuration).
     */
    private static void makeItOld(Path data) throws Exception {
        for (Path xml : WorkspaceFiles.workspaceXmls(data).values()) {
            Files.writeString(xml, Files.readString(xml).replace(FullTextOnlySearchIndex.class.getName(), WorkspaceSettingsUpgrade.JACKRABBIT_SEARCH_INDEX));
            WorkspaceFiles.deleteIndex(xml);
        }
        Path configuration = data.resolve(SearchIndexUpgrade.FILE);
        Files.writeString(configuration, Files.readString(configuration).replaceAll("(?s)\\s*<fullTextOnly>.*</fullTextOnly>", ""));
        RepositoryImpl repository = ContentRepository.startEmbedded(data);
        try {
            for (String workspace : WorkspaceFiles.workspaceXmls(data).keySet()) {
                repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace).logout(); // builds its index
            }
        } finally {
            repository.shutdown();
        }
    }

    private static List<String> namesWithBodyContaining(RunningHost host, String text) {
        return host.host().context().repository().call("news_live", (Session session) -> {
            List<String> names = new ArrayList<>();
            @SuppressWarnings("deprecation")
            javax.jcr.query.Query all = session.getWorkspace().getQueryManager().createQuery("//element(*, news:article)", javax.jcr.query.Query.XPATH);
            for (NodeIterator it = all.execute().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (node.hasProperty("body") && node.getProperty("body").getString().contains(text)) {
                    names.add(node.getName());
                }
            }
            return names.stream().sorted().toList();
        });
    }

    private static List<String> names(RunningHost host, String url) throws Exception {
        JsonNode json = new ObjectMapper().readTree(host.get(url).body());
        List<String> names = new ArrayList<>();
        json.path("results").forEach(n -> names.add(n.path("@name").asText()));
        return names.stream().sorted().toList();
    }
}
