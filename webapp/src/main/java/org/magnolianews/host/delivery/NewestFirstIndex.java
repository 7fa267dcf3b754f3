package org.magnolianews.host.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.news.jcr.XPathQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published items of one endpoint in "newest first" order of a date property, held in memory, for
 * the feed-shaped queries a site sends most: {@code orderBy=date desc}, optionally one reference filter
 * ({@code subjects=<id>}), {@code before=}, {@code limit}/{@code offset}/{@code total}.
 *
 * <p>Why: Jackrabbit sorts such a query by visiting every match in index order, and news are indexed
 * oldest first, so every match displaces the current tenth: at 100k articles that sort was half of an
 * uncached "latest 10 in a subject" and most of its p99. Here the answer is a walk down a sorted set.
 *
 * <p>A column (all items, or the items with one reference value) is built from the live workspace on its
 * first request, in the background; until it is ready the query goes to Jackrabbit as before. After that,
 * every publish and unpublish of the workspace re-reads the items it names from the live workspace under
 * one lock, before the publish call returns (subscribed ahead of the response cache), so the last re-read
 * always sees the last write. Items come back from the live workspace by identifier, so whatever the index
 * holds, nothing unpublished can be served from it.
 */
final class NewestFirstIndex {

    /** A page of identifiers, newest first, and how many items the column holds after {@code before}. */
    record Slice(List<String> identifiers, long total) {
    }

    private record ColumnKey(String dateProperty, String filterProperty, String value) {
    }

