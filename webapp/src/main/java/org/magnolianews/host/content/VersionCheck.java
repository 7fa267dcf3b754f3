package org.magnolianews.host.content;

import java.util.Calendar;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.repository.Audit;
import org.magnolianews.host.repository.MgnlNodeTypes;

/**
 * Optimistic versioning of items: {@code mgnl:lastModified} is the version a client edited; a write
 * based on an older one is a {@link ConcurrentEditException}. Callers hold the item's lock around
 * check, write and save (see {@link ItemLocks}).
 */
final class VersionCheck {

    private VersionCheck() {
    }

    /**
     * Stamps the modification, strictly later than the previous one: two saves within one
     * millisecond must not carry the same version, or a stale client would pass the version check.
     */
    static void stampModified(Node node, String user) throws RepositoryException {
        long before = node.hasProperty(MgnlNodeTypes.LAST_MODIFIED) ? node.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate().getTimeInMillis() : Long.MIN_VALUE;
        Audit.modified(node, user);
        Calendar now = node.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate();
        if (now.getTimeInMillis() <= before) {
            now.setTimeInMillis(before + 1);
            node.setProperty(MgnlNodeTypes.LAST_MODIFIED, now);
        }
    }

    static void checkNotChangedSince(Node item, String path, Optional<Calendar> expectedLastModified)
            throws RepositoryException {
        // Compared as instants: the client's copy may carry another time zone than the stored value.
        if (expectedLastModified.isPresent() && item.hasProperty(MgnlNodeTypes.LAST_MODIFIED)
                && item.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate().getTimeInMillis()
                != expectedLastModified.get().getTimeInMillis()) {
            throw new ConcurrentEditException(path, item.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate());
        }
    }

    /**
     * Another session (another host of a cluster, or a writer outside these services) saved the
     * same item in between: Jackrabbit refuses the stale save, which is a conflict, not a failure.
     */
    static <T> T saveGuarded(String workspace, String path, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.magnolianews.host.repository.RepositoryFailure e) {
            if (e.getCause() instanceof javax.jcr.InvalidItemStateException) {
                throw new ConcurrentEditException(path, null);
            }
            throw e;
        }
    }
}
