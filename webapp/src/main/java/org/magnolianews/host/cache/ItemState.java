package org.magnolianews.host.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.nodetype.NodeType;

/**
 * What list queries can ask of a live item, kept so that a publish can be compared with what was there
 * before: its path, node types (with supertypes and mixins), which properties it has, and the values of
 * the short ones (identifiers, dates, flags: what predicates and sort orders use; a title or body is kept
 * only as "present"). A value list is {@code null} when the property is present but its values were not kept.
 */
public record ItemState(String identifier, String path, Set<String> types, Map<String, List<String>> values) {

    /** Longer values (titles, bodies) are kept as present only. */
    static final int MAX_VALUE_LENGTH = 80;
    static final int MAX_VALUES = 32;

    /** A node type's name with its supertypes' (node types are registered at start-up; asked for on every item read). */
    private static final java.util.Map<String, Set<String>> TYPE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    public static ItemState of(Node node) throws RepositoryException {
        NodeType primary = node.getPrimaryNodeType();
        NodeType[] mixins = node.getMixinNodeTypes();
        Set<String> types;
        if (mixins.length == 0) {
            types = typeNames(primary);
        } else {
            types = new HashSet<>(typeNames(primary));
            for (NodeType mixin : mixins) {
                types.addAll(typeNames(mixin));
            }
            types = Collections.unmodifiableSet(types);
        }
        Map<String, List<String>> values = new HashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            values.put(property.getName().intern(), kept(property));
        }
        return new ItemState(node.getIdentifier(), node.getPath(), types, Collections.unmodifiableMap(values));
    }

    private static Set<String> typeNames(NodeType type) {
        Set<String> known = TYPE_NAMES.get(type.getName());
        if (known == null) {
            Set<String> names = new HashSet<>();
            addType(type, names);
            known = Collections.unmodifiableSet(names);
            TYPE_NAMES.put(type.getName(), known);
        }
        return known;
    }

    private static void addType(NodeType type, Set<String> into) {
        into.add(type.getName().intern());
        for (NodeType supertype : type.getSupertypes()) {
            into.add(supertype.getName().intern());
        }
    }

    private static List<String> kept(Property property) throws RepositoryException {
        if (property.getType() == PropertyType.BINARY) {
            return null;
        }
        Value[] all = property.isMultiple() ? property.getValues() : new Value[] {property.getValue()};
        if (all.length > MAX_VALUES) {
            return null;
        }
        List<String> kept = new ArrayList<>(all.length);
        for (Value value : all) {
            String text = value.getString();
            if (text.length() > MAX_VALUE_LENGTH) {
                return null;
            }
            kept.add(text);
        }
        return List.copyOf(kept);
    }

    public String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    boolean has(String property) {
        return values.containsKey(property);
    }
}
