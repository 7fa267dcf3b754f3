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
 * the short ones that lists compare or sort by (identifiers, dates, flags: {@link XPathList#comparedProperties()};
 * any other property, and a title or body, is kept only as "present"), with the type a query's row gives each
 * kept value ({@link #kept(String)}). A value list is {@code null} when the
 * property is present but its values were not kept. One of these is kept per live item (100k and more), so the
 * set of property names is shared by every item with the same properties and kept values are interned.
 */
public record ItemState(String identifier, String path, Set<String> types, Map<String, List<String>> values) {

    /** Longer values (titles, bodies) are kept as present only. */
    static final int MAX_VALUE_LENGTH = 80;
    static final int MAX_VALUES = 32;

    /** A node type's name with its supertypes' (node types are registered at start-up; asked for on every item read). */
    private static final java.util.Map<String, Set<String>> TYPE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Items with the same property names share one set of them; this bounds how many such sets are shared. */
    static final int MAX_SHARED_NAME_SETS = 10_000;
    private static final java.util.Map<Set<String>, Set<String>> NAME_SETS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Kept properties' types by name, shared like the name sets (every news item keeps a single date, multi-valued subjects). */
    private static final java.util.Map<Map<String, Integer>, Map<String, Integer>> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The node's state with the values of the {@code compared} properties (short ones only) and the names of all. The
     * set is kept with the state ({@link #keepsValuesOf}): pass an unmodifiable one, shared by the states read with it.
     */
    public static ItemState of(Node node, Set<String> compared) throws RepositoryException {
        Set<String> readWith = Set.copyOf(compared); // the same set when it is unmodifiable already
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
            types = shared(types);
        }
        Set<String> names = new HashSet<>();
        Map<String, List<String>> kept = new HashMap<>();
        Map<String, Integer> shapes = new HashMap<>();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            String name = property.getName();
            names.add(name);
            if (readWith.contains(name)) {
                List<String> values = keptValues(property);
                if (values != null) {
                    kept.put(name.intern(), values);
                    shapes.put(name.intern(), shape(rowType(property), property.isMultiple()));
                }
            }
        }
        return new ItemState(node.getIdentifier(), node.getPath(), types,
                new KeptValues(shared(names), Map.copyOf(kept), sharedShapes(shapes), readWith));
    }

    /** How a kept property's value is given in a query's row, and whether it is multi-valued, as one number. */
    private static int shape(int rowType, boolean multiple) {
        return multiple ? -rowType : rowType;
    }

    /**
     * The type of the property's value in a query's row: its own where its definition requires one, else
     * {@link PropertyType#STRING} (a residual property of {@code mgnl:content}, a date among them), as Jackrabbit 2's
     * {@code RowIteratorImpl.RowImpl.getValue} gives it (its bytecode, 2.22.3: {@code getRequiredType() == UNDEFINED}
     * gives {@code createValue(property.getString())}).
     */
    private static int rowType(Property property) throws RepositoryException {
        return property.getDefinition().getRequiredType() == PropertyType.UNDEFINED ? PropertyType.STRING : property.getType();
    }

    /**
     * A property whose values this state kept ({@link #values}): how a query's row types its value, and whether it is
     * multi-valued; empty when its values were not kept (or it is absent).
     */
    public java.util.Optional<Kept> kept(String property) {
        if (!(values instanceof KeptValues read)) {
            return java.util.Optional.empty();
        }
        List<String> kept = read.kept.get(property);
        Integer shape = read.shapes.get(property);
        return kept == null || shape == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Kept(Math.abs(shape), shape < 0, kept));
    }

    /**
     * A kept property: the {@link PropertyType} a query's row gives its value, whether it is multi-valued, and its
     * values as strings ({@link Value#getString}).
     */
    public record Kept(int rowType, boolean multiple, List<String> values) {
    }

    private static Map<String, Integer> sharedShapes(Map<String, Integer> shapes) {
        Map<String, Integer> known = SHAPES.get(shapes);
        if (known != null) {
            return known;
        }
        Map<String, Integer> copy = Map.copyOf(shapes);
        if (SHAPES.size() < MAX_SHARED_NAME_SETS) {
            SHAPES.putIfAbsent(copy, copy);
        }
        return copy;
    }

    private static Set<String> shared(Set<String> names) {
        Set<String> known = NAME_SETS.get(names);
        if (known != null) {
            return known;
        }
        Set<String> copy = Set.copyOf(names.stream().map(String::intern).toList());
        if (NAME_SETS.size() < MAX_SHARED_NAME_SETS) {
            NAME_SETS.putIfAbsent(copy, copy);
        }
        return copy;
    }

    /**
     * Every property name of an item mapped to its kept values, {@code null} for a property whose values were not
     * kept: the names are a set shared with other items, the values a small map of the few kept, and the compared
     * properties it was read with (a set shared by every item read with it), and the kept ones' types (a map shared
     * by every item whose kept properties have the same types).
     */
    private static final class KeptValues extends java.util.AbstractMap<String, List<String>> {
        private final Set<String> names;
        private final Map<String, List<String>> kept;
        private final Map<String, Integer> shapes;
        private final Set<String> readWith;

        KeptValues(Set<String> names, Map<String, List<String>> kept, Map<String, Integer> shapes, Set<String> readWith) {
            this.names = names;
            this.kept = kept;
            this.shapes = shapes;
            this.readWith = readWith;
        }

        @Override
        public List<String> get(Object key) {
            return kept.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return names.contains(key);
        }

        @Override
        public int size() {
            return names.size();
        }

        @Override
        public Set<Entry<String, List<String>>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, List<String>>> iterator() {
                    java.util.Iterator<String> each = names.iterator();
                    return new java.util.Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return each.hasNext();
                        }

                        @Override
                        public Entry<String, List<String>> next() {
                            String name = each.next();
                            return new java.util.AbstractMap.SimpleImmutableEntry<>(name, kept.get(name));
                        }
                    };
                }

                @Override
                public int size() {
                    return names.size();
                }
            };
        }
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

    private static List<String> keptValues(Property property) throws RepositoryException {
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
            kept.add(text.intern()); // the same subjects, publications and flags on thousands of items
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

    /**
     * Whether this state was read keeping the values of every one of the {@code properties} (a state not read by
     * {@link #of} keeps none it can vouch for).
     */
    boolean keepsValuesOf(Set<String> properties) {
        return values instanceof KeptValues read && (read.readWith == properties || read.readWith.containsAll(properties));
    }
}