    /** Date descending, then identifier: a total order, so paging never repeats or skips an item. */
    private record Entry(long date, String identifier) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byDate = Long.compare(other.date, date);
            return byDate != 0 ? byDate : identifier.compareTo(other.identifier);
        }
    }

    private static final class Column {
        final NavigableSet<Entry> entries = new ConcurrentSkipListSet<>();
        final Map<String, Entry> byIdentifier = new ConcurrentHashMap<>();
        /** Items of the column without a date: Jackrabbit places them, so the column declines while any exist. */
        final Set<String> undated = ConcurrentHashMap.newKeySet();
        /** Items changed while the column was being built; re-read when the build is installed. */
        final Set<String> changedDuringBuild = new HashSet<>();
        volatile boolean ready;
    }

    private static final Logger LOG = LoggerFactory.getLogger(NewestFirstIndex.class);

    /** A column is a few dozen bytes per item; this bounds what clients asking for many values can hold. */
    static final int MAX_COLUMNS = 1_000;

    private final ContentRepository repository;
    private final EndpointDefinition endpoint;
    private final Set<String> dateProperties;
    private final Set<String> referenceProperties;
    private final Map<ColumnKey, Column> columns = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final Executor builder;

    NewestFirstIndex(ContentRepository repository, EndpointDefinition endpoint, Set<String> dateProperties,
                     Set<String> referenceProperties, Executor builder) {
        this.repository = repository;
        this.endpoint = endpoint;
        this.dateProperties = Set.copyOf(dateProperties);
        this.referenceProperties = Set.copyOf(referenceProperties);
        this.builder = builder;
    }

    static ExecutorService backgroundBuilder() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "delivery-newest-first-index");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** Whether the endpoint's items can be indexed: one node type, not strict, the whole workspace. */
    static boolean supports(EndpointDefinition endpoint) {
        return endpoint.nodeTypes().size() == 1 && !endpoint.strict() && endpoint.rootPath().equals("/");
    }

    /**
     * The answer to a query of the indexed shape whose column is ready; empty for any other query (and
     * for the first requests of a column, which start its build).
     */
    Optional<Slice> answer(DeliveryQuery query) {
        Optional<ColumnKey> key = keyOf(query);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Column column = columns.get(key.get());
        if (column == null) {
            startBuild(key.get());
            return Optional.empty();
        }
        if (!column.ready || !column.undated.isEmpty()) {
            return Optional.empty();
        }
        NavigableSet<Entry> entries = query.before().map(cursor -> after(column.entries, cursor)).orElse(column.entries);
        List<String> page = new ArrayList<>(Math.min(query.limit(), 1_000));
        long skipped = 0;
        for (Entry entry : entries) {
            if (skipped++ < query.offset()) {
                continue;
            }
            if (page.size() == query.limit()) {
                break;
            }
            page.add(entry.identifier());
        }
        return Optional.of(new Slice(page, query.total() ? entries.size() : -1));
    }

    /** The entries after a cursor: earlier dates, and with an identifier, the same date and a later identifier. */
    private static NavigableSet<Entry> after(NavigableSet<Entry> entries, DeliveryQuery.Cursor cursor) {
        long date = cursor.date().toInstant().toEpochMilli();
        return cursor.identifier()
                .map(id -> entries.tailSet(new Entry(date, id), false))
                .orElseGet(() -> entries.tailSet(new Entry(date - 1, ""), true));
    }

    private Optional<ColumnKey> keyOf(DeliveryQuery query) {
        if (!query.words().isEmpty() || query.ancestor().isPresent() || query.orderBy().size() != 1 || query.translated()) {
            return Optional.empty();
        }
        OrderKey order = query.orderBy().get(0);
        if (!order.descending() || !dateProperties.contains(order.property())) {
            return Optional.empty();
        }
        if (query.filters().isEmpty()) {
            return Optional.of(new ColumnKey(order.property(), null, null));
        }
        if (query.filters().size() == 1) {
            Filter filter = query.filters().get(0);
            if (filter.operator() == FilterOperator.EQ && filter.alternatives().size() == 1
                    && referenceProperties.contains(filter.property())) {
                return Optional.of(new ColumnKey(order.property(), filter.property(), filter.alternatives().get(0)));
            }
        }
        return Optional.empty();
    }

    private void startBuild(ColumnKey key) {
        if (columns.size() >= MAX_COLUMNS) {
            return;
        }
        Column column = new Column();
        if (columns.putIfAbsent(key, column) == null) {
            builder.execute(() -> build(key, column));
        }
    }

    private void build(ColumnKey key, Column column) {
        long started = System.nanoTime();
        String workspace = WorkspaceLayout.live(endpoint.workspace());
        try {
            List<Entry> found = new ArrayList<>();
            Set<String> undated = new HashSet<>();
            repository.call(workspace, session -> {
                String statement = XPathQueries.items(endpoint.nodeTypes().get(0), key.filterProperty() == null ? null
                        : "@" + key.filterProperty() + " = " + XPathQueries.literal(key.value()), null);
                @SuppressWarnings("deprecation")
                Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
                for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                    Node node = it.nextNode();
                    Optional<Long> date = date(node, key.dateProperty());
                    if (date.isPresent()) {
                        found.add(new Entry(date.get(), node.getIdentifier()));
                    } else {
                        undated.add(node.getIdentifier());
                    }
                }
                return null;
            });
            synchronized (lock) {
                for (Entry entry : found) {
                    column.entries.add(entry);
                    column.byIdentifier.put(entry.identifier(), entry);
                }
                column.undated.addAll(undated);
                if (!column.changedDuringBuild.isEmpty()) {
                    reread(column.changedDuringBuild, Map.of(key, column));
                    column.changedDuringBuild.clear();
                }
                column.ready = true;
            }
            LOG.info("Indexed {} newest first by {}{}: {} items in {} ms", endpoint.path(), key.dateProperty(),
                    key.filterProperty() == null ? "" : " for " + key.filterProperty() + "=" + key.value(),
                    found.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            columns.remove(key, column); // the next request tries again; until then Jackrabbit answers
            LOG.warn("Could not index {} by {}: {}", endpoint.path(), key.dateProperty(), e.toString());
        }
    }

    /** Re-reads the items a publish or unpublish of this endpoint's workspace names. */
    void onContentEvent(ContentEvent event) {
        if (event.changesLiveContent() && event.workspace().equals(endpoint.workspace()) && !columns.isEmpty()) {
            refresh(event.identifiers());
        }
    }

    /** An identifier the index named but the live workspace no longer has: re-read it at once. */
    void forget(String identifier) {
        refresh(List.of(identifier));
    }

    private void refresh(Collection<String> identifiers) {
        synchronized (lock) {
            Map<ColumnKey, Column> ready = new HashMap<>();
            columns.forEach((key, column) -> {
                if (column.ready) {
                    ready.put(key, column);
                } else {
                    column.changedDuringBuild.addAll(identifiers);
                }
            });
            if (!ready.isEmpty()) {
                reread(identifiers, ready);
            }
        }
    }

    private void reread(Collection<String> identifiers, Map<ColumnKey, Column> targets) {
        repository.call(WorkspaceLayout.live(endpoint.workspace()), session -> {
            for (String identifier : identifiers) {
                Optional<Node> node = liveItem(session, identifier);
                for (Map.Entry<ColumnKey, Column> target : targets.entrySet()) {
                    update(target.getValue(), target.getKey(), identifier, node);
                }
            }
            return null;
        });
    }

    private Optional<Node> liveItem(Session session, String identifier) throws RepositoryException {
        try {
            Node node = session.getNodeByIdentifier(identifier);
            return node.isNodeType(endpoint.nodeTypes().get(0)) ? Optional.of(node) : Optional.empty();
        } catch (ItemNotFoundException | IllegalArgumentException gone) {
            return Optional.empty();
        }
    }

    private static void update(Column column, ColumnKey key, String identifier, Optional<Node> node) throws RepositoryException {
        Entry previous = column.byIdentifier.remove(identifier);
        if (previous != null) {
            column.entries.remove(previous);
        }
        column.undated.remove(identifier);
        if (node.isEmpty() || !matches(node.get(), key)) {
            return;
        }
        Optional<Long> date = date(node.get(), key.dateProperty());
        if (date.isEmpty()) {
            column.undated.add(identifier);
            return;
        }
        Entry entry = new Entry(date.get(), identifier);
        column.entries.add(entry);
        column.byIdentifier.put(identifier, entry);
    }

    private static boolean matches(Node node, ColumnKey key) throws RepositoryException {
        if (key.filterProperty() == null) {
            return true;
        }
        if (!node.hasProperty(key.filterProperty())) {
            return false;
        }
        Property property = node.getProperty(key.filterProperty());
        for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
            if (value.getString().equals(key.value())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Long> date(Node node, String property) throws RepositoryException {
        if (!node.hasProperty(property)) {
            return Optional.empty();
        }
        Property date = node.getProperty(property);
        if (date.isMultiple() || date.getType() != PropertyType.DATE) {
            return Optional.empty(); // Jackrabbit orders these its own way: counted as undated, left to Jackrabbit
        }
        return Optional.of(date.getDate().getTimeInMillis());
    }
}
