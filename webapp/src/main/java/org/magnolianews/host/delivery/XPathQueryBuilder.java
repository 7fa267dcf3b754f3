package org.magnolianews.host.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.magnolianews.host.delivery.PropertyCatalog.ValueType;
import org.magnolianews.host.repository.XPathScope;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.search.FullText;

/**
 * Builds the XPath statement of a query. XPath, not JCR-SQL2: Jackrabbit 2 sorts XPath results
 * inside Lucene, while SQL2's ORDER BY sorts every match in memory (seconds at 100k items).
 *
 * <p>Every value enters the statement as an escaped literal of its checked type; property names
 * have been checked against the endpoint's catalog and path steps are ISO 9075 encoded.
 */
public final class XPathQueryBuilder {

    private static final DateTimeFormatter XS_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private final EndpointDefinition endpoint;
    private final PropertyCatalog catalog;
    private final List<String> primaryTypes;
    private final List<String> translatedNames;
    private final List<String> requiredNames;

    /**
     * @param primaryTypes the exact primary types results may have, when the endpoint names several
     *                     types or is strict; empty: one {@code element(*, type)} test covers subtypes
     */
    public XPathQueryBuilder(EndpointDefinition endpoint, PropertyCatalog catalog, List<String> primaryTypes) {
        this(endpoint, catalog, primaryTypes, List.of());
    }

    /**
     * @param translatedNames the stored names of the translatable properties in the response's language
     *                        ({@code title_ru}, {@code lead_ru} …): {@code translated=true} keeps items having one
     */
    public XPathQueryBuilder(EndpointDefinition endpoint, PropertyCatalog catalog, List<String> primaryTypes,
                             List<String> translatedNames) {
        this(endpoint, catalog, primaryTypes, translatedNames, List.of());
    }

    /**
     * @param requiredNames the stored names, in the response's language, of the content type's required i18n
     *                      properties ({@code title_ru}): when there are any, {@code translated=true} keeps items having
     *                      all of them, as {@code @languages} decides (issue 10, docs/delivery.md)
     */
    public XPathQueryBuilder(EndpointDefinition endpoint, PropertyCatalog catalog, List<String> primaryTypes,
                             List<String> translatedNames, List<String> requiredNames) {
        this.translatedNames = List.copyOf(translatedNames);
        this.requiredNames = List.copyOf(requiredNames);
        this.endpoint = endpoint;
        this.catalog = catalog;
        this.primaryTypes = List.copyOf(primaryTypes);
    }

    public String build(DeliveryQuery query) {
        return build(query, true);
    }

    /** The statement without its order clause: for counting, where order does not matter. */
    public String buildUnordered(DeliveryQuery query) {
        return build(query, false);
    }

    private String build(DeliveryQuery query, boolean ordered) {
        StringBuilder xpath = new StringBuilder(XPathScope.descendantsOf(query.ancestor().orElse(endpoint.rootPath())));
        List<String> constraints = new ArrayList<>();
        if (primaryTypes.isEmpty()) {
            xpath.append("element(*, ").append(endpoint.nodeTypes().get(0)).append(")");
        } else {
            xpath.append("element(*, nt:base)");
            constraints.add(anyOf(primaryTypes.stream().map(t -> "@jcr:primaryType = " + XPathQueries.literal(t)).toList()));
        }
        if (!query.words().isEmpty()) {
            // stemmed in the response's language too, as the site's search page searches (FullText)
            constraints.add(FullText.predicate(query.words(), translatedNames));
        }
        for (Filter filter : query.filters()) {
            constraints.add(constraint(filter));
        }
        if (query.translated() && !requiredNames.isEmpty()) {
            constraints.add(allOf(requiredNames.stream().map(XPathQueryBuilder::attribute).toList()));
        } else if (query.translated() && !translatedNames.isEmpty()) {
            constraints.add(anyOf(translatedNames.stream().map(XPathQueryBuilder::attribute).toList()));
        }
        query.before().ifPresent(before -> constraints.add(cursorConstraint(attribute(query.orderBy().get(0).property()), before)));
        if (!constraints.isEmpty()) {
            xpath.append('[').append(String.join(" and ", constraints)).append(']');
        }
        if (ordered && query.orderBy().isEmpty() && !query.words().isEmpty()) {
            // best match first (docs/delivery.md): without an order clause Jackrabbit 2 answers in index order, the order
            // items were written; Lucene keeps only the page's best (offset + limit) while it scores the matches
            xpath.append(" order by @jcr:score descending, @jcr:uuid ascending");
        } else if (ordered && !query.orderBy().isEmpty()) {
            xpath.append(" order by ");
            List<String> keys = new ArrayList<>();
            for (OrderKey key : query.orderBy()) {
                keys.add(attribute(key.property()) + (key.descending() ? " descending" : " ascending"));
            }
            keys.add("@jcr:uuid ascending"); // ties in a stable order: offsets and cursors neither repeat nor skip
            xpath.append(String.join(", ", keys));
        }
        return xpath.toString();
    }

