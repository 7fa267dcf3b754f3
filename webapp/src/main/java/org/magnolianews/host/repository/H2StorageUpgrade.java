package org.magnolianews.host.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Gives the workspaces of an existing data directory the H2 storage settings of today's {@code repository-h2.xml},
 * before Jackrabbit opens it: Jackrabbit copies the workspace template into each workspace's {@code workspace.xml}
 * once, at creation, so workspaces made by an older host keep Jackrabbit's plain {@code H2PersistenceManager}
 * without compressed pages. Such a workspace gets {@link CompactingH2PersistenceManager} and {@code COMPRESS=TRUE}
 * (pages written from now on are compressed; the first shutdown with mostly dead space rewrites the whole file,
 * compressed). Only with the shipped configuration; other persistence managers and settings are left as they are.
 */
final class H2StorageUpgrade {

    static final String PLAIN = "org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager";
    static final String COMPACTING = CompactingH2PersistenceManager.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(H2StorageUpgrade.class);

    private H2StorageUpgrade() {
    }

    /** @return the workspaces whose {@code workspace.xml} was changed */
    static List<String> apply(Path dataDir) {
        List<String> upgraded = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> workspace : WorkspaceFiles.workspaceXmls(dataDir).entrySet()) {
                if (upgrade(workspace.getValue())) {
                    upgraded.add(workspace.getKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the storage settings in " + dataDir, e);
        }
        if (!upgraded.isEmpty()) {
            LOG.info("H2 storage of {} workspace(s) now compressed and compacted at shutdown: {}", upgraded.size(), upgraded);
        }
        return upgraded;
    }

    private static boolean upgrade(Path workspaceXml) throws IOException {
        if (!Files.readString(workspaceXml).contains("\"" + PLAIN + "\"")) {
            return false; // the usual case: no XML parser at start-up
        }
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(workspaceXml.toFile());
            NodeList managers = document.getElementsByTagName("PersistenceManager");
            if (managers.getLength() == 0 || !PLAIN.equals(((Element) managers.item(0)).getAttribute("class"))) {
                return false;
            }
            Element manager = (Element) managers.item(0);
            manager.setAttribute("class", COMPACTING);
            NodeList params = manager.getElementsByTagName("param");
            for (int i = 0; i < params.getLength(); i++) {
                Element param = (Element) params.item(i);
                String url = param.getAttribute("value");
                if ("url".equals(param.getAttribute("name")) && url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains(";COMPRESS=")) {
                    param.setAttribute("value", url + ";COMPRESS=TRUE");
                }
            }
            WorkspaceFiles.write(document, workspaceXml);
            return true;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
                 | javax.xml.transform.TransformerException e) {
            throw new IOException(workspaceXml + ": " + e.getMessage(), e);
        }
    }
}
