package org.magnolianews.host.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the search analysis of a data directory in step with the host, before Jackrabbit opens it.
 *
 * <p>Jackrabbit copies the workspace template into each workspace's own {@code workspace.xml} when the workspace
 * is created and reads only that copy afterwards, and a Lucene index keeps the terms it was built with. So when
 * the indexing configuration ({@code <data>/indexing-configuration.xml}) is new or has changed, each existing
 * workspace's {@code workspace.xml} gets the {@code indexingConfiguration} parameter and its {@code index}
 * folder is removed: Jackrabbit rebuilds a missing index from the stored content on start (once; the content
 * itself is untouched). An unchanged configuration touches nothing.
 */
final class SearchIndexUpgrade {

    static final String FILE = "indexing-configuration.xml";
    /** The value the workspace template uses too; Jackrabbit replaces {@code ${rep.home}} when it reads it. */
    static final String PARAMETER_VALUE = "${rep.home}/" + FILE;
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexUpgrade.class);

    private SearchIndexUpgrade() {
    }

    /** @return the workspaces whose index will be rebuilt at this start */
    static List<String> apply(Path dataDir, String configuration) {
        try {
            Path file = dataDir.resolve(FILE);
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(configuration)) {
                return List.of();
            }
            List<String> rebuilt = new ArrayList<>();
            for (Map.Entry<String, Path> workspace : WorkspaceFiles.workspaceXmls(dataDir).entrySet()) {
                addParameter(workspace.getValue());
                WorkspaceFiles.deleteIndex(workspace.getValue());
                rebuilt.add(workspace.getKey());
            }
            Path written = dataDir.resolve(FILE + ".new");
            Files.writeString(written, configuration, StandardCharsets.UTF_8);
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            if (!rebuilt.isEmpty()) {
                LOG.info("Search analysis changed: the search index of {} workspace(s) is rebuilt at this start", rebuilt.size());
            }
            return rebuilt;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search configuration in " + dataDir, e);
        }
    }

    private static void addParameter(Path workspaceXml) throws IOException {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(workspaceXml.toFile());
            NodeList indexes = document.getElementsByTagName("SearchIndex");
            if (indexes.getLength() == 0) {
                return;
            }
            Element index = (Element) indexes.item(0);
            NodeList params = index.getElementsByTagName("param");
            for (int i = 0; i < params.getLength(); i++) {
                Element param = (Element) params.item(i);
                if ("indexingConfiguration".equals(param.getAttribute("name"))) {
                    param.setAttribute("value", PARAMETER_VALUE);
                    WorkspaceFiles.write(document, workspaceXml);
                    return;
                }
            }
            Element param = document.createElement("param");
            param.setAttribute("name", "indexingConfiguration");
            param.setAttribute("value", PARAMETER_VALUE);
            index.appendChild(param);
            WorkspaceFiles.write(document, workspaceXml);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
                 | javax.xml.transform.TransformerException e) {
            throw new IOException(workspaceXml + ": " + e.getMessage(), e);
        }
    }
}
