package org.magnolianews.host.cache;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last known live state of every published item ({@link ItemState}), so that a publish can be compared with
 * what was live before it: which lists the item leaves. A workspace's states are read once in the background
 * (all items of a live workspace, {@code mgnl:content} and below) when the first list of that workspace is
 * cached; after that every publish and unpublish keeps them current. Until a workspace is read, and for a few
 * seconds after (a publish that landed while it was read may have been read in its new state), a state nobody
 * kept is {@link #UNKNOWN}, which counts as "may have been in any list".
 */
public final class LiveStates {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStates.class);
    /** A state that was not kept. */
    public static final ItemState UNKNOWN = new ItemState("", "", Set.of(), Map.of());
    /** After a workspace is read, states it read are trusted only once changes under way when it read them have been announced. */
    static final long SETTLE_NANOS = 5_000_000_000L;

    private final ContentRepository repository;
    private final Map<String, ItemState> states = new ConcurrentHashMap<>();
    /** Workspace → nanoTime its reading finished (absent: not read; 0: being read). */
    private final Map<String, Long> read = new ConcurrentHashMap<>();
    /** Items whose state was kept from a publish (not from the background reading): trusted at once. */
    private final Set<String> fromEvents = ConcurrentHashMap.newKeySet();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-states");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public LiveStates(ContentRepository repository) {
        this.repository = repository;
    }

    /** Starts reading a workspace's live states unless already read or being read. */
    public void need(String workspace) {
        if (read.putIfAbsent(workspace, 0L) == null) {
            reader.execute(() -> readAll(workspace));
        }
    }

    /** Whether the workspace's states are read and settled. */
    public boolean ready(String workspace) {
        Long finished = read.get(workspace);
        return finished != null && finished != 0 && System.nanoTime() - finished > SETTLE_NANOS;
    }

    /** Whether every workspace whose states were asked for is read and settled. */
    public boolean settled() {
        return read.keySet().stream().allMatch(this::ready);
    }

    /** The state kept for an item before the change now announced: null when it was not live, UNKNOWN when not kept. */
    ItemState before(String workspace, String identifier) {
        ItemState state = states.get(identifier);
        if (fromEvents.contains(identifier)) {
            return state;
        }
        if (!ready(workspace)) {
            return UNKNOWN;
        }
        return state;
    }

    /** The item's state now (null: not live), kept as the state before the next change. */
    ItemState now(String workspace, String identifier) {
        String live = WorkspaceLayout.live(workspace);
        Session session = repository.login(live);
        try {
            ItemState state;
            try {
                state = ItemState.of(session.getNodeByIdentifier(identifier));
            } catch (javax.jcr.ItemNotFoundException e) {
                state = null;
            }
            if (state == null) {
                states.remove(identifier);
            } else {
                states.put(identifier, state);
            }
            fromEvents.add(identifier);
            return state;
        } catch (RepositoryException e) {
            LOG.warn("cannot read the live state of {} in {}: {}", identifier, live, e.toString());
            fromEvents.remove(identifier);
            states.remove(identifier);
            return UNKNOWN;
        } finally {
            session.logout();
        }
    }

    private void readAll(String workspace) {
        long started = System.nanoTime();
        int count = 0;
        Session session = repository.login(WorkspaceLayout.live(workspace));
        try {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery("//element(*, mgnl:content)", Query.XPATH);
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                ItemState state = ItemState.of(node);
                if (!fromEvents.contains(state.identifier())) {
                    states.putIfAbsent(state.identifier(), state);
                }
                count++;
            }
            read.put(workspace, System.nanoTime());
            LOG.info("Live states of {}: {} items read in {} ms", workspace, count, (System.nanoTime() - started) / 1_000_000);
        } catch (RepositoryException | RuntimeException e) {
            LOG.warn("cannot read the live states of {}: {}", workspace, e.toString());
            read.remove(workspace);
        } finally {
            session.logout();
        }
    }
}
