package org.magnolianews.host.author.apps;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * Reads an item's content-type properties into the shape ContentService takes (strings, lists of
 * strings, lists of maps for sub-models), so a form, a duplicate, a version snapshot and a diff all
 * use one representation. Dates come out as ISO 8601 with offset.
 */
public final class ItemValues {

    private final Languages languages;

    public ItemValues(Languages languages) {
        this.languages = languages;
    }

    public Map<String, Object> read(Node node, ContentTypeDefinition type) throws RepositoryException {
        return read(node, type, type.properties());
    }

    private Map<String, Object> read(Node node, ContentTypeDefinition type, List<PropertyDefinition> properties) throws RepositoryException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition property : properties) {
            List<PropertyDefinition> subModel = type.subModels().get(property.type());
            if (subModel != null) {
                TreeMap<Integer, Node> entries = new TreeMap<>();
                for (NodeIterator it = node.getNodes(property.name() + "*"); it.hasNext(); ) {
                    Node child = it.nextNode();
                    String suffix = child.getName().substring(property.name().length());
                    if (!suffix.isEmpty() && suffix.chars().allMatch(Character::isDigit)) {
                        entries.put(Integer.parseInt(suffix), child);
                    }
                }
                if (!entries.isEmpty()) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (Node entry : entries.values()) {
                        list.add(read(entry, type, subModel));
                    }
                    values.put(property.name(), list);
                }
                continue;
            }
            List<String> names = property.i18n()
                    ? languages.all().stream().map(l -> languages.propertyName(property.name(), l)).toList()
                    : List.of(property.name());
            for (String name : names) {
                if (node.hasProperty(name)) {
                    values.put(name, value(node.getProperty(name)));
                }
            }
        }
        return values;
    }

    private static Object value(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            List<String> list = new ArrayList<>();
            for (Value value : property.getValues()) {
                list.add(text(value));
            }
            return list;
        }
        return text(property.getValue());
    }

    private static String text(Value value) throws RepositoryException {
        if (value.getType() == PropertyType.DATE) {
            return iso(value.getDate());
        }
        return value.getString();
    }

    public static String iso(Calendar calendar) {
        return ZonedDateTime.ofInstant(calendar.toInstant(), SiteTime.ZONE).toOffsetDateTime().toString();
    }
}
