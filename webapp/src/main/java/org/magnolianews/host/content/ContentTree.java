package org.magnolianews.host.content;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.repository.Audit;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.repository.Publisher;

/** Questions about a subtree that writes ask before or after changing it. */
final class ContentTree {

    private ContentTree() {
    }

    /** The path of the first node in a subtree that is live (published or modified), or null. */
    static String firstPublished(Node node) throws RepositoryException {
        if (Publisher.isPublishable(node) && PublicationStatus.of(node)
                != PublicationStatus.UNPUBLISHED) {
            return node.getPath();
        }
        for (javax.jcr.NodeIterator it = node.getNodes(); it.hasNext(); ) {
            String found = firstPublished(it.nextNode());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A change to an area or component is a change to its page: the page turns "modified". */
    static void touchPage(Node node, String user) throws RepositoryException {
        Node current = node;
        while (current.getDepth() > 0 && !Publisher.isPublishable(current)) {
            current = current.getParent();
        }
        if (current.getDepth() > 0 && current.isNodeType(MgnlNodeTypes.PAGE)) {
            Audit.modified(current, user);
        }
    }
}
