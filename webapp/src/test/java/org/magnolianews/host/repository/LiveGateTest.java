package org.magnolianews.host.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate's contract, with commits made to land inside a reading on another thread. */
public class LiveGateTest {

    private final LiveGate gate = new LiveGate();

    private void commitOnAnotherThread() {
        commitOnAnotherThread(gate);
    }

    /** Runs an (empty) live commit on another thread and waits for it: a commit that lands while the caller reads. */
    public static void commitOnAnotherThread(LiveGate gate) {
        Thread commit = new Thread(() -> {
            try {
                gate.commit(() -> { });
            } catch (javax.jcr.RepositoryException e) {
                throw new IllegalStateException(e);
            }
        });
        commit.start();
        try {
            commit.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReadingThatFailedBecauseACommitLandedIsReadAgain() {
        AtomicInteger readings = new AtomicInteger();
        String result = gate.read(() -> {
            if (readings.incrementAndGet() == 1) {
                commitOnAnotherThread();
                throw new IllegalStateException("Item does not exist anymore");
            }
            return "fresh";
        });
        assertEquals("fresh", result);
        assertEquals(2, readings.get());
    }

    @Test
    void aReadingThatFailsWithoutACommitFails() {
        assertThrows(IllegalStateException.class, () -> gate.read(() -> {
            throw new IllegalStateException("a real fault");
        }));
    }

    @Test
    void commitsOnEveryTryEndInAReadingUnderTheReadLock() {
        AtomicInteger readings = new AtomicInteger();
        String result = gate.read(() -> {
            if (readings.incrementAndGet() <= 3) {
                commitOnAnotherThread();
            }
            return "read " + readings.get();
        });
        assertEquals("read 4", result, "three optimistic tries, then one under the lock, which no commit can overlap");
    }

}
