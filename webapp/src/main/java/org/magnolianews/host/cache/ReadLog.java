package org.magnolianews.host.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * What one response read, collected while it is computed on this thread: the surrogate keys of the items,
 * paths and children it read ({@link SurrogateKeys}) and the list queries ({@link ListRead}). The host's
 * reading layers record into it ({@link RecordingSession} for everything a module's model or template reads
 * through the rendering's sessions, and the host's own helpers); outside a log, recording does nothing.
 * Logs nest: what an inner log records reaches the outer one too.
 */
public final class ReadLog implements AutoCloseable {

    private static final ThreadLocal<ReadLog> CURRENT = new ThreadLocal<>();

    private final ReadLog outer;
    private final Set<String> keys = new LinkedHashSet<>();
    /** Identifiers of the items whose keys are in {@link #keys}. */
    private final Set<String> items = new java.util.HashSet<>();
    private final Map<String, ListRead> lists = new LinkedHashMap<>();
    private final List<QueryReading> readings = new ArrayList<>();

    private ReadLog(ReadLog outer) {
        this.outer = outer;
    }

    /** Starts a log on this thread; close it when the response is computed. */
    public static ReadLog open() {
        ReadLog log = new ReadLog(CURRENT.get());
        CURRENT.set(log);
        return log;
    }

    @Override
    public void close() {
        CURRENT.set(outer);
    }

    /** Reading that is not the response's (a count the host answers from memory records its own list): nothing recorded until closed. */
    public static AutoCloseable suspend() {
        ReadLog current = CURRENT.get();
        CURRENT.remove();
        return () -> CURRENT.set(current);
    }

    public static boolean active() {
        return CURRENT.get() != null;
    }

    public static void key(String key) {
        for (ReadLog log = CURRENT.get(); log != null; log = log.outer) {
            log.keys.add(key);
        }
    }

    /** An item read by identifier; its key is made once per response (a page reads most of its items several times). */
    public static void item(String identifier) {
        String key = null;
        for (ReadLog log = CURRENT.get(); log != null; log = log.outer) {
            if (log.items.add(identifier)) {
                if (key == null) {
                    key = SurrogateKeys.item(identifier);
                }
                log.keys.add(key);
            }
        }
    }

    /** A node read, by its identifier (lookups by path record the path besides, see {@link RecordingSession}). */
    public static void node(Node node) {
        if (CURRENT.get() == null || node == null) {
            return;
        }
        try {
            item(node.getIdentifier());
        } catch (RepositoryException e) {
            key(SurrogateKeys.ALL); // cannot name it: depend on everything rather than on nothing
        }
    }

    public static void path(String workspace, String path) {
        key(SurrogateKeys.path(workspace, path));
    }

    /** A listing of a node's children (a folder's items, the site's sections). */
    public static void children(String workspace, String path) {
        key(SurrogateKeys.children(workspace, path));
        key(SurrogateKeys.anyChildren(workspace));
    }

    public static void list(ListRead list) {
        for (ReadLog log = CURRENT.get(); log != null; log = log.outer) {
            log.lists.merge(list.key(), list, ReadLog::wider);
            log.keys.add(list.key());
        }
    }

    /** A query being read: what it has seen so far becomes a {@link ListRead} when the log is read. */
    static void reading(QueryReading reading) {
        for (ReadLog log = CURRENT.get(); log != null; log = log.outer) {
            log.readings.add(reading);
        }
    }

    /** The workspace as editors name it: the live twin {@code news_live} is {@code news}. */
    public static String logical(String workspace) {
        return workspace.endsWith("_live") ? workspace.substring(0, workspace.length() - "_live".length()) : workspace;
    }

    /** The same query read twice in one response: the reading that saw more decides. */
    private static ListRead wider(ListRead a, ListRead b) {
        if (a.extent() == ListRead.Extent.ALL) {
            return a;
        }
        if (b.extent() == ListRead.Extent.ALL || a.boundary() == null) {
            return b;
        }
        if (b.boundary() == null || a.parsed().isEmpty()) {
            return a;
        }
        return a.parsed().get().atOrBefore(new ItemState("", "", Set.of(), Map.of(a.parsed().get().orderProperty().orElse(""),
                List.of(b.boundary()))), a.boundary()) == Boolean.TRUE ? a : b;
    }

    /** Every key of the response: what it read and its list queries. */
    public Set<String> keys() {
        resolve();
        return keys;
    }

    public Collection<ListRead> lists() {
        resolve();
        return new ArrayList<>(lists.values());
    }

    private void resolve() {
        for (QueryReading reading : readings) {
            ListRead list = reading.toList();
            lists.merge(list.key(), list, ReadLog::wider);
            keys.add(list.key());
        }
        readings.clear();
    }
}
