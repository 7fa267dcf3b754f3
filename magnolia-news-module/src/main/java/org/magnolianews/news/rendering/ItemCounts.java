package org.magnolianews.news.rendering;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * How many nodes of a session's workspace match an XPath query (items per subject, all items). Counting
 * walks every index hit (100k items: tens of milliseconds per subject), and the answer changes only when
 * something is published, so a runtime may remember counts: a component of this module, injected into the
 * models that count. The descriptor's default is {@link DirectItemCounts}; the host registers a caching one.
 */
public interface ItemCounts {

    /** The number of nodes in {@code session}'s workspace matching {@code xpath}. */
    long count(Session session, String xpath) throws RepositoryException;

    /**
     * The same number rounded to {@code significantDigits} significant digits, for a caller that only weighs by it
     * (related news: 100,000 or 100,001 items make no difference to a ranking). A runtime that caches pages may then
     * treat a page as changed by a publish only when the rounded value changes.
     */
    default long count(Session session, String xpath, int significantDigits) throws RepositoryException {
        return round(count(session, xpath), significantDigits);
    }

    /** {@code value} rounded (half up) to {@code significantDigits} significant digits: 12,345 to 2 digits is 12,000. */
    static long round(long value, int significantDigits) {
        long unit = 1;
        while (value / unit >= Math.round(Math.pow(10, significantDigits))) {
            unit *= 10;
        }
        return (value + unit / 2) / unit * unit;
    }
}
