package org.magnolianews.host.cache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Answers the list queries of the public site's renderings from the live items' states ({@link LiveStates}), kept
 * current by every publish and unpublish, instead of from Jackrabbit's Lucene index: the statements the module's
 * models send ({@code //element(*, news:article)[(@subjects = 'a' or @subjects = 'b') and (@title)] order by @date
 * descending}, the same with a date window, and counts). Jackrabbit answers such a sort by visiting every match,
 * and a date window by walking every date term in it (measured: 0.2–1.3 s of a cache miss at 20k items, most of it
 * in Lucene's term enumeration); here it is a walk down a sorted set from the window's upper end.
 *
 * <p>What it answers: statements {@link XPathList} reads, over a whole workspace, ordered by one date property
 * descending, whose predicate every kept state can decide (a long value that was not kept makes it decline); and the
 * number of matches of any such statement, ordered or not. Ties of the date come in the order Jackrabbit's index
 * gives them (the order the items were indexed: first read, then each publish appends). Anything else, and every
 * statement before the workspace's states are read, is declined and Jackrabbit answers as before.
 *
 * <p>Columns (all items with a date, or those with one value of a property, e.g. one subject) are built on first use
 * from the kept states, and told every state kept after that, under the lock {@link LiveStates} keeps them with.
 */
public final class LiveQueryIndex implements LiveStates.Listener {

    /** One item in a column: date descending, then the order it was indexed in. */
    record Entry(long date, long sequence, String identifier) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byDate = Long.compare(other.date, date);
            return byDate != 0 ? byDate : Long.compare(sequence, other.sequence);
        }
    }

    /** Which items a column holds: those with a date in {@code dateProperty}, optionally with one value of a property. */
    private record ColumnKey(String workspace, String dateProperty, String filterProperty, String value) {
    }

    private static final class Column {
        final NavigableSet<Entry> entries = new ConcurrentSkipListSet<>();
        final Map<String, Entry> byIdentifier = new ConcurrentHashMap<>();
        /** Items whose filter property's values were not kept (long values): whether they belong is unknown. */
        final Set<String> unknown = ConcurrentHashMap.newKeySet();
    }

    /** An answer: the identifiers of the requested window, in order, and how many match in all (-1: not counted). */
    public record Answer(List<String> identifiers, long total) {
    }

    /** A column per value is a few dozen bytes per item it holds; this bounds what many filters can hold. */
    static final int MAX_COLUMNS = 2_000;

    private final LiveStates states;
    private final Map<ColumnKey, Column> columns = new ConcurrentHashMap<>();
    /** Workspace → date property → items without a single date there: their place in a sort is Jackrabbit's. */
    private final Map<String, Map<String, Set<String>>> undated = new ConcurrentHashMap<>();

    LiveQueryIndex(LiveStates states) {
        this.states = states;
        states.listen(this);
    }

    /**
     * The answer to {@code statement} over the live workspace {@code workspace} (as editors name it), from
     * {@code offset}, at most {@code limit} (0: all) identifiers; empty when this index does not answer it.
     */
    public Optional<Answer> answer(String workspace, String statement, long offset, long limit) {
        Optional<XPathList> parsed = XPathList.parse(statement);
        if (parsed.isEmpty() || !parsed.get().pathPrefix().isEmpty() || !parsed.get().orderedBySingleKeyDescending()) {
            return Optional.empty();
        }
        return walk(workspace, parsed.get(), parsed.get().orderProperty().orElseThrow(), offset, limit, true);
    }

    /**
     * The rows of a statement this index answered, for the listed items, from their kept states: only for a statement
     * that names its columns ({@link IndexedRows}); null for any other.
     */
    IndexedQueryResult.StateRows rows(String workspace, String statement, javax.jcr.Session session) {
        Optional<XPathList> parsed = XPathList.parse(statement);
        if (parsed.isEmpty() || parsed.get().columns().isEmpty()) {
            return null;
        }
        XPathList list = parsed.get();
        return new IndexedQueryResult.StateRows() {
            @Override
            public Optional<List<IndexedRows.ItemRow>> of(List<String> identifiers) throws javax.jcr.RepositoryException {
                return IndexedRows.of(list, identifiers, states.statesOf(workspace), session);
            }

            @Override
            public List<String> columnNames() {
                return IndexedRows.columnNames(list);
            }
        };
    }

    /** How many live items of the workspace match {@code statement} (ordered or not); empty when not answered here. */
    public Optional<Long> count(String workspace, String statement) {
        Optional<XPathList> parsed = XPathList.parse(statement);
        if (parsed.isEmpty() || !parsed.get().pathPrefix().isEmpty()) {
            return Optional.empty();
        }
        return walk(workspace, parsed.get(), null, 0, 0, false).map(Answer::total);
    }

    private Optional<Answer> walk(String workspace, XPathList list, String dateProperty, long offset, long limit, boolean ordered) {
        states.compare(workspace, list.comparedProperties());
        if (!states.complete(workspace)) {
            states.need(workspace);
            return Optional.empty();
        }
        Map<String, ItemState> items = states.statesOf(workspace);
        if (!ordered) {
            return countAll(workspace, list, items);
        }
        for (String identifier : undated(workspace, dateProperty)) {
            ItemState state = items.get(identifier);
            Boolean matches = state == null ? Boolean.FALSE : list.matches(state);
            if (!Boolean.FALSE.equals(matches)) {
                return Optional.empty(); // an undated match: where Jackrabbit sorts it is its own business
            }
        }
        XPathList.Range range = list.range(dateProperty);
        Long upper = millis(range.upper());
        Long lower = millis(range.lower());
        if (range.upper() != null && upper == null || range.lower() != null && lower == null) {
            return Optional.empty();
        }
        Iterator<Entry> walk = driver(workspace, list, dateProperty, upper);
        if (walk == null) {
            return Optional.empty();
        }
        List<String> window = new ArrayList<>();
        long total = 0;
        while (walk.hasNext()) {
            Entry entry = walk.next();
            if (lower != null && (entry.date < lower || entry.date == lower && !range.lowerInclusive())) {
                break;
            }
            if (upper != null && entry.date == upper && !range.upperInclusive()) {
                continue;
            }
            ItemState state = items.get(entry.identifier);
            if (state == null) {
                continue;
            }
            Boolean matches = list.matches(state);
            if (matches == null) {
                return Optional.empty();
            }
            if (matches) {
                if (limit > 0 && window.size() >= limit) {
                    return Optional.of(new Answer(window, -1)); // the window is full: the total is counted when asked for
                }
                if (total >= offset) {
                    window.add(entry.identifier);
                }
                total++;
            }
        }
        return Optional.of(new Answer(window, total));
    }

    private Optional<Answer> countAll(String workspace, XPathList list, Map<String, ItemState> items) {
        Optional<XPathList.Terms> terms = list.terms();
        Iterable<ItemState> candidates;
        if (terms.isPresent() && terms.get().values().size() == 1) {
            Column column = column(new ColumnKey(workspace, null, terms.get().property(), terms.get().values().iterator().next()));
            if (column == null) {
                return Optional.empty();
            }
            List<ItemState> in = new ArrayList<>();
            for (String identifier : column.byIdentifier.keySet()) {
                ItemState state = items.get(identifier);
                if (state != null) {
                    in.add(state);
                }
            }
            candidates = in;
        } else {
            candidates = items.values();
        }
        long total = 0;
        for (ItemState state : candidates) {
            Boolean matches = list.matches(state);
            if (matches == null) {
                return Optional.empty();
            }
            if (matches) {
                total++;
            }
        }
        return Optional.of(new Answer(List.of(), total));
    }

    /** The entries to walk, newest first from {@code upper}: one column, or the columns of each term value merged. */
    private Iterator<Entry> driver(String workspace, XPathList list, String dateProperty, Long upper) {
        Optional<XPathList.Terms> terms = list.terms();
        List<Column> walked = new ArrayList<>();
        if (terms.isPresent() && !terms.get().property().equals(dateProperty)) {
            for (String value : terms.get().values()) {
                Column column = column(new ColumnKey(workspace, dateProperty, terms.get().property(), value));
                if (column == null) {
                    return null;
                }
                walked.add(column);
            }
        } else {
            Column column = column(new ColumnKey(workspace, dateProperty, null, null));
            if (column == null) {
                return null;
            }
            walked.add(column);
        }
        Entry from = upper == null ? null : new Entry(upper, Long.MIN_VALUE, "");
        List<Iterator<Entry>> iterators = new ArrayList<>();
        for (Column column : walked) {
            iterators.add((from == null ? column.entries : column.entries.tailSet(from, true)).iterator());
        }
        return iterators.size() == 1 ? iterators.get(0) : merged(iterators);
    }

    /** Several sorted walks as one, an item in two of them once. */
    private static Iterator<Entry> merged(List<Iterator<Entry>> iterators) {
        record Head(Entry entry, Iterator<Entry> rest) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.entry.compareTo(b.entry));
        for (Iterator<Entry> iterator : iterators) {
            if (iterator.hasNext()) {
                heads.add(new Head(iterator.next(), iterator));
            }
        }
        return new Iterator<>() {
            Entry last;

            @Override
            public boolean hasNext() {
                while (!heads.isEmpty() && heads.peek().entry.equals(last)) {
                    advance();
                }
                return !heads.isEmpty();
            }

            @Override
            public Entry next() {
                hasNext();
                last = heads.peek().entry;
                advance();
                return last;
            }

            private void advance() {
                Head head = heads.poll();
                if (head.rest.hasNext()) {
                    heads.add(new Head(head.rest.next(), head.rest));
                }
            }
        };
    }

    private Set<String> undated(String workspace, String dateProperty) {
        Map<String, Set<String>> byProperty = undated.get(workspace);
        if (byProperty == null || !byProperty.containsKey(dateProperty)) {
            column(new ColumnKey(workspace, dateProperty, null, null)); // builds the undated set with it
            byProperty = undated.getOrDefault(workspace, Map.of());
        }
        return byProperty.getOrDefault(dateProperty, Set.of());
    }

    /**
     * The column, built from the kept states on first use; null when there are too many columns already, or when it
     * cannot say which items it holds (a filter on values that were not kept).
     */
    private Column column(ColumnKey key) {
        Column column = built(key);
        return column == null || !column.unknown.isEmpty() ? null : column;
    }

    private Column built(ColumnKey key) {
        Column column = columns.get(key);
        if (column != null) {
            return column;
        }
        if (columns.size() >= MAX_COLUMNS) {
            return null;
        }
        synchronized (states) { // no state is kept meanwhile: the column misses no change
            column = columns.get(key);
            if (column == null) {
                if (key.filterProperty() == null) {
                    Column built = new Column();
                    Set<String> noDate = ConcurrentHashMap.newKeySet();
                    states.forEach(key.workspace(), (workspace, identifier, state, sequence) -> add(key, built, noDate, identifier, state, sequence));
                    if (key.dateProperty() != null) {
                        undated.computeIfAbsent(key.workspace(), w -> new ConcurrentHashMap<>()).put(key.dateProperty(), noDate);
                    }
                    columns.put(key, built);
                    return built;
                }
                buildAllValues(key);
                column = columns.get(key);
            }
        }
        return column;
    }

    /**
     * The columns of every value of the key's filter property, in one pass over the states (the site asks for every
     * subject soon after another: one pass each would read all states fifty times). A value no item has gets an
     * empty column, so it is not built again.
     */
    private void buildAllValues(ColumnKey key) {
        Map<ColumnKey, Column> built = new java.util.HashMap<>();
        built.put(key, new Column());
        Column unknown = new Column();
        states.forEach(key.workspace(), (workspace, identifier, state, sequence) -> {
            List<String> values = state.values().get(key.filterProperty());
            if (values == null) {
                if (state.has(key.filterProperty())) {
                    unknown.unknown.add(identifier);
                }
                return;
            }
            for (String value : values) {
                ColumnKey each = new ColumnKey(key.workspace(), key.dateProperty(), key.filterProperty(), value);
                add(each, built.computeIfAbsent(each, k -> new Column()), null, identifier, state, sequence);
            }
        });
        for (Map.Entry<ColumnKey, Column> each : built.entrySet()) {
            if (columns.size() >= MAX_COLUMNS && !each.getKey().equals(key)) {
                continue;
            }
            each.getValue().unknown.addAll(unknown.unknown);
            columns.putIfAbsent(each.getKey(), each.getValue());
        }
    }

    private static void add(ColumnKey key, Column column, Set<String> noDate, String identifier, ItemState state, long sequence) {
        if (key.filterProperty() != null) {
            List<String> values = state.values().get(key.filterProperty());
            if (values == null && state.has(key.filterProperty())) {
                column.unknown.add(identifier);
                return;
            }
            if (values == null || !values.contains(key.value())) {
                return;
            }
        }
        long date = 0;
        if (key.dateProperty() != null) {
            List<String> dates = state.values().get(key.dateProperty());
            Long millis = dates == null || dates.size() != 1 ? null : millis(dates.get(0));
            if (millis == null) {
                if (noDate != null) {
                    noDate.add(identifier);
                }
                return;
            }
            date = millis;
        }
        Entry entry = new Entry(date, sequence, identifier);
        column.entries.add(entry);
        column.byIdentifier.put(identifier, entry);
    }

    /** Called by {@link LiveStates} under its lock for every state kept or dropped. */
    @Override
    public void kept(String workspace, String identifier, ItemState state, long sequence) {
        for (Map.Entry<ColumnKey, Column> each : columns.entrySet()) {
            ColumnKey key = each.getKey();
            if (!key.workspace().equals(workspace)) {
                continue;
            }
            Column column = each.getValue();
            Entry old = column.byIdentifier.remove(identifier);
            if (old != null) {
                column.entries.remove(old);
            }
            column.unknown.remove(identifier);
            Set<String> noDate = key.filterProperty() == null && key.dateProperty() != null
                    ? undated.getOrDefault(workspace, Map.of()).get(key.dateProperty()) : null;
            if (noDate != null) {
                noDate.remove(identifier);
            }
            if (state != null) {
                add(key, column, noDate, identifier, state, sequence);
            }
        }
    }

    private static Long millis(String value) {
        if (value == null) {
            return null;
        }
        Optional<Instant> instant = XPathList.instant(value);
        return instant.map(Instant::toEpochMilli).orElse(null);
    }
}
