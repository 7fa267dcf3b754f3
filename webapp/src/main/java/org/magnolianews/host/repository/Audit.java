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

    public static void modified(Node node, String user) throws RepositoryException {
        node.setProperty(MgnlNodeTypes.LAST_MODIFIED, Calendar.getInstance());
        node.setProperty(MgnlNodeTypes.LAST_MODIFIED_BY, user);
    }
}
