package org.magnolianews.host.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.repository.ContentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Targeted purge: for each publish or unpublish, the surrogate keys of exactly the responses it may change, sent
 * to every cache that holds responses by key (the page cache, the delivery cache) and to the shared caches in
 * front of the host ({@link PurgeNotifier}). For each item the event names, compared with its last known live
 * state ({@link LiveStates}):
 * <ul>
 *   <li>its own key, and the keys of its old and new path (lookups by path);</li>
 *   <li>the children of its old and new parent, when it appeared, disappeared or moved;</li>
 *   <li>every registered list query it enters or leaves ({@link ListRead#touchedBy}).</li>
 * </ul>
 * Runs on the consuming side of {@link ContentEvent}, so it works the same for events of this host and events
 * another cluster node announces: it needs only the workspace and the identifiers.
 */
public final class Purges {

    private static final Logger LOG = LoggerFactory.getLogger(Purges.class);

    private final LiveStates states;
    private final LiveQueryIndex queries;
    private final ListRegistry lists;
    private final List<KeyedCache<?>> caches = new CopyOnWriteArrayList<>();
    private final List<Function<List<ItemChange>, Collection<String>>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Set<String>>> keyListeners = new CopyOnWriteArrayList<>();

    public Purges(ContentRepository repository) {
        this(repository, org.magnolianews.host.config.MemoryBudget.ofThisJvm().watchedListBytes());
    }

    /** @param listBytes what the registered list queries may take (see {@link ListRegistry}) */
    public Purges(ContentRepository repository, long listBytes) {
        this.states = new LiveStates(repository);
        this.queries = new LiveQueryIndex(states);
        this.lists = new ListRegistry(CachePolicy.SHARED_MAX_AGE.plus(CachePolicy.HOST_MAX_AGE), listBytes, this::purge);
    }

    public void serve(KeyedCache<?> cache) {
        caches.add(cache);
    }

    /**
     * Told each change before any cache is purged, so what it keeps is current when pages render again; answers the
     * keys of what it changed (a count whose rounded value moved), purged with the rest.
     */
    public void onChanges(Function<List<ItemChange>, Collection<String>> listener) {
        changeListeners.add(listener);
    }

    /** Told the keys of each purge (the shared caches in front of the host). */
    public void onPurge(Consumer<Set<String>> listener) {
        keyListeners.add(listener);
    }

    /** A response was stored somewhere: its lists are watched from now on. */
    public void stored(ReadLog log) {
        List<ListRead> read = new ArrayList<>(log.lists());
        for (ListRead list : read) { // first what their states must hold, so that one reading keeps it all
            list.parsed().ifPresent(parsed -> states.compare(list.workspace(), parsed.comparedProperties()));
        }
        for (ListRead list : read) {
            states.need(list.workspace());
        }
        lists.register(read);
    }

    public LiveStates states() {
        return states;
    }

    /** List queries of the live workspaces answered from the kept states (what the site's renderings ask). */
    public LiveQueryIndex queries() {
        return queries;
    }

    public void onContentEvent(ContentEvent event) {
        if (!event.changesLiveContent()) {
            return;
        }
        long started = System.nanoTime();
        String workspace = event.workspace();
        List<ItemChange> changes = new ArrayList<>();
        for (String identifier : event.identifiers()) {
            ItemState before = states.before(workspace, identifier);
            changes.add(new ItemChange(workspace, identifier, before, states.now(workspace, identifier)));
        }
        Set<String> keys = keysNamedBy(event);
        changeListeners.forEach(listener -> keys.addAll(listener.apply(changes)));
        for (ItemChange change : changes) {
            keys.addAll(keysOf(change));
        }
        purge(keys);
        LOG.debug("{} {} in {}: {} keys purged in {} µs", event.kind(), event.identifiers(), workspace, keys.size(),
                (System.nanoTime() - started) / 1000);
    }

    /**
     * The keys an event names by itself, without comparing states: its items, its paths (looked up, read with their
     * subtree, or read below), every response that could not name its lists in the workspace.
     */
    public static Set<String> keysNamedBy(ContentEvent event) {
        Set<String> keys = new LinkedHashSet<>();
        String workspace = event.workspace();
        keys.add(SurrogateKeys.workspaceLists(workspace));
        for (String identifier : event.identifiers()) {
            keys.add(SurrogateKeys.item(identifier));
        }
        for (String path : event.paths()) {
            keys.add(SurrogateKeys.path(workspace, path));
            keys.add(SurrogateKeys.under(workspace, path));
            for (String above : SurrogateKeys.selfAndAncestors(path)) {
                keys.add(SurrogateKeys.tree(workspace, above));
            }
        }
        return keys;
    }

    /** Drops the responses holding any of the keys, here and in the shared caches. */
    public void purge(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        lists.forget(keys);
        for (KeyedCache<?> cache : caches) {
            cache.purge(keys);
        }
        keyListeners.forEach(listener -> listener.accept(Set.copyOf(keys)));
    }

    Set<String> keysOf(ItemChange change) {
        Set<String> keys = new LinkedHashSet<>();
        String workspace = change.workspace();
        keys.add(SurrogateKeys.item(change.identifier()));
        ItemState before = change.before();
        ItemState after = change.after();
        boolean unknown = before == LiveStates.UNKNOWN || after == LiveStates.UNKNOWN;
        for (ItemState state : new ItemState[] {before, after}) {
            if (state != null && state != LiveStates.UNKNOWN) {
                keys.add(SurrogateKeys.path(workspace, state.path()));
                keys.add(SurrogateKeys.under(workspace, state.path()));
                for (String above : SurrogateKeys.selfAndAncestors(state.path())) {
                    keys.add(SurrogateKeys.tree(workspace, above));
                }
            }
        }
        boolean moved = unknown || before == null || after == null || !before.path().equals(after.path());
        if (moved) {
            for (ItemState state : new ItemState[] {before, after}) {
                if (state != null && state != LiveStates.UNKNOWN) {
                    keys.add(SurrogateKeys.children(workspace, state.parentPath()));
                }
            }
            if (unknown) {
                keys.add(SurrogateKeys.anyChildren(workspace)); // where it was is not known: every listing of the workspace
            }
        }
        keys.addAll(lists.touchedBy(workspace, before, after));
        return keys;
    }

    public long watchedLists() {
        return lists.size();
    }
}
