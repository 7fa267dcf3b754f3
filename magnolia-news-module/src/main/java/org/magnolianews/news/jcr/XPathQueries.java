package org.magnolianews.news.jcr;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;

/**
 * XPath queries over items. Jackrabbit 2 sorts XPath results inside Lucene, while JCR-SQL2 sorts in
 * memory (seconds at 100k items), so sorted lists use XPath. Every value put into a query goes
 * through {@link #literal}.
 */
public final class XPathQueries {

    private static final DateTimeFormatter XS_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private XPathQueries() {
    }

    /** A quoted XPath string literal: single quotes doubled, so no value can end the literal. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static String dateTime(Instant instant) {
        return "xs:dateTime(" + literal(XS_DATE_TIME.format(instant)) + ")";
    }

    /** Items that exist in a language: they have a title in it ({@code @title}, {@code @title_ru}). */
    public static String inLanguage(String language, String defaultLanguage) {
        return "@" + Items.localName("title", language, defaultLanguage);
    }

    /** Both predicates; either may be null or blank. */
    public static String and(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        if (second == null || second.isBlank()) {
            return first;
        }
        return "(" + first + ") and (" + second + ")";
    }

    /** {@code @property = 'a' or @property = 'b'}, or {@code false()} for no values. */
    public static String anyOf(String property, Collection<String> values) {
        if (values.isEmpty()) {
            return "false()";
        }
        return values.stream().map(v -> "@" + property + " = " + literal(v)).collect(Collectors.joining(" or "));
    }

    /**
     * Items of a node type anywhere in the workspace, optionally filtered (a predicate without brackets)
     * and ordered. The statement starts with {@code //}, not {@code /jcr:root//}: Jackrabbit 2 answers the
     * latter with a descendant-axis query that walks every hit's parents to prove what is always true
     * (40 % of a 100k-item list's query time, measured); with {@code //} the type test alone answers.
     */
    public static String items(String nodeType, String predicate, String orderBy) {
        return items(nodeType, predicate, List.of(), orderBy);
    }

    /**
     * The same, with the properties its rows hold ({@code /(@date|@jcr:uuid)}, JCR 1.0's column specifier, which
     * Jackrabbit 2 reads; {@link #rows}): a reader that needs a few short values of many items takes them from the rows,
     * not from each item's node.
     */
    public static String items(String nodeType, String predicate, List<String> columns, String orderBy) {
        StringBuilder xpath = new StringBuilder("//element(*, ").append(nodeType).append(')');
        if (predicate != null && !predicate.isBlank()) {
            xpath.append('[').append(predicate).append(']');
        }
        if (!columns.isEmpty()) {
            xpath.append("/(").append(columns.stream().map(c -> "@" + c).collect(Collectors.joining("|"))).append(')');
        }
        if (orderBy != null && !orderBy.isBlank()) {
            xpath.append(" order by ").append(orderBy);
        }
        return xpath.toString();
    }

    @SuppressWarnings("deprecation")
    public static List<Node> nodes(Session session, String xpath, long offset, long limit) throws RepositoryException {
        QueryManager queries = session.getWorkspace().getQueryManager();
        Query query = queries.createQuery(xpath, Query.XPATH);
        if (offset > 0) {
            query.setOffset(offset);
        }
        if (limit > 0) {
            query.setLimit(limit);
        }
        List<Node> nodes = new ArrayList<>();
        for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
            nodes.add(it.nextNode());
        }
        return nodes;
    }

    /** The rows of a query, from {@code offset}, at most {@code limit} (0: all). */
    public static List<Row> rows(Session session, String xpath, long offset, long limit) throws RepositoryException {
        List<Row> rows = new ArrayList<>();
        for (RowIterator it = rowIterator(session, xpath, offset, limit); it.hasNext(); ) {
            rows.add(it.nextRow());
        }
        return rows;
    }

    /** The rows of a query, at most {@code limit} (0: all), for a reader that may stop early (what it read is what it depends on). */
    public static RowIterator rowIterator(Session session, String xpath, long limit) throws RepositoryException {
        return rowIterator(session, xpath, 0, limit);
    }

    @SuppressWarnings("deprecation")
    private static RowIterator rowIterator(Session session, String xpath, long offset, long limit) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(xpath, Query.XPATH);
        if (offset > 0) {
            query.setOffset(offset);
        }
        if (limit > 0) {
            query.setLimit(limit);
        }
        return query.execute().getRows();
    }

    /** How many nodes match, counted by the index without loading them where Jackrabbit can. */
    @SuppressWarnings("deprecation")
    public static long count(Session session, String xpath) throws RepositoryException {
        Query query = session.getWorkspace().getQueryManager().createQuery(xpath, Query.XPATH);
        NodeIterator nodes = query.execute().getNodes();
        long size = nodes.getSize();
        if (size >= 0) {
            return size;
        }
        long counted = 0;
        for (; nodes.hasNext(); nodes.nextNode()) {
            counted++;
        }
        return counted;
    }
}
