package org.magnolianews.host.content;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises writes to the same item within this host: the check of {@code mgnl:lastModified} and
 * the save that follows it happen under one lock, so two editors who loaded the same version cannot
 * both pass the check (the second gets a conflict instead of silently overwriting the first).
 * A fixed set of stripes keeps memory bounded; two paths sharing a stripe only wait for each other.
 */
final class ItemLocks {

    private static final int STRIPES = 256;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    ItemLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T withLock(String workspace, String path, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod((workspace + ":" + path).hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
