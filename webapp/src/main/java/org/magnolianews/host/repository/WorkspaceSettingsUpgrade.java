package org.magnolianews.host.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Gives the workspaces of an embedded data directory the memory settings and the text extraction of the host's
 * workspace template, before Jackrabbit opens them. Jackrabbit reads each workspace's own {@code workspace.xml}, a
 * copy of the template made when the workspace was created, so a data directory made by an older host keeps the
 * older settings (a 128 MB bundle cache per workspace, H2's page cache of 64 MB per GB of heap per database, Tika's
 * full MIME type table read at every start) unless they are rewritten here:
 * <ul>
 *   <li>the bundle persistence manager's {@code bundleCacheSize} ({@link #BUNDLE_CACHE_MB} MB);</li>
 *   <li>an H2 persistence manager's URL setting {@code CACHE_SIZE} ({@link #H2_CACHE_KB} KB);</li>
 *   <li>the search index's {@code tikaConfigPath} ({@link #TIKA_CONFIG});</li>
 *   <li>the search index's class: Jackrabbit's {@code SearchIndex} becomes {@link FullTextOnlySearchIndex} (issue 13),
 *   and since an index keeps the fields it was built with, that workspace's index folder is removed with it, for
 *   Jackrabbit to rebuild it at this start (never an index half old, half new).</li>
 * </ul>
 * A file already in step is not touched. Only for the host's own configuration: a {@code --repository-config} of
 * an operator's own is theirs, and so are the workspaces it made.
 */
final class WorkspaceSettingsUpgrade {

    static final String BUNDLE_CACHE_MB = "16";
    static final String H2_CACHE_KB = "4096";
    static final String TIKA_CONFIG = "org/magnolianews/host/repository/tika-config.xml";
    static final String JACKRABBIT_SEARCH_INDEX = "org.apache.jackrabbit.core.query.lucene.SearchIndex";
    static final String SEARCH_INDEX = FullTextOnlySearchIndex.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSettingsUpgrade.class);

    private WorkspaceSettingsUpgrade() {
    }

    /** @return the workspaces whose settings were rewritten */
    static List<String> apply(Path dataDir) {
        List<String> changed = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> workspace : WorkspaceFiles.workspaceXmls(dataDir).entrySet()) {
                if (upgrade(workspace.getValue())) {
                    changed.add(workspace.getKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the workspace settings in " + dataDir, e);
        }
        if (!changed.isEmpty()) {
            LOG.info("Workspace settings (caches, text extraction, search index class) brought in step with the host for {}", changed);
        }
        return changed;
    }

    private static boolean upgrade(Path workspaceXml) throws IOException {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(workspaceXml.toFile());
            boolean changed = false;
            Element manager = first(document, "PersistenceManager");
            if (manager != null) {
                Element cache = param(manager, "bundleCacheSize");
                if (cache != null && !cache.getAttribute("value").equals(BUNDLE_CACHE_MB)) {
                    cache.setAttribute("value", BUNDLE_CACHE_MB);
                    changed = true;
                }
                Element url = param(manager, "url");
                if (url != null && url.getAttribute("value").startsWith("jdbc:h2:")) {
                    String tuned = withSetting(url.getAttribute("value"), "CACHE_SIZE", H2_CACHE_KB);
                    if (!tuned.equals(url.getAttribute("value"))) {
                        url.setAttribute("value", tuned);
                        changed = true;
                    }
                }
            }
            Element index = first(document, "SearchIndex");
            if (index != null) {
                Element tika = param(index, "tikaConfigPath");
                if (tika == null) {
                    tika = document.createElement("param");
                    tika.setAttribute("name", "tikaConfigPath");
                    index.appendChild(tika);
                }
                if (!tika.getAttribute("value").equals(TIKA_CONFIG)) {
                    tika.setAttribute("value", TIKA_CONFIG);
                    changed = true;
                }
                if (index.getAttribute("class").equals(JACKRABBIT_SEARCH_INDEX)) {
                    index.setAttribute("class", SEARCH_INDEX);
                    WorkspaceFiles.deleteIndex(workspaceXml); // before the new class is written: a crash leaves no old index under it
                    changed = true;
                }
            }
            if (changed) {
                WorkspaceFiles.write(document, workspaceXml);
            }
            return changed;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
                 | javax.xml.transform.TransformerException e) {
            throw new IOException(workspaceXml + ": " + e.getMessage(), e);
        }
    }

    /** An H2 URL with {@code name=value} among its {@code ;} settings (replacing any value it had). */
    static String withSetting(String url, String name, String value) {
        String[] parts = url.split(";", -1);
        StringBuilder result = new StringBuilder(parts[0]);
        boolean found = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.regionMatches(true, 0, name + "=", 0, name.length() + 1)) {
                part = name + "=" + value;
                found = true;
            }
            result.append(';').append(part);
        }
        if (!found) {
            result.append(';').append(name).append('=').append(value);
        }
        return result.toString();
    }

    private static Element first(Document document, String tag) {
        NodeList found = document.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static Element param(Element parent, String name) {
        NodeList params = parent.getElementsByTagName("param");
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if (name.equals(param.getAttribute("name"))) {
                return param;
            }
        }
        return null;
    }

}
