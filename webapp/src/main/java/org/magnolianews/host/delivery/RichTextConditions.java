package org.magnolianews.host.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import org.apache.jackrabbit.core.query.lucene.Util;

/**
 * The part of a delivery query that compares, matches or sorts the values of rich-text properties ({@code body[like]},
 * {@code body[eq]}, {@code orderBy=body} …), answered on the values themselves: the search index holds those properties
 * full-text only (issue 13, {@code FullTextOnlySearchIndex}), so Jackrabbit would find nothing for {@code =},
 * {@code jcr:like} and ranges, every item with the property for {@code !=}, and would not sort. The rest of the query
 * goes to Jackrabbit ({@link #forJackrabbit}); its matches are filtered here ({@link #matches}), sorted here when an
 * order key is rich text ({@link #order}), and only then paged and counted, so offset, limit and total are those
 * Jackrabbit would give with the whole-value terms. {@code [null]} stays in the query: it asks for the property's name
 * ({@code _:PROPERTIES_SET}), which the index still holds.
 *
 * <p>Each rule is Jackrabbit 2.22's for general comparisons ({@code LuceneQueryBuilder}, docs/magnolia-compatibility.md
 * "Rich text indexed full-text only"): {@code =}, {@code <}, {@code >}, {@code <=}, {@code >=} and {@code jcr:like}
 * hold when any value of the property does (strings compared as Lucene 3 compares terms, {@link String#compareTo});
 * {@code jcr:like} is Jackrabbit's own pattern ({@link Util#createRegexp}); {@code !=} holds for every node having the
 * property except those whose single value equals the literal; a missing property sorts lowest.
 */
final class RichTextConditions {

    private final Set<String> names;
    private final PropertyCatalog catalog;

    /** @param names the rich-text properties ({@code RichTextProperties.names}) */
    RichTextConditions(Set<String> names, PropertyCatalog catalog) {
        this.names = Set.copyOf(names);
        this.catalog = catalog;
    }

    /** Whether the query has anything this class answers (else Jackrabbit answers it all, as before). */
    boolean appliesTo(DeliveryQuery query) {
        return query.filters().stream().anyMatch(this::isRichText) || sortsInJava(query);
    }

    /** Whether an order key is rich text, so the whole order is applied here. */
    boolean sortsInJava(DeliveryQuery query) {
        return query.orderBy().stream().anyMatch(key -> isRichText(key.property()));
    }

    /**
     * The query Jackrabbit runs: without the rich-text filters, without offset and limit (paging comes after the
     * filter), and with the order keys before the first rich-text one (those still let {@code before} build its
     * cursor constraint; the full order is applied in {@link #order}).
     */
    DeliveryQuery forJackrabbit(DeliveryQuery query) {
        List<Filter> rest = query.filters().stream().filter(f -> !isRichText(f)).toList();
        List<OrderKey> keys = new ArrayList<>();
        for (OrderKey key : query.orderBy()) {
            if (isRichText(key.property())) {
                break;
            }
            keys.add(key);
        }
        return new DeliveryQuery(Integer.MAX_VALUE, 0, List.copyOf(keys), query.words(), rest, query.ancestor(),
                query.before(), false, query.translated());
    }

    /** Whether the node passes every rich-text filter of the query (filters are AND-ed). */
    boolean matches(Node node, DeliveryQuery query) throws RepositoryException {
        for (Filter filter : query.filters()) {
            if (isRichText(filter) && !matches(node, filter)) {
                return false;
            }
        }
        return true;
    }

    /** The query's full order as Jackrabbit applies it, ties by identifier ascending (as {@link XPathQueryBuilder} asks). */
    Comparator<Node> order(DeliveryQuery query) {
        Comparator<Node> order = (a, b) -> 0;
        for (OrderKey key : query.orderBy()) {
            Comparator<Node> byKey = (a, b) -> compareSortValues(sortValue(a, key.property()), sortValue(b, key.property()));
            order = order.thenComparing(key.descending() ? byKey.reversed() : byKey);
        }
        return order.thenComparing(RichTextConditions::identifier);
    }

