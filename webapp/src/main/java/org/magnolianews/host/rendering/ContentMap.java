package org.magnolianews.host.rendering;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.magnolianews.host.repository.RepositoryFailure;

/**
 * A node as templates see it, like Magnolia's {@code info.magnolia.jcr.util.ContentMap}: properties by
 * name, child nodes as nested maps, {@code @name @path @id @uuid @nodeType @depth}. i18n is resolved
 * here: {@code content.title} is {@code title_ru} on a Russian page, falling back to the default
 * language's {@code title}, then to any other language. Dates come as {@link java.util.Date}.
 */
public final class ContentMap extends AbstractMap<String, Object> {

    private final Node node;
    private final String language;
    private final String defaultLanguage;
    private final List<String> languages;

    ContentMap(Node node, String language, String defaultLanguage, List<String> languages) {
        this.node = node;
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        this.languages = languages;
    }

    public Node getJCRNode() {
        return node;
    }

    String language() {
        return language;
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        try {
            return switch (name) {
                case "@name" -> node.getName();
                case "@path", "@handle" -> node.getPath();
                case "@id", "@uuid" -> node.getIdentifier();
                case "@nodeType" -> node.getPrimaryNodeType().getName();
                case "@depth" -> node.getDepth();
                default -> property(name);
            };
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot read " + name, e);
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private Object property(String name) throws RepositoryException {
        if (!language.equals(defaultLanguage) && node.hasProperty(name + "_" + language)) {
            return value(node.getProperty(name + "_" + language));
        }
        if (node.hasProperty(name)) {
            return value(node.getProperty(name));
        }
        for (String other : languages) {
            if (!other.equals(defaultLanguage) && node.hasProperty(name + "_" + other)) {
                return value(node.getProperty(name + "_" + other));
            }
        }
        if (node.hasNode(name)) {
            return new ContentMap(node.getNode(name), language, defaultLanguage, languages);
        }
        return null;
    }

    private static Object value(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            List<Object> values = new ArrayList<>();
            for (Value value : property.getValues()) {
                values.add(single(value));
            }
            return values;
        }
        return single(property.getValue());
    }

    private static Object single(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.DATE -> {
                Calendar date = value.getDate();
                yield date.getTime();
            }
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.BINARY -> null;
            default -> value.getString();
        };
    }

    /** Properties (i18n-resolved, under plain names) and child nodes; for {@code ?keys} and debugging. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        try {
            Set<String> names = new LinkedHashSet<>();
            for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
                String name = it.nextProperty().getName();
                int suffix = name.lastIndexOf('_');
                names.add(suffix > 0 && languages.contains(name.substring(suffix + 1)) ? name.substring(0, suffix) : name);
            }
            for (String name : names) {
                Object value = property(name);
                if (value != null) {
                    all.put(name, value);
                }
            }
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                all.putIfAbsent(child.getName(), new ContentMap(child, language, defaultLanguage, languages));
            }
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot list " + node, e);
        }
        return all.entrySet();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentMap map && map.node.equals(node) && map.language.equals(language);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        try {
            return "ContentMap[" + node.getSession().getWorkspace().getName() + ":" + node.getPath() + "]";
        } catch (RepositoryException e) {
            return "ContentMap[?]";
        }
    }
}
