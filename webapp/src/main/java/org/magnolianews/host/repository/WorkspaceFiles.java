package org.magnolianews.host.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;

/** Where Jackrabbit keeps each workspace's own configuration in an embedded data directory, for the upgrades at start. */
final class WorkspaceFiles {

    private WorkspaceFiles() {
    }

    /** Each workspace's {@code workspace.xml} by workspace name, in name order; none before the first start. */
    static Map<String, Path> workspaceXmls(Path dataDir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        Path workspaces = dataDir.resolve("workspaces");
        if (!Files.isDirectory(workspaces)) {
            return files;
        }
        try (Stream<Path> each = Files.list(workspaces)) {
            for (Path workspace : each.sorted().toList()) {
                Path xml = workspace.resolve("workspace.xml");
                if (Files.isRegularFile(xml)) {
                    files.put(workspace.getFileName().toString(), xml);
                }
            }
        }
        return files;
    }

    /** Writes the document in place of {@code target} atomically (a crash leaves the old file or the new one). */
    static void write(Document document, Path target) throws javax.xml.transform.TransformerException, IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".new");
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(temporary.toFile()));
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Removes a workspace's search index folder ({@code index} beside its {@code workspace.xml}), so that Jackrabbit
     * rebuilds the index from the stored content when it opens the workspace (once; the content itself is untouched).
     */
    static void deleteIndex(Path workspaceXml) throws IOException {
        Path directory = workspaceXml.resolveSibling("index");
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
