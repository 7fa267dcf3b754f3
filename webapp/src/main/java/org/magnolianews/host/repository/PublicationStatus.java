package org.magnolianews.host.repository;

import java.util.Calendar;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Magnolia's computed activation status: published (green), modified since publication (yellow),
 * unpublished (red). Derived from the author node's own properties, as NodeTypes.Activatable does.
 */
public enum PublicationStatus {
    UNPUBLISHED, MODIFIED, PUBLISHED;

    public static PublicationStatus of(Node authorNode) throws RepositoryException {
        if (!authorNode.hasProperty(MgnlNodeTypes.ACTIVATION_STATUS)
                || !authorNode.getProperty(MgnlNodeTypes.ACTIVATION_STATUS).getBoolean()) {
            return UNPUBLISHED;
        }
        Calendar activated = date(authorNode, MgnlNodeTypes.LAST_ACTIVATED);
        Calendar modified = date(authorNode, MgnlNodeTypes.LAST_MODIFIED);
        if (activated != null && modified != null && modified.after(activated)) {
            return MODIFIED;
        }
        return PUBLISHED;
    }

    /** The lower-case word Magnolia's apps and our JSON use. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Calendar date(Node node, String property) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getDate() : null;
    }
}
