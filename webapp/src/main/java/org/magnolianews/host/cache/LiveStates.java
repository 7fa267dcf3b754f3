package org.magnolianews.host.cache;

import java.util.List;
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
 *
 * <p>A state holds the values of only the properties some list compares or sorts by ({@link #compare}): the lists
 * register them before they are answered or watched. A property compared for the first time while a workspace is
 * read is taken by that reading: before it ends, it reads again, one by one, the items whose state was read without
 * it (a page's first list starts the reading, the next one may compare another property). One compared for the first
 * time after a workspace was read has the workspace read again (in the background; meanwhile its states count as not
 * settled, and a list on that property "may" hold any item: purged on every change, declined by
 * {@link LiveQueryIndex}). So when a reading ends, every state of the workspace holds the values of every property
 * compared by then, and every state kept after holds those compared when it is kept. Everything else of an item is
 * kept as "present" only, so 100k items fit in a small heap.
 */
public final class LiveStates {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStates.class);
    /** A state that was not kept. */
    public static final ItemState UNKNOWN = new ItemState("", "", Set.of(), Map.of());
    /** After a workspace is read, states it read are trusted only once changes under way when it read them have been announced. */
    static final long SETTLE_NANOS = 5_000_000_000L;

    /** Told every state kept or dropped, in the order they are (a structure built over the states). */
    interface Listener {
        /** {@code state} null: the item is no longer live. {@code sequence} grows with each state kept. */
        void kept(String workspace, String identifier, ItemState state, long sequence);
    }

    private final ContentRepository repository;
    /** Workspace → identifier → state. */
    private final Map<String, Map<String, ItemState>> states = new ConcurrentHashMap<>();
    /**
     * Workspace → identifier → when its state was kept: the background reading numbers items in the order the
     * repository's index lists them, each publish gives the next number, as the index appends a re-indexed item.
     */
    private final Map<String, Map<String, Long>> sequences = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
    private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Workspace → nanoTime its reading finished (absent: not read; 0: being read). */
    private final Map<String, Long> read = new ConcurrentHashMap<>();
    /** Items whose state was kept from a publish (not from the background reading): trusted at once. */
    private final Set<String> fromEvents = ConcurrentHashMap.newKeySet();
    /**
     * Workspace → the properties whose values its states keep: those some list of that workspace compares or sorts by
     * (a list of publications comparing a property never has the news states read again). An unmodifiable set, only
     * ever replaced by a larger one, under this object's lock: a state knows the set it was read with.
     */
    private final Map<String, Set<String>> compared = new ConcurrentHashMap<>();
    /** Workspaces waiting to be read again for newly compared properties, or being read again. */
    private final Set<String> readingAgain = ConcurrentHashMap.newKeySet();
    /** Workspace → how many times all its items were read (each query over the whole workspace), for tests. */
    private final Map<String, Integer> fullReadings = new ConcurrentHashMap<>();
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
            reader.execute(() -> readAll(workspace, false));
        }
    }

    /**
     * Lists of the workspace will compare these properties' values: they are kept from now on. A reading under way or
     * waiting to run takes them; a workspace read already is read again.
     */
    public void compare(String workspace, Set<String> properties) {
        if (comparedIn(workspace).containsAll(properties)) {
            return; // every list after the first few: nothing new, no lock
        }
        synchronized (this) { // a reading ends under this lock: it sees these properties, or it has ended (read again)
            Set<String> grown = new java.util.HashSet<>(comparedIn(workspace));
            grown.addAll(properties);
            compared.put(workspace, Set.copyOf(grown));
            if (complete(workspace)) {
                readAgain(workspace);
            }
        }
    }

    private Set<String> comparedIn(String workspace) {
        return compared.getOrDefault(workspace, Set.of());
    }

    private void readAgain(String workspace) {
        if (readingAgain.add(workspace)) { // else queued or under way: it takes the new properties
            reader.execute(() -> readAll(workspace, true));
        }
    }

    /** How many times every item of the workspace was read (the first reading and each reading again). */
    int fullReadings(String workspace) {
        return fullReadings.getOrDefault(workspace, 0);
    }

    void listen(Listener listener) {
        listeners.add(listener);
    }

    /** Whether every live item of the workspace has its state here (read, and kept current since). */
    boolean complete(String workspace) {
        Long finished = read.get(workspace);
        return finished != null && finished != 0;
    }

    /**
     * The states of a workspace's live items with their sequence numbers (see {@link Listener}), while no state is
     * kept: a structure built from them and then told each change misses none.
     */
    synchronized void forEach(String workspace, Listener action) {
        Map<String, ItemState> kept = states.getOrDefault(workspace, Map.of());
        Map<String, Long> numbers = sequences.getOrDefault(workspace, Map.of());
        kept.forEach((identifier, state) -> {
            Long number = numbers.get(identifier);
            if (number != null) {
                action.kept(workspace, identifier, state, number);
            }
        });
    }

    /** The kept states of a workspace's live items by identifier (a live view). */
    Map<String, ItemState> statesOf(String workspace) {
        return states(workspace);
    }

    private Map<String, ItemState> states(String workspace) {
        return states.computeIfAbsent(workspace, w -> new ConcurrentHashMap<>());
    }

    private void keep(String workspace, String identifier, ItemState state) {
        keep(workspace, identifier, state, sequence.incrementAndGet());
    }

    private void keep(String workspace, String identifier, ItemState state, long number) {
        if (state == null) {
            states(workspace).remove(identifier);
            sequences.computeIfAbsent(workspace, w -> new ConcurrentHashMap<>()).remove(identifier);
        } else {
            sequences.computeIfAbsent(workspace, w -> new ConcurrentHashMap<>()).put(identifier, number);
            states(workspace).put(identifier, state);
        }
        for (Listener listener : listeners) {
            listener.kept(workspace, identifier, state, number);
        }
    }

    /** Whether the workspace's states are read and settled. */
    public boolean ready(String workspace) {
        Long finished = read.get(workspace);
        return finished != null && finished != 0 && System.nanoTime() - finished > SETTLE_NANOS
                && !readingAgain.contains(workspace);
    }

    /** Whether every workspace whose states were asked for is read and settled. */
    public boolean settled() {
        return read.keySet().stream().allMatch(this::ready);
    }

    /** The state kept for an item before the change now announced: null when it was not live, UNKNOWN when not kept. */
    ItemState before(String workspace, String identifier) {
        ItemState state = states(workspace).get(identifier);
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
            while (true) {
                Set<String> with = comparedIn(workspace);
                ItemState state;
                try {
                    state = ItemState.of(session.getNodeByIdentifier(identifier), with);
                } catch (javax.jcr.ItemNotFoundException e) {
                    state = null;
                }
                synchronized (this) {
                    // a property compared meanwhile: read it again, as a reading that ended meanwhile did not see this state
                    if (comparedIn(workspace) == with) {
                        fromEvents.add(identifier);
                        keep(workspace, identifier, state);
                        return state;
                    }
                }
            }
        } catch (RepositoryException e) {
            LOG.warn("cannot read the live state of {} in {}: {}", identifier, live, e.toString());
            fromEvents.remove(identifier);
            synchronized (this) {
                keep(workspace, identifier, null);
                read.remove(workspace); // its states are no longer all known: read them again when next needed
            }
            return UNKNOWN;
        } finally {
            session.logout();
        }
    }

    /**
     * Reads the states of every live item of the workspace. {@code again}: states are kept already and are replaced
     * (with the values of newly compared properties), keeping their sequence numbers (their order in the index is
     * unchanged), except those a publish kept after this reading began to read them. Before it ends, the states read
     * (or kept by a publish) without a property compared meanwhile are read again, one by one ({@link #catchUp}).
     */
    private void readAll(String workspace, boolean again) {
        long started = System.nanoTime();
        int count = 0;
        fullReadings.merge(workspace, 1, Integer::sum);
        Session session = repository.login(WorkspaceLayout.live(workspace));
        try {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery("//element(*, mgnl:content)", Query.XPATH);
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                long mark = sequence.get();
                Node node = it.nextNode();
                ItemState state = ItemState.of(node, comparedIn(workspace));
                synchronized (this) { // a publish keeping this item's state now waits, or has already kept it
                    String identifier = state.identifier();
                    if (!again) {
                        if (!fromEvents.contains(identifier) && !states(workspace).containsKey(identifier)) {
                            keep(workspace, identifier, state);
                        }
                    } else {
                        replace(workspace, identifier, state, mark);
                    }
                }
                count++;
            }
            int caughtUp = catchUp(workspace, session);
            LOG.info("Live states of {}: {} items read{} in {} ms (values of {}{})", workspace, count, again ? " again" : "",
                    (System.nanoTime() - started) / 1_000_000, new java.util.TreeSet<>(comparedIn(workspace)),
                    caughtUp == 0 ? "" : "; " + caughtUp + " read again for properties compared meanwhile");
        } catch (RepositoryException | RuntimeException e) {
            LOG.warn("cannot read the live states of {}: {}", workspace, e.toString());
            synchronized (this) {
                read.remove(workspace);
                readingAgain.remove(workspace);
            }
        } finally {
            session.logout();
        }
    }

    /**
     * Reads again each state of the workspace that lacks a compared property's values (read before a list compared it),
     * until none does, and ends the reading: under the lock {@link #compare} takes, so a property compared from then on
     * has the workspace read again. Answers how many were read again.
     */
    private int catchUp(String workspace, Session session) throws RepositoryException {
        int caughtUp = 0;
        while (true) {
            List<String> behind = new java.util.ArrayList<>();
            synchronized (this) {
                Set<String> now = comparedIn(workspace);
                states(workspace).forEach((identifier, state) -> {
                    if (!state.keepsValuesOf(now)) {
                        behind.add(identifier);
                    }
                });
                if (behind.isEmpty()) {
                    read.put(workspace, System.nanoTime());
                    readingAgain.remove(workspace);
                    return caughtUp;
                }
            }
            for (String identifier : behind) {
                long mark = sequence.get();
                ItemState state;
                try {
                    state = ItemState.of(session.getNodeByIdentifier(identifier), comparedIn(workspace));
                } catch (javax.jcr.ItemNotFoundException e) {
                    state = null; // unpublished since it was read: its event is on its way
                }
                synchronized (this) {
                    replace(workspace, identifier, state, mark);
                }
                caughtUp++;
            }
        }
    }

    /**
     * Keeps a state read again ({@code null}: the item is gone), keeping its sequence number, unless a publish kept or
     * dropped the item after {@code mark} (its state is newer than this one). Called under the lock.
     */
    private void replace(String workspace, String identifier, ItemState state, long mark) {
        Long number = sequences.getOrDefault(workspace, Map.of()).get(identifier);
        boolean unpublished = number == null && fromEvents.contains(identifier);
        if (unpublished || number != null && number > mark) {
            return;
        }
        fromEvents.remove(identifier); // read now: trusted once settled, like every state read
        if (state != null) {
            keep(workspace, identifier, state, number == null ? sequence.incrementAndGet() : number);
        } else if (number != null) {
            keep(workspace, identifier, null);
        }
    }
}
