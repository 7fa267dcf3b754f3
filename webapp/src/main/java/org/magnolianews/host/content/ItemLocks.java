package org.magnolianews.host.content;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.magnolianews.host.repository.ContentRepository;

/**
 * Serialises writes within this host, at two levels.
 *
 * <p>Items: the check of {@code mgnl:lastModified} and the save that follows it happen under one lock per
 * item, so two editors who loaded the same version cannot both pass the check (the second gets a conflict
 * instead of silently overwriting the first). A fixed set of stripes keeps memory bounded; two paths
 * sharing a stripe only wait for each other.
 *
 * <p>Workspaces: a publish or unpublish reads a whole subtree on the author side and changes the live side
 * wherever that subtree is, so per-path locks cannot cover it (a recursive folder publish and a publish of
 * an item inside it would both copy the item). It takes its workspace exclusively; ordinary writes share it.
 * Lock order is always workspace, then item. A lock not had within {@link #WAIT_SECONDS} is a conflict
 * (409), never a hang.
 *
 * <p>On a cluster node an item's lock is also held in PostgreSQL (an advisory lock), so writes of one item are
 * ordered across author nodes too.
 *
 * <p>One set per repository ({@link #of}): the content service, page components and assets all write
 * through the same locks, so no write lands in the middle of a publish reading the same workspace.
 */
final class ItemLocks {

    private static final Map<ContentRepository, ItemLocks> PER_REPOSITORY = new WeakHashMap<>();

    static synchronized ItemLocks of(ContentRepository repository) {
        return PER_REPOSITORY.computeIfAbsent(repository, r -> new ItemLocks(r.journal()));
    }

    private static final int STRIPES = 256;
    static final long WAIT_SECONDS = 30;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final Map<String, ReentrantReadWriteLock> workspaces = new ConcurrentHashMap<>();

    /** On a cluster node: the database lock that orders writes of one item across nodes. */
    private final java.util.Optional<org.magnolianews.host.cluster.ClusterJournal> cluster;

    private ItemLocks(java.util.Optional<org.magnolianews.host.cluster.ClusterJournal> cluster) {
        this.cluster = cluster;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Work on one item, alongside other writes to the workspace but not alongside its publishes. On a cluster node
     * the item is also locked in the shared database, and the node reads the journal once it holds that lock, so a
     * version check sees what another author node saved last (ClusterIT once let two authors both pass it).
     */
    <T> T withLock(String workspace, String path, Supplier<T> work) {
        Supplier<T> acrossNodes = cluster.isEmpty() ? work : () -> {
            try {
                return cluster.get().withItemLock(workspace + ":" + path, WAIT_SECONDS, work);
            } catch (java.sql.SQLException e) {
                throw new ConcurrentEditException(path, null); // not had in time, or the database did not answer
            }
        };
        ReentrantReadWriteLock shared = workspace(workspace);
        if (shared.isWriteLockedByCurrentThread()) {
            return under(locks[stripe(workspace, path)], path, acrossNodes); // inside this thread's own publish
        }
        return under(shared.readLock(), path, () -> under(locks[stripe(workspace, path)], path, acrossNodes));
    }

    /** Work that nothing else in the workspace may overlap: publishing and unpublishing. */
    <T> T exclusively(String workspace, String path, Supplier<T> work) {
        return under(workspace(workspace).writeLock(), path, work);
    }

    private ReentrantReadWriteLock workspace(String name) {
        return workspaces.computeIfAbsent(name, n -> new ReentrantReadWriteLock());
    }

    private static int stripe(String workspace, String path) {
        return Math.floorMod((workspace + ":" + path).hashCode(), STRIPES);
    }

    private static <T> T under(Lock lock, String path, Supplier<T> work) {
        boolean locked;
        try {
            locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            throw new ConcurrentEditException(path, null);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
