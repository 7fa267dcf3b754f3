package org.magnolianews.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A data directory made by an older host (its workspaces' own copies of the template with a 128 MB bundle cache, no
 * H2 cache size, Tika's default configuration) gets the template's settings on start, once; the template and the
 * upgrade say the same; the Tika configuration they name loads.
 */
class WorkspaceSettingsUpgradeTest {

    /** A workspace.xml as Jackrabbit wrote it from the template before the memory settings. */
    private static final String OLD = """
            <?xml version="1.0" encoding="UTF-8"?><Workspace name="news_live">
                <FileSystem class="org.apache.jackrabbit.core.fs.local.LocalFileSystem">
                    <param name="path" value="${wsp.home}"/>
                </FileSystem>
                <PersistenceManager class="org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager">
                    <param name="url" value="jdbc:h2:file:${wsp.home}/db/itemState;WRITE_DELAY=0"/>
                    <param name="schemaObjectPrefix" value="${wsp.name}_"/>
                    <param name="bundleCacheSize" value="128"/>
                </PersistenceManager>
                <SearchIndex class="org.apache.jackrabbit.core.query.lucene.SearchIndex">
                    <param name="path" value="${wsp.home}/index"/>
                    <param name="indexingConfiguration" value="${rep.home}/indexing-configuration.xml"/>
                </SearchIndex>
            </Workspace>""";

    @Test
    void anOlderWorkspaceGetsTheTemplatesCachesAndTikaOnceAndKeepsTheRest(@TempDir Path data) throws Exception {
        Path xml = data.resolve("workspaces/news_live/workspace.xml");
        Files.createDirectories(xml.getParent());
        Files.writeString(xml, OLD.strip(), StandardCharsets.UTF_8);
        Files.createDirectories(xml.resolveSibling("index").resolve("_0"));
        Files.writeString(xml.resolveSibling("index").resolve("_0").resolve("segments_1"), "old");

        assertEquals(List.of("news_live"), WorkspaceSettingsUpgrade.apply(data));
        Document upgraded = parse(Files.newInputStream(xml));
        assertEquals("16", param(upgraded, "PersistenceManager", "bundleCacheSize"));
        assertEquals("jdbc:h2:file:${wsp.home}/db/itemState;WRITE_DELAY=0;CACHE_SIZE=4096", param(upgraded, "PersistenceManager", "url"));
        assertEquals("${wsp.name}_", param(upgraded, "PersistenceManager", "schemaObjectPrefix"));
        assertEquals(WorkspaceSettingsUpgrade.TIKA_CONFIG, param(upgraded, "SearchIndex", "tikaConfigPath"));
        assertEquals("${rep.home}/indexing-configuration.xml", param(upgraded, "SearchIndex", "indexingConfiguration"));
        assertEquals(FullTextOnlySearchIndex.class.getName(),
                ((Element) upgraded.getElementsByTagName("SearchIndex").item(0)).getAttribute("class"));
        assertTrue(Files.notExists(xml.resolveSibling("index")), "the index built by the old class is rebuilt by the new one");

        String once = Files.readString(xml);
        assertEquals(List.of(), WorkspaceSettingsUpgrade.apply(data), "a workspace in step is not rewritten");
        assertEquals(once, Files.readString(xml));
    }

    @Test
    void anH2CacheSizeOfAnotherValueIsReplacedNotRepeated() {
        assertEquals("jdbc:h2:file:x;CACHE_SIZE=4096;WRITE_DELAY=0",
                WorkspaceSettingsUpgrade.withSetting("jdbc:h2:file:x;cache_size=65536;WRITE_DELAY=0", "CACHE_SIZE", "4096"));
    }

    @Test
    void theTemplateNamesTheSameSettings() throws Exception {
        Document repository = parse(ContentRepository.class.getResourceAsStream("repository-h2.xml"));
        Element template = (Element) repository.getElementsByTagName("Workspace").item(0);
        Document workspace = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        workspace.appendChild(workspace.importNode(template, true));
        assertEquals(WorkspaceSettingsUpgrade.BUNDLE_CACHE_MB, param(workspace, "PersistenceManager", "bundleCacheSize"));
        assertTrue(param(workspace, "PersistenceManager", "url").endsWith(";CACHE_SIZE=" + WorkspaceSettingsUpgrade.H2_CACHE_KB));
        assertEquals(WorkspaceSettingsUpgrade.TIKA_CONFIG, param(workspace, "SearchIndex", "tikaConfigPath"));
        assertEquals(WorkspaceSettingsUpgrade.SEARCH_INDEX, ((Element) workspace.getElementsByTagName("SearchIndex").item(0)).getAttribute("class"));
    }

    @Test
    void theTikaConfigurationLoadsWithItsSmallTypeTable() throws Exception {
        // Jackrabbit falls back to Tika's default configuration, silently but for a warning, when this one fails
        TikaConfig config = new TikaConfig(getClass().getClassLoader().getResource(WorkspaceSettingsUpgrade.TIKA_CONFIG));
        assertTrue(config.getMimeRepository().getMediaTypeRegistry().getTypes().size() < 10, // Tika's own: 1,500 and more
                "types: " + config.getMimeRepository().getMediaTypeRegistry().getTypes());
    }

    private static Document parse(InputStream in) throws Exception {
        try (in) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // Jackrabbit's DTD, not fetched
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static String param(Document document, String parent, String name) {
        Element element = (Element) document.getElementsByTagName(parent).item(0);
        NodeList params = element.getElementsByTagName("param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (name.equals(param.getAttribute("name"))) {
                return param.getAttribute("value");
            }
        }
        return null;
    }
}
