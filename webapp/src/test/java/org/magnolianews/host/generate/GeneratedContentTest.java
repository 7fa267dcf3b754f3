package org.magnolianews.host.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.testing.OpenContext;
import org.magnolianews.host.testing.TempDirs;

/**
 * A bulk load keeps everything: each workspace's live twin holds exactly the author side's nodes (same paths,
 * identifiers, types, every property, published state included), and a restart (whose shutdown compacts the
 * storage) gives back exactly what was written. Any shortcut of the load or the storage that loses a node, a
 * property or an identifier on either side fails here.
 */
class GeneratedContentTest {

    private static final DatasetGenerator.Plan PLAN = new DatasetGenerator.Plan(600, 12, 6, 5);
    private static final List<String> WORKSPACES = List.of("news", "subjects", "publications");

    private final Path dataDir = TempDirs.create("news-generated-");

    @AfterEach
    void cleanUp() {
        TempDirs.delete(dataDir);
    }

    @Test
    void liveEqualsAuthorAndARestartGivesBackEveryNodeAndProperty() throws Exception {
        Map<String, List<String>> written = new TreeMap<>();
        try (OpenContext open = OpenContext.at(dataDir, List.of())) {
            new DatasetGenerator(open.context()).generate(PLAN, DatasetGenerator.Progress.NONE);
            for (String workspace : WORKSPACES) {
                written.put(workspace, dump(open.context().repository(), workspace));
                written.put(workspace + "_live", dump(open.context().repository(), workspace + "_live"));
            }
        }
        for (String workspace : WORKSPACES) {
            assertEquals(written.get(workspace), written.get(workspace + "_live"), workspace + " and its live twin");
        }
        assertEquals(PLAN.articles(), written.get("news_live").stream().filter(line -> line.contains(" news:article ")).count());
        assertEquals(PLAN.subjects(), written.get("subjects_live").stream().filter(line -> line.contains(" news:subject ")).count());
        assertTrue(written.get("news_live").stream().filter(line -> line.contains(" news:article "))
                .allMatch(line -> line.contains(" mgnl:activationStatus=Boolean:true")), "every article is published");
        try (OpenContext reopened = OpenContext.at(dataDir, List.of())) {
            for (Map.Entry<String, List<String>> workspace : written.entrySet()) {
                assertEquals(workspace.getValue(), dump(reopened.context().repository(), workspace.getKey()),
                        workspace.getKey() + " after the restart");
            }
        }
    }

    /** Every node below the root except Jackrabbit's own: path, identifier, types and all properties, one line each. */
    private static List<String> dump(ContentRepository repository, String workspace) {
        return repository.call(workspace, session -> {
            List<String> lines = new ArrayList<>();
            for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (!node.getName().startsWith("jcr:") && !node.getName().startsWith("rep:")) {
                    dump(node, lines);
                }
            }
            return lines;
        });
    }

    private static void dump(Node node, List<String> lines) throws RepositoryException {
        StringBuilder line = new StringBuilder(node.getPath()).append(' ').append(node.getIdentifier())
                .append(' ').append(node.getPrimaryNodeType().getName()).append(' ');
        line.append(Arrays.stream(node.getMixinNodeTypes()).map(NodeType::getName).sorted().toList());
        Map<String, String> properties = new TreeMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            properties.put(property.getName(), PropertyType.nameFromValue(property.getType()) + ":" + values(property));
        }
        properties.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
        lines.add(line.toString());
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            dump(it.nextNode(), lines);
        }
    }

    private static String values(Property property) throws RepositoryException {
        if (!property.isMultiple()) {
            return property.getValue().getString();
        }
        List<String> values = new ArrayList<>();
        for (Value value : property.getValues()) {
            values.add(value.getString());
        }
        return values.toString();
    }
}
