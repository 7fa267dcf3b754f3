package org.magnolianews.host.content;

import java.util.Calendar;

/** An update based on an older version of the item than the one stored: answered with 409. */
public class ConcurrentEditException extends RuntimeException {

    private final Calendar current;

    public ConcurrentEditException(String path, Calendar current) {
        super(path + " was changed by someone else since you loaded it");
        this.current = current;
    }

    public Calendar current() {
        return current;
    }
}
