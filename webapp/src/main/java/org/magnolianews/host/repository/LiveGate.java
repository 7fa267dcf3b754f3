package org.magnolianews.host.repository;

import java.util.concurrent.locks.StampedLock;
import java.util.function.Supplier;

/**
 * Readers of the live workspaces never see half of a publish. Jackrabbit commits one save atomically, but a
 * reader loads an item's states one by one, so a reader that loaded an item's title before a save and its
 * corrections after it would mix two versions. Every commit to a live workspace runs inside {@link #commit};
 * a reading (a delivery response, a site page) runs inside {@link #read}, which reads optimistically without
 * blocking and reads again if a commit happened meanwhile (also when the reading failed because the commit
 * removed a node it was reading); after a few tries it waits for the commit instead.
 *
 * <p>One gate covers all live workspaces: publishes are rare next to reads.
 */
public final class LiveGate {

    private static final int OPTIMISTIC_TRIES = 3;

    private final StampedLock lock = new StampedLock();
    private final java.util.List<Runnable> committed = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Readings in progress on this thread: a reading inside a reading is part of it (read locks do not nest safely). */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /** Work that commits to a live workspace. */
    public interface Commit {
        void run() throws javax.jcr.RepositoryException;
    }

    public void commit(Commit work) throws javax.jcr.RepositoryException {
        long stamp = lock.writeLock();
        try {
            work.run();
        } finally {
            try {
                committed.forEach(Runnable::run);
            } finally {
                lock.unlockWrite(stamp);
            }
        }
    }

    /**
     * Runs {@code listener} at the end of every commit (successful or not), before any reading can start again: for what
     * keeps values read from the live side outside a reading and must not serve them to a reading after the commit.
     */
    public void onCommitted(Runnable listener) {
        committed.add(listener);
    }

    /** The result of {@code reading}, computed while no commit to a live workspace ran. */
    public <T> T read(Supplier<T> reading) {
        int[] nested = depth.get();
        if (nested[0] > 0) {
            return reading.get();
        }
        nested[0]++;
        try {
            return readOutermost(reading);
        } finally {
            nested[0]--;
        }
    }

    private <T> T readOutermost(Supplier<T> reading) {
        for (int i = 0; i < OPTIMISTIC_TRIES; i++) {
            long stamp = lock.tryOptimisticRead();
            if (stamp != 0) {
                T result;
                try {
                    result = reading.get();
                } catch (RuntimeException e) {
                    if (lock.validate(stamp)) {
                        throw e;
                    }
                    continue; // a commit removed what was being read ("item does not exist anymore"): read again
                }
                if (lock.validate(stamp)) {
                    return result;
                }
            } else {
                Thread.onSpinWait();
            }
        }
        long stamp = lock.readLock();
        try {
            return reading.get();
        } finally {
            lock.unlockRead(stamp);
        }
    }

}
