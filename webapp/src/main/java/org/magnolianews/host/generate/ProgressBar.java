package org.magnolianews.host.generate;

import java.io.PrintStream;

/** A one-line progress bar of the generator's phases with the time so far, redrawn in place. */
final class ProgressBar {

    private static final int WIDTH = 30;
    /**
     * Writing the articles and publishing them (the copy to the live workspace) share the bar up to this percent; the
     * rest is the last phase, the site's pages and the storage's compaction at shutdown (about 5 % of the time at 20k).
     */
    private static final int LOAD_PERCENT = 95;

    private final int total;
    private final PrintStream out;
    private final long started = System.nanoTime();

    ProgressBar(int total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    private int written;

    /**
     * The generator's progress: writing the articles is the first half of the load, publishing them (about as long
     * again) the second, so the bar does not sit at 100 % while the copy runs.
     */
    DatasetGenerator.Progress phases() {
        return new DatasetGenerator.Progress() {
            @Override
            public void written(int articles) {
                written = articles;
                draw("written", articles, percent(articles));
            }

            @Override
            public void published(int articles) {
                draw("published", articles, percent(written + articles));
            }
        };
    }

    /** The last phase has begun: the site's pages, then the repository's shutdown, which compacts the storage. */
    void finishing() {
        draw("published, site pages and storage compaction", total, LOAD_PERCENT);
    }

    /** Everything is on disk. */
    void finish() {
        draw("done", total, 100);
        out.println();
    }

    private int percent(int steps) {
        return (int) ((long) steps * LOAD_PERCENT / (2L * total));
    }

    private void draw(String phase, int done, int percent) {
        int filled = percent * WIDTH / 100;
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
        out.printf(java.util.Locale.ROOT, "\r[%s%s] %3d%% %,d/%,d articles %s, %,.0f s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                percent, done, total, phase, seconds);
        out.flush();
    }
}
