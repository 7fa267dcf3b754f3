package org.magnolianews.host.generate;

import java.io.PrintStream;

/** A one-line progress bar with the current rate, redrawn in place. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final int total;
    private final PrintStream out;
    private final long started = System.nanoTime();

    ProgressBar(int total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    void update(int done) {
        int filled = (int) ((long) done * WIDTH / total);
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
        out.printf(java.util.Locale.ROOT, "\r[%s%s] %3d%% %,d/%,d articles, %,.0f/s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                (long) done * 100 / total, done, total, done / seconds);
        out.flush();
    }

    void finish() {
        out.println();
    }
}
