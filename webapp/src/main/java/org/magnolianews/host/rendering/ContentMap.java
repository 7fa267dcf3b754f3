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
 * name, child nodes as nested maps, {@code @name @path @id @uuid @nodeType @depth}; dates as {@link java.util.Date}
 * (FreeMarker date-times, as Magnolia's Calendars), Booleans, Longs and Doubles as themselves.
 *
 * <p>It is only as kind as the node Magnolia would have wrapped: a <em>localized</em> map (Magnolia's I18nNodeWrapper:
 * the template's {@code content}, and what {@code cmsfn.wrapForI18n} gives) reads {@code title_ru} on a Russian page,
 * falling back to the default language's {@code title}, then to any other language; any other map reads the stored
 * {@code title} only. An <em>escaped</em> map (Magnolia's HTMLEscapingNodeWrapper: the template's {@code content} and
 * the maps reached from it) returns strings HTML-escaped with line breaks as {@code <br/>}; {@code cmsfn.decode} gives
 * the raw values back. Maps reached from a map (its children, parent, page) are wrapped as it is.
 */
public final class ContentMap extends AbstractMap<String, Object> {

    private final Node node;
    private final String language;
    private final String defaultLanguage;
    private final List<String> languages;
    private final boolean localized;
    private final boolean escaped;

    ContentMap(Node node, String language, String defaultLanguage, List<String> languages, boolean localized, boolean escaped) {
        this.node = node;
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        this.languages = languages;
        this.localized = localized;
        this.escaped = escaped;
    }

    public Node getJCRNode() {
        return node;
    }

    /** The same kind of map over another node: children, parents and pages are wrapped as the map they come from. */
    ContentMap over(Node other) {
        return new ContentMap(other, language, defaultLanguage, languages, localized, escaped);
    }

    /** This map without HTML escaping, as {@code cmsfn.decode} returns it. */
    ContentMap decoded() {
        return new ContentMap(node, language, defaultLanguage, languages, localized, false);
    }

    /** This map reading the page's language, as {@code cmsfn.wrapForI18n} returns it. */
    ContentMap localizedCopy() {
        return new ContentMap(node, language, defaultLanguage, languages, true, escaped);
    }

    boolean isLocalized() {
        return localized;
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
        if (localized && !language.equals(defaultLanguage) && node.hasProperty(name + "_" + language)) {
            return value(node.getProperty(name + "_" + language));
        }
        if (node.hasProperty(name)) {
            return value(node.getProperty(name));
        }
        for (String other : localized ? languages : List.<String>of()) {
            if (!other.equals(defaultLanguage) && node.hasProperty(name + "_" + other)) {
                return value(node.getProperty(name + "_" + other));
            }
        }
        if (node.hasNode(name)) {
            return over(node.getNode(name));
        }
        return null;
    }

    private Object value(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            List<Object> values = new ArrayList<>();
            for (Value value : property.getValues()) {
                values.add(escaped(single(value)));
            }
            return values;
        }
        return escaped(single(property.getValue()));
    }

    private Object escaped(Object value) {
        if (!escaped || !(value instanceof String text)) {
            return value;
        }
        return freemarker.template.utility.StringUtil.XHTMLEnc(text).replace("\r", "").replace("\n", "<br/>");
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

    /** Properties (under plain names when localized) and child nodes; for {@code ?keys} and debugging. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        try {
            Set<String> names = new LinkedHashSet<>();
            for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
                String name = it.nextProperty().getName();
                int suffix = name.lastIndexOf('_');
                names.add(localized && suffix > 0 && languages.contains(name.substring(suffix + 1)) ? name.substring(0, suffix) : name);
            }
            for (String name : names) {
                Object value = property(name);
                if (value != null) {
                    all.put(name, value);
                }
            }
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                all.putIfAbsent(child.getName(), over(child));
            }
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot list " + node, e);
        }
        return all.entrySet();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentMap map && I18nNodes.unwrap(map.node).equals(I18nNodes.unwrap(node))
                && map.language.equals(language) && map.localized == localized && map.escaped == escaped;
    }

    @Override
    public int hashCode() {
        return I18nNodes.unwrap(node).hashCode();
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
