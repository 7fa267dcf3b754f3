package org.magnolianews.host.rendering;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.cache.ItemChange;
import org.magnolianews.host.cache.ItemState;
import org.magnolianews.host.cache.ListRead;
import org.magnolianews.host.cache.LiveStates;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.cache.ReadLog;
import org.magnolianews.host.cache.SurrogateKeys;
import org.magnolianews.host.cache.XPathList;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.rendering.ItemCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts of published items per query (items per subject, all items) for the models, kept current on publish.
 * Counting walks every index hit (all 100k items take seconds), so a count is computed once and then moved by
 * each publish and unpublish: an item that enters the query's matches adds one, one that leaves takes one away
 * (its live state before and after, from {@link Purges}, told before any page is purged). Only when a change
 * cannot be judged (a state nobody kept, a statement {@link XPathList} cannot read) is the count recounted, in
 * the background, the previous value served meanwhile and the pages that showed it purged when the value
 * changes. Each count is recorded as a list the rendering read, so a publish that moves a count purges the pages
 * that showed it; a count read rounded (for weights) is recorded by its own key, purged only when the rounded
 * value moves. Registered as the module's {@link ItemCounts} component; counts of a preview's editing
 * workspaces are never remembered.
 */
final class QueryCounts implements ItemCounts {

    private static final Logger LOG = LoggerFactory.getLogger(QueryCounts.class);

    private static final class Count {
        final String workspace;
        final String xpath;
        final Optional<XPathList> list;
        final String key;
        volatile long value;
        volatile boolean stale;
        /** The significant digits it was read rounded to (besides exactly, through its list key). */
        final Set<Integer> roundings = ConcurrentHashMap.newKeySet();

        Count(String workspace, String xpath, long value) {
            this.workspace = workspace;
            this.xpath = xpath;
            this.list = XPathList.parse(xpath);
            this.key = ListRead.of(workspace, xpath, 0, 0, ListRead.Extent.ALL, null).key();
            this.value = value;
        }
    }

    private final PublishedSessions published;
    private final Purges purges;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();
    private final ExecutorService recounter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "query-recount");
        thread.setDaemon(true);
        return thread;
    });

    QueryCounts(PublishedSessions published, Purges purges) {
        this.published = published;
        this.purges = purges;
        purges.onChanges(this::onChanges);
    }

    /** Moves the counts the changes enter or leave; answers the keys of rounded reads whose value moved. */
    private Set<String> onChanges(List<ItemChange> changes) {
        Set<String> moved = new java.util.HashSet<>();
        for (Count count : counts.values()) {
            synchronized (count) {
                long before = count.value;
                for (ItemChange change : changes) {
                    if (!change.workspace().equals(count.workspace)) {
                        continue;
                    }
                    Boolean was = in(count, change.before());
                    Boolean is = in(count, change.after());
                    if (was == null || is == null) {
                        count.stale = true;
                    } else if (!was.equals(is)) {
                        count.value += is ? 1 : -1;
                    }
                }
                moved.addAll(roundedKeysMoved(count, before, count.value));
            }
        }
        return moved;
    }

    private static Set<String> roundedKeysMoved(Count count, long before, long after) {
        Set<String> keys = new java.util.HashSet<>();
        for (int digits : count.roundings) {
            if (ItemCounts.round(before, digits) != ItemCounts.round(after, digits)) {
                keys.add(SurrogateKeys.roundedCount(count.workspace, count.xpath, digits));
            }
        }
        return keys;
    }

    /**
     * A count for weighing: the page depends on the rounded value only (its own key), so a publish that moves the
     * count without moving the rounded value leaves the page cached.
     */
    @Override
    public long count(Session session, String xpath, int significantDigits) throws RepositoryException {
        String live = session.getWorkspace().getName();
        String workspace = ReadLog.logical(live);
        if (workspace.equals(live)) {
            return ItemCounts.round(XPathQueries.count(session, xpath), significantDigits);
        }
        long exact;
        try (AutoCloseable quiet = ReadLog.suspend()) {
            exact = count(session, xpath);
        } catch (RepositoryException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Count known = counts.get(workspace + "|" + xpath);
        if (known != null) {
            known.roundings.add(significantDigits);
        }
        ReadLog.key(SurrogateKeys.roundedCount(workspace, xpath, significantDigits));
        return ItemCounts.round(exact, significantDigits);
    }

    private static Boolean in(Count count, ItemState state) {
        if (state == null) {
            return Boolean.FALSE;
        }
        if (state == LiveStates.UNKNOWN || count.list.isEmpty()) {
            return null;
        }
        return count.list.get().matches(state);
    }

    @Override
    public long count(Session session, String xpath) throws RepositoryException {
        String live = session.getWorkspace().getName();
        String workspace = ReadLog.logical(live);
        if (workspace.equals(live)) {
            return XPathQueries.count(session, xpath); // a preview's counts never reach the site's
        }
        ReadLog.list(ListRead.of(workspace, xpath, 0, 0, ListRead.Extent.ALL, null));
        String key = workspace + "|" + xpath;
        Count known = counts.get(key);
        if (known == null) {
            long value;
            try (AutoCloseable quiet = ReadLog.suspend()) {
                value = XPathQueries.count(session, xpath); // the list above is the dependency, not every node counted
            } catch (RepositoryException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Count count = new Count(workspace, xpath, value);
            // moved by publishes from the items' kept states, which must hold the values it compares
            count.list.ifPresent(list -> purges.states().compare(workspace, list.comparedProperties()));
            counts.putIfAbsent(key, count);
            return value;
        }
        if (known.stale && recounting.add(key)) {
            recounter.execute(() -> recount(key, known));
        }
        return known.value;
    }

    private void recount(String key, Count count) {
        try (SiteSessions sessions = published.open(); AutoCloseable quiet = ReadLog.suspend()) {
            count.stale = false;
            long value = XPathQueries.count(sessions.session(count.workspace), count.xpath);
            long previous;
            synchronized (count) {
                previous = count.value;
                count.value = value;
            }
            if (value != previous) {
                Set<String> keys = new java.util.HashSet<>(roundedKeysMoved(count, previous, value));
                keys.add(count.key);
                purges.purge(keys);
            }
        } catch (Exception e) {
            LOG.warn("cannot recount {}: {}", count.xpath, e.toString());
        } finally {
            recounting.remove(key);
        }
    }
}
