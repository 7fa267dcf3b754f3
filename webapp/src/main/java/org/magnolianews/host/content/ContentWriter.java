package org.magnolianews.host.content;

import java.math.BigDecimal;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import org.magnolianews.host.repository.MgnlNodeTypes;

/**
 * Puts validated values on a node. Sub-model entries become child nodes {@code <property>0},
 * {@code <property>1} … of type mgnl:contentNode, replaced as a whole on each write.
 */
final class ContentWriter {

    void write(Node node, Map<String, Object> values) throws RepositoryException {
        ValueFactory factory = node.getSession().getValueFactory();
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                writeSubModel(node, name, list);
            } else if (value instanceof List<?> list) {
                removeSubModelNodes(node, name);
                if (list.isEmpty()) {
                    removeProperty(node, name);
                } else {
                    Value[] jcrValues = new Value[list.size()];
                    for (int i = 0; i < list.size(); i++) {
                        jcrValues[i] = toValue(factory, list.get(i));
                    }
                    removeIfSingle(node, name);
                    node.setProperty(name, jcrValues);
                }
            } else if (value == null) {
                removeProperty(node, name);
                removeSubModelNodes(node, name);
            } else {
                if (node.hasProperty(name) && node.getProperty(name).isMultiple()) {
                    node.getProperty(name).remove();
                }
                node.setProperty(name, toValue(factory, value));
            }
        }
    }

    private void writeSubModel(Node node, String name, List<?> entries) throws RepositoryException {
        removeSubModelNodes(node, name);
        removeProperty(node, name);
        for (int i = 0; i < entries.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = (Map<String, Object>) entries.get(i);
            Node child = node.addNode(name + i, MgnlNodeTypes.CONTENT_NODE);
            write(child, entry);
        }
    }

    /** Child nodes named {@code <name>0}, {@code <name>1} …: the sub-model entries of a property. */
    static boolean isSubModelNode(String childName, String property) {
        return childName.startsWith(property) && childName.length() > property.length()
                && childName.substring(property.length()).chars().allMatch(Character::isDigit);
    }

    private static void removeSubModelNodes(Node node, String name) throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isSubModelNode(child.getName(), name) && child.isNodeType(MgnlNodeTypes.CONTENT_NODE)) {
                child.remove();
            }
        }
    }

    private static void removeProperty(Node node, String name) throws RepositoryException {
        if (node.hasProperty(name)) {
            node.getProperty(name).remove();
        }
    }

    private static void removeIfSingle(Node node, String name) throws RepositoryException {
        if (node.hasProperty(name) && !node.getProperty(name).isMultiple()) {
            node.getProperty(name).remove();
        }
    }

    private static Value toValue(ValueFactory factory, Object value) {
        if (value instanceof Calendar calendar) {
            return factory.createValue(calendar);
        }
        if (value instanceof Boolean bool) {
            return factory.createValue(bool);
        }
        if (value instanceof Long number) {
            return factory.createValue(number);
        }
        if (value instanceof Double number) {
            return factory.createValue(number);
        }
        if (value instanceof BigDecimal number) {
            return factory.createValue(number);
        }
        return factory.createValue(String.valueOf(value));
    }
}
