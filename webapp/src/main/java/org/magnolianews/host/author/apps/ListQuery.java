package org.magnolianews.host.author.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;
import javax.jcr.query.QueryResult;
import org.apache.jackrabbit.api.query.JackrabbitQueryResult;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.repository.XPathScope;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * A content app's list as one XPath query: Jackrabbit 2 sorts XPath results inside Lucene (JCR-SQL2
 * sorts in memory: seconds at 100k items), and limit/offset page there too, so only one page of nodes
 * is read. Every value put into the statement is escaped.
 */
public final class ListQuery {

    /** A page of rows, the number of all matches (-1: not known), and where the time went. */
    public record Page(List<ItemRow> rows, long total, double executeMillis, double readMillis) {
    }

    private static final Map<String, String> SORTABLE = Map.of("date", "date", "title", "title",
            "lastModified", MgnlNodeTypes.LAST_MODIFIED, "name", "jcr:name");

    private final ContentRepository repository;
    private final Languages languages;
    private final ReferenceLabels labels;

    public ListQuery(ContentRepository repository, Languages languages, ReferenceLabels labels) {
        this.repository = repository;
        this.languages = languages;
        this.labels = labels;
    }

    public static boolean isSortable(String sort) {
        return SORTABLE.containsKey(sort);
    }

    public Page run(ContentApp app, ListRequest request, String uiLanguage) {
        String statement = statement(app, request);
        return repository.call(app.workspace(), session -> {
            QueryManager manager = session.getWorkspace().getQueryManager();
            @SuppressWarnings("deprecation")
            Query query = manager.createQuery(statement, Query.XPATH);
            query.setLimit(request.pageSize());
            query.setOffset((long) (request.page() - 1) * request.pageSize());
            long started = System.nanoTime();
            QueryResult result = query.execute();
            long executed = System.nanoTime();
            List<ItemRow> rows = new ArrayList<>();
            for (NodeIterator it = result.getNodes(); it.hasNext(); ) {
                rows.add(row(app, it.nextNode(), uiLanguage));
            }
            long read = System.nanoTime();
            long total = result instanceof JackrabbitQueryResult jr ? jr.getTotalSize() : rows.size();
            return new Page(rows, total, (executed - started) / 1e6, (read - executed) / 1e6);
        });
    }

    /** The paths of every item the list shows on all its pages, in its order, up to {@code limit} + 1 (so a caller can tell "more"). */
    public List<String> paths(ContentApp app, ListRequest request, int limit) {
        String statement = statement(app, request);
        return repository.call(app.workspace(), session -> {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
            query.setLimit(limit + 1L);
            List<String> paths = new ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                paths.add(it.nextNode().getPath());
            }
            return paths;
        });
    }

    String statement(ContentApp app, ListRequest request) {
        StringBuilder xpath = new StringBuilder(XPathScope.descendantsOf(request.folder()));
        xpath.append("element(*, ").append(app.type().nodeType()).append(")");
        List<String> conditions = new ArrayList<>();
        request.search().map(ListQuery::searchTerms).filter(q -> !q.isEmpty())
                .ifPresent(q -> conditions.add("jcr:contains(., " + XPathQueries.literal(q) + ")"));
        request.subject().ifPresent(id -> app.subjectProperty().ifPresent(p -> conditions.add("@" + p.name() + " = " + XPathQueries.literal(id))));
        request.status().ifPresent(status -> conditions.add(switch (status) {
            case "unpublished" -> "not(@" + MgnlNodeTypes.ACTIVATION_STATUS + " = 'true')";
            case "modified" -> "@" + MgnlNodeTypes.MODIFIED_SINCE_PUBLICATION + " = 'true'";
            default -> "@" + MgnlNodeTypes.ACTIVATION_STATUS + " = 'true' and not(@" + MgnlNodeTypes.MODIFIED_SINCE_PUBLICATION + ")";
        }));
        request.missingLanguage().ifPresent(lang -> conditions.add("not(@" + languages.propertyName(app.titleProperty(), lang) + ")"));
        if (!conditions.isEmpty()) {
            xpath.append("[").append(String.join(" and ", conditions)).append("]");
        }
        String sortProperty = SORTABLE.get(request.sort());
        if (sortProperty.equals("date")) {
            sortProperty = app.dateProperty().orElse(MgnlNodeTypes.LAST_MODIFIED);
        } else if (sortProperty.equals("title")) {
            sortProperty = app.titleProperty();
        }
        if (!sortProperty.equals("jcr:name")) {
            xpath.append(" order by @").append(sortProperty).append(request.descending() ? " descending" : " ascending");
        }
        return xpath.toString();
    }

    /**
     * The words of a search box for jcr:contains: letters, digits and inner hyphens only. Lucene query
     * syntax (quotes, brackets, wildcards, AND/OR) from a search box would otherwise make invalid or
     * surprising queries.
     */
    public static String searchTerms(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ").replaceAll("(^|\\s)-+|-+(\\s|$)", " ").trim().replaceAll("\\s+", " ");
    }

    private ItemRow row(ContentApp app, Node node, String uiLanguage) throws RepositoryException {
        String titleProperty = app.titleProperty();
        String localized = languages.propertyName(titleProperty, uiLanguage);
        String title = node.hasProperty(localized) ? node.getProperty(localized).getString()
                : node.hasProperty(titleProperty) ? node.getProperty(titleProperty).getString() : firstTitle(node, titleProperty);
        List<String> present = new ArrayList<>();
        for (String lang : languages.all()) {
            if (node.hasProperty(languages.propertyName(titleProperty, lang))) {
                present.add(lang);
            }
        }
        String date = app.dateProperty().filter(p -> has(node, p)).map(p -> ItemValues.iso(get(node, p))).orElse("");
        List<String> subjects = new ArrayList<>();
        if (app.subjectProperty().isPresent() && node.hasProperty(app.subjectProperty().get().name())) {
            javax.jcr.Property property = node.getProperty(app.subjectProperty().get().name());
            for (javax.jcr.Value value : property.isMultiple() ? property.getValues() : new javax.jcr.Value[] {property.getValue()}) {
                subjects.add(labels.label(app.subjectProperty().get().referencedType(), value.getString(), uiLanguage));
            }
        }
        String modified = node.hasProperty(MgnlNodeTypes.LAST_MODIFIED) ? ItemValues.iso(node.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate()) : "";
        String modifiedBy = node.hasProperty(MgnlNodeTypes.LAST_MODIFIED_BY) ? node.getProperty(MgnlNodeTypes.LAST_MODIFIED_BY).getString() : "";
        return new ItemRow(node.getPath(), node.getName(), node.getIdentifier(), title, date, subjects,
                PublicationStatus.of(node).label(), modified, modifiedBy, present);
    }

    private String firstTitle(Node node, String titleProperty) throws RepositoryException {
        for (String lang : languages.all()) {
            String name = languages.propertyName(titleProperty, lang);
            if (node.hasProperty(name)) {
                return node.getProperty(name).getString();
            }
        }
        return node.getName();
    }

    private static boolean has(Node node, String property) {
        try {
            return node.hasProperty(property);
        } catch (RepositoryException e) {
            return false;
        }
    }

    private static java.util.Calendar get(Node node, String property) {
        try {
            return node.getProperty(property).getDate();
        } catch (RepositoryException e) {
            throw new org.magnolianews.host.repository.RepositoryFailure(property, e);
        }
    }
}
