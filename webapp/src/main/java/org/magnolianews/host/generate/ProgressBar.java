package org.magnolianews.host.generate;

import java.io.PrintStream;

/** A one-line progress bar of the generator's two phases with the time so far, redrawn in place. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final int total;
    private final PrintStream out;
    private final long started = System.nanoTime();

    ProgressBar(int total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    private int written;

    /**
     * The generator's progress: writing the articles is the first half of the bar, publishing them (the copy to the
     * live workspace, about as long again) the second, so the bar does not sit at 100 % while the copy runs.
     */
    DatasetGenerator.Progress phases() {
        return new DatasetGenerator.Progress() {
            @Override
            public void written(int articles) {
                written = articles;
                draw("written", articles, articles);
            }

            @Override
            public void published(int articles) {
                draw("published", articles, written + articles);
            }
        };
    }

    private void draw(String phase, int done, int steps) {
        int filled = (int) ((long) steps * WIDTH / (2L * total));
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
        out.printf(java.util.Locale.ROOT, "\r[%s%s] %3d%% %,d/%,d articles %s, %,.0f s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                (long) steps * 100 / (2L * total), done, total, phase, seconds);
        out.flush();
    }

    void finish() {
        out.println();
    }
}