    private boolean isRichText(Filter filter) {
        return filter.operator() != FilterOperator.NULL && isRichText(filter.property());
    }

    private boolean isRichText(String property) {
        return names.contains(property) && catalog.typeOf(property).orElse(null) == PropertyCatalog.ValueType.STRING;
    }

    private static boolean matches(Node node, Filter filter) throws RepositoryException {
        if (!node.hasProperty(filter.property())) {
            return false; // every comparison, != included, needs the property (not(@p) is [null], left to Jackrabbit)
        }
        Property property = node.getProperty(filter.property());
        List<String> values = strings(property);
        List<Boolean> parts = new ArrayList<>();
        for (String literal : filter.alternatives()) {
            parts.add(switch (filter.operator()) {
                case EQ -> values.stream().anyMatch(literal::equals);
                case NE -> property.isMultiple() || !values.get(0).equals(literal);
                case GT -> values.stream().anyMatch(v -> v.compareTo(literal) > 0);
                case LT -> values.stream().anyMatch(v -> v.compareTo(literal) < 0);
                case GTE -> values.stream().anyMatch(v -> v.compareTo(literal) >= 0);
                case LTE -> values.stream().anyMatch(v -> v.compareTo(literal) <= 0);
                case IN -> {
                    String[] range = literal.split("~", -1);
                    yield values.stream().anyMatch(v -> v.compareTo(range[0]) >= 0)
                            && values.stream().anyMatch(v -> v.compareTo(range[1]) <= 0);
                }
                case NOT_IN -> {
                    String[] range = literal.split("~", -1);
                    yield values.stream().anyMatch(v -> v.compareTo(range[0]) < 0)
                            || values.stream().anyMatch(v -> v.compareTo(range[1]) > 0);
                }
                case LIKE -> {
                    Pattern pattern = Util.createRegexp(literal);
                    yield values.stream().anyMatch(v -> pattern.matcher(v).matches());
                }
                case NULL -> throw new IllegalStateException("[null] is answered by Jackrabbit");
            });
        }
        // as XPathQueryBuilder joins alternatives: "not equal to a|b" is none of them, the others any of them
        boolean negative = filter.operator() == FilterOperator.NE || filter.operator() == FilterOperator.NOT_IN;
        return negative ? !parts.contains(false) : parts.contains(true);
    }

    private static List<String> strings(Property property) throws RepositoryException {
        if (!property.isMultiple()) {
            return List.of(property.getString());
        }
        List<String> values = new ArrayList<>();
        for (Value value : property.getValues()) {
            values.add(value.getString());
        }
        return values;
    }

    /**
     * The value a node sorts by: Jackrabbit sorts on the indexed term of the property (for a multi-valued one the last
     * in term order, the greatest), dates by instant, numbers by value, strings and the rest by their text.
     */
    private static Comparable<?> sortValue(Node node, String name) {
        try {
            if (!node.hasProperty(name)) {
                return null;
            }
            Property property = node.getProperty(name);
            Comparable<?> greatest = null;
            for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
                Comparable<?> comparable = comparable(value);
                if (greatest == null || compareSortValues(comparable, greatest) > 0) {
                    greatest = comparable;
                }
            }
            return greatest;
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read " + name + " to sort by it", e);
        }
    }

    private static Comparable<?> comparable(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.DATE -> value.getDate().getTimeInMillis();
            case PropertyType.LONG, PropertyType.DOUBLE, PropertyType.DECIMAL -> new BigDecimal(value.getString());
            case PropertyType.BOOLEAN -> value.getBoolean();
            default -> value.getString();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareSortValues(Comparable a, Comparable b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1; // a missing value sorts lowest (Jackrabbit's FieldComparatorBase)
        }
        if (a.getClass() != b.getClass()) {
            return a.getClass().getName().compareTo(b.getClass().getName());
        }
        return a.compareTo(b);
    }

    private static String identifier(Node node) {
        try {
            return node.getIdentifier();
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read an identifier to sort by it", e);
        }
    }
}
