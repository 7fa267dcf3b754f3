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
}
