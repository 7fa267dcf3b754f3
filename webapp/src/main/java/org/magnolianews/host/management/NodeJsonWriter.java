package org.magnolianews.host.management;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.repository.Publisher;

/**
 * Magnolia's node JSON of the nodes endpoint (REST module, {@code /.rest/nodes/v1}):
 * {@code {name, type, path, identifier, properties: [{name, type, multiple, values: [strings]}], nodes: [...]}}.
 * Without {@code includeMetadata} the {@code jcr:} and {@code mgnl:} properties are left out, as
 * Magnolia does ({@code mgnl:template} stays: it says what a page is). One addition: publishable
 * nodes carry {@code publicationStatus} (published / modified / unpublished), Magnolia's traffic light.
 * Binary values are never inlined; their length is given instead. A second: the requested node's
 * children are a page ({@link ChildPage}), described by {@code nodesPage: {offset, limit, total}} when
 * the client asked for one or the list is not whole.
 */
final class NodeJsonWriter {

    /** Beyond this many nodes a response is refused (400) rather than silently cut: ask for less depth. */
    static final int MAX_NODES = 2000;

    private final boolean includeMetadata;
    private final Set<String> excludedNodeTypes;
    private int written;

    NodeJsonWriter(boolean includeMetadata, Set<String> excludedNodeTypes) {
        this.includeMetadata = includeMetadata;
        this.excludedNodeTypes = excludedNodeTypes;
    }

    /** The node to {@code depth}; its own children are the {@code page} of them ({@code null}: all, for deeper levels). */
    Map<String, Object> write(Node node, int depth, ChildPage page) throws RepositoryException {
        if (++written > MAX_NODES) {
            throw ApiException.badRequest("depth", "the answer would hold more than " + MAX_NODES
                    + " nodes; ask with a smaller depth, or page the children with limit and offset");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", node.getName());
        json.put("type", node.getPrimaryNodeType().getName());
        json.put("path", node.getPath());
        json.put("identifier", node.getIdentifier());
        if (node.getDepth() > 0 && Publisher.isPublishable(node)) {
            json.put("publicationStatus", PublicationStatus.of(node).label());
        }
        json.put("properties", properties(node));
        if (depth > 0) {
            List<Map<String, Object>> children = new ArrayList<>();
            int visible = 0;
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (isHidden(child)) {
                    continue;
                }
                if (page == null || page.contains(visible)) {
                    children.add(write(child, depth - 1, null));
                }
                visible++;
            }
            json.put("nodes", children);
            if (page != null && (page.asked() || children.size() < visible)) {
                json.put("nodesPage", Map.of("offset", page.offset(), "limit", page.limit(), "total", visible));
            }
        }
        return json;
    }

    private List<Map<String, Object>> properties(Node node) throws RepositoryException {
        List<Map<String, Object>> properties = new ArrayList<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (!includeMetadata && isMetadata(property.getName())) {
                continue;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", property.getName());
            json.put("type", PropertyType.nameFromValue(property.getType()));
            json.put("multiple", property.isMultiple());
            if (property.getType() == PropertyType.BINARY) {
                json.put("values", List.of());
                json.put("length", property.isMultiple() ? java.util.Arrays.stream(property.getLengths()).sum() : property.getLength());
            } else {
                List<String> values = new ArrayList<>();
                for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
                    values.add(value.getString());
                }
                json.put("values", values);
            }
            properties.add(json);
        }
        return properties;
    }

    static boolean isMetadata(String propertyName) {
        return (propertyName.startsWith("jcr:") || propertyName.startsWith("mgnl:")) && !propertyName.equals(MgnlNodeTypes.TEMPLATE);
    }

    private boolean isHidden(Node child) throws RepositoryException {
        return child.getName().equals("jcr:system") || child.getName().startsWith("rep:")
                || excludedNodeTypes.contains(child.getPrimaryNodeType().getName());
    }
}
