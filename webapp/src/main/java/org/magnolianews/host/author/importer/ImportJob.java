package org.magnolianews.host.author.importer;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An import running in the background: progress the page polls, and how it ended. */
final class ImportJob {

    enum State { RUNNING, DONE, FAILED }

    final String id;
    final String user;
    final int total;
    final AtomicInteger done = new AtomicInteger();
    volatile State state = State.RUNNING;
    volatile String message = "";
    volatile List<String> paths = List.of();

    ImportJob(String id, String user, int total) {
        this.id = id;
        this.user = user;
        this.total = total;
    }
}