    private static String cursorConstraint(String date, DeliveryQuery.Cursor cursor) {
        String earlier = date + " < " + dateLiteral(cursor.date());
        return cursor.identifier()
                .map(id -> "(" + earlier + " or (" + date + " = " + dateLiteral(cursor.date()) + " and @jcr:uuid > " + XPathQueries.literal(id) + "))")
                .orElse(earlier);
    }

    private String constraint(Filter filter) {
        String subject;
        ValueType type;
        switch (filter.property()) {
            case DeliveryRequestParser.NAME -> {
                subject = "fn:name()";
                type = ValueType.STRING;
            }
            case DeliveryRequestParser.UUID -> {
                subject = "@jcr:uuid";
                type = ValueType.STRING;
            }
            default -> {
                subject = attribute(filter.property());
                type = catalog.typeOf(filter.property()).orElseThrow();
            }
        }
        List<String> parts = new ArrayList<>();
        for (String value : filter.alternatives()) {
            parts.add(switch (filter.operator()) {
                case EQ -> subject + " = " + literal(type, value);
                case NE -> subject + " != " + literal(type, value);
                case GT -> subject + " > " + literal(type, value);
                case LT -> subject + " < " + literal(type, value);
                case GTE -> subject + " >= " + literal(type, value);
                case LTE -> subject + " <= " + literal(type, value);
                case IN -> {
                    String[] range = value.split("~", -1);
                    yield "(" + subject + " >= " + literal(type, range[0]) + " and " + subject + " <= " + literal(type, range[1]) + ")";
                }
                case NOT_IN -> {
                    String[] range = value.split("~", -1);
                    yield "(" + subject + " < " + literal(type, range[0]) + " or " + subject + " > " + literal(type, range[1]) + ")";
                }
                case LIKE -> "jcr:like(" + subject + ", " + XPathQueries.literal(value) + ")";
                case NULL -> Boolean.parseBoolean(value) ? "not(" + subject + ")" : subject;
            });
        }
        // "Not equal to a|b" reads as "none of them"; every other operator matches any alternative.
        boolean negative = filter.operator() == FilterOperator.NE || filter.operator() == FilterOperator.NOT_IN;
        return negative ? allOf(parts) : anyOf(parts);
    }

    private static String attribute(String property) {
        return "@" + property;
    }

    private static String literal(ValueType type, String value) {
        return switch (type) {
            case DATE -> dateLiteral(OffsetDateTime.parse(value));
            case NUMBER -> value; // checked against -?digits(.digits)? by the parser
            case BOOLEAN, STRING -> XPathQueries.literal(value);
        };
    }

    private static String dateLiteral(OffsetDateTime date) {
        return "xs:dateTime(" + XPathQueries.literal(date.withOffsetSameInstant(ZoneOffset.UTC).format(XS_DATE_TIME)) + ")";
    }

    private static String anyOf(List<String> parts) {
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" or ", parts) + ")";
    }

    private static String allOf(List<String> parts) {
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" and ", parts) + ")";
    }
}
