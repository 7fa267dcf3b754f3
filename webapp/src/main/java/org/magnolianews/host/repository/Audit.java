package org.magnolianews.host.repository;

import java.util.Calendar;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** Magnolia's who-and-when stamps (NodeTypes.Created / LastModified). */
public final class Audit {

    private Audit() {
    }

    /** As Magnolia's setCreation: created and last modified both become now. */
    public static void created(Node node, String user) throws RepositoryException {
        Calendar now = Calendar.getInstance();
        node.setProperty(MgnlNodeTypes.CREATED, now);
        node.setProperty(MgnlNodeTypes.CREATED_BY, user);
        node.setProperty(MgnlNodeTypes.LAST_MODIFIED, now);
        node.setProperty(MgnlNodeTypes.LAST_MODIFIED_BY, user);
    }

    /** Publishing and unpublishing end the "modified since publication" state. */
    static void clearModifiedSincePublication(Node node) throws RepositoryException {
        if (node.hasProperty(MgnlNodeTypes.MODIFIED_SINCE_PUBLICATION)) {
            node.getProperty(MgnlNodeTypes.MODIFIED_SINCE_PUBLICATION).remove();
        }
    }

    public static void modified(Node node, String user) throws RepositoryException {
        node.setProperty(MgnlNodeTypes.LAST_MODIFIED, Calendar.getInstance());
        node.setProperty(MgnlNodeTypes.LAST_MODIFIED_BY, user);
        if (node.hasProperty(MgnlNodeTypes.ACTIVATION_STATUS) && node.getProperty(MgnlNodeTypes.ACTIVATION_STATUS).getBoolean()
                && node.getPrimaryNodeType().canSetProperty(MgnlNodeTypes.MODIFIED_SINCE_PUBLICATION,
                        node.getSession().getValueFactory().createValue(true))) { // folders (nt:folder) take no extra properties
            node.setProperty(MgnlNodeTypes.MODIFIED_SINCE_PUBLICATION, true);
        }
    }
}
