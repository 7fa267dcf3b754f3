package org.magnolianews.host.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;

/**
 * A node as Magnolia's delivery endpoint writes it: {@code @name}, {@code @path}, {@code @id},
 * {@code @nodeType}, the properties as strings (i18n merged), resolved references, then each child
 * of an allowed type as an object under its name, and {@code @nodes} naming them in order.
 */
final class NodeJsonWriter {

    private final ReferenceResolvers references;

    NodeJsonWriter(ReferenceResolvers references) {
        this.references = references;
    }

    /** A top-level node of the endpoint: children to the endpoint's depth, references resolved, its languages. */
    Map<String, Object> item(Node node, RenderContext context) throws RepositoryException {
        Map<String, Object> raw = properties(node, context.endpoint::serves);
        Map<String, Object> json = node(node, context.endpoint.depth(), true, context.endpoint.workspace(), context, raw);
        // Beyond Magnolia: which languages the item really has, and where to read each.
        Map<String, String> languages = new LinkedHashMap<>();
        List<String> present = context.merger(context.endpoint.workspace()).languagesOf(raw);
        for (String language : present) {
            languages.put(language, DeliveryLinks.read(context.endpoint, node.getPath(), language));
        }
        if (!context.language.raw()) {
            // The language this item's text is served in: the first of the chain it has content in; null when
            // it has none of them (its text then exists only in the languages @languages lists).
            insertBefore(json, "@nodes", "@language",
                    context.language.chain().stream().filter(present::contains).findFirst().orElse(null));
        }
        insertBefore(json, "@nodes", "@languages", languages);
        return json;
    }

    /** A node without the endpoint's references resolved: how a resolved reference target is written. */
    Map<String, Object> target(Node node, String workspace, RenderContext context) throws RepositoryException {
        return node(node, 0, false, workspace, context, properties(node, context.endpoint::serves));
    }

    private Map<String, Object> node(Node node, int depth, boolean resolveReferences, String workspace, RenderContext context,
                                     Map<String, Object> raw) throws RepositoryException {
        context.dependsOn(node.getIdentifier());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@name", node.getDepth() == 0 ? "" : node.getName());
        json.put("@path", node.getPath());
        json.put("@id", node.getIdentifier());
        json.put("@nodeType", node.getPrimaryNodeType().getName());
        Map<String, Object> values = context.language.raw() ? raw : context.merger(workspace).merge(raw, context.language);
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            ReferenceDefinition reference = resolveReferences ? references.definitionFor(context.endpoint, entry.getKey()) : null;
            if (reference == null) {
                json.put(entry.getKey(), entry.getValue());
            } else {
                references.resolve(reference, entry.getValue(), context).ifPresent(resolved -> json.put(entry.getKey(), resolved));
            }
        }
        List<String> names = new ArrayList<>();
        if (depth > 0) {
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (isChildType(child, context.endpoint)) {
                    Map<String, Object> childRaw = properties(child, context.endpoint::serves);
                    json.put(child.getName(), node(child, depth - 1, resolveReferences, workspace, context, childRaw));
                    names.add(child.getName());
                }
            }
        }
        json.put("@nodes", names);
        return json;
    }

    /** Served without any system property: how an asset's own properties are read. */
    static final Predicate<String> ORDINARY = name -> !name.startsWith("jcr:") && !name.startsWith("mgnl:");

    static boolean isChildType(Node child, EndpointDefinition endpoint) throws RepositoryException {
        for (String type : endpoint.childNodeTypes()) {
            if (endpoint.strict() ? child.getPrimaryNodeType().getName().equals(type) : child.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    static boolean isItemType(Node node, EndpointDefinition endpoint) throws RepositoryException {
        for (String type : endpoint.nodeTypes()) {
            if (endpoint.strict() ? node.getPrimaryNodeType().getName().equals(type) : node.isNodeType(type)) {
                return true;
            }
        }
        return false;
    }

    /** Stored properties as strings, binaries left out; jcr:/mgnl: ones only when the endpoint includes or lists them. */
    static Map<String, Object> properties(Node node, Predicate<String> served) throws RepositoryException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            String name = property.getName();
            if (property.getType() == PropertyType.BINARY || !served.test(name)) {
                continue;
            }
            properties.put(name, JsonValues.of(property));
        }
        return properties;
    }

    private static void insertBefore(Map<String, Object> json, String before, String key, Object value) {
        Object tail = json.remove(before);
        json.put(key, value);
        json.put(before, tail);
    }
}
