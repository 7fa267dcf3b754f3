package org.magnolianews.host.repository;

/** Names of Magnolia's node types and system properties, as in info.magnolia.jcr.util.NodeTypes. */
public final class MgnlNodeTypes {

    public static final String CONTENT = "mgnl:content";
    public static final String CONTENT_NODE = "mgnl:contentNode";
    public static final String FOLDER = "mgnl:folder";
    public static final String PAGE = "mgnl:page";
    public static final String AREA = "mgnl:area";
    public static final String COMPONENT = "mgnl:component";
    public static final String ASSET = "mgnl:asset";
    public static final String RESOURCE = "mgnl:resource";
    public static final String USER = "mgnl:user";

    public static final String CREATED = "mgnl:created";
    public static final String CREATED_BY = "mgnl:createdBy";
    public static final String LAST_MODIFIED = "mgnl:lastModified";
    public static final String LAST_MODIFIED_BY = "mgnl:lastModifiedBy";
    public static final String LAST_ACTIVATED = "mgnl:lastActivated";
    public static final String LAST_ACTIVATED_BY = "mgnl:lastActivatedBy";
    public static final String ACTIVATION_STATUS = "mgnl:activationStatus";
    /**
     * Set on a published item when it is saved, removed when it is published or unpublished: the
     * "modified" status as one indexed property, because XPath cannot compare lastModified with
     * lastActivated. Not Magnolia's (it computes the status per node); the live copy never has it.
     */
    public static final String MODIFIED_SINCE_PUBLICATION = "news:modifiedSincePublication";
    public static final String TEMPLATE = "mgnl:template";

    private MgnlNodeTypes() {
    }
}
