package org.magnolianews.host.repository;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PathNotFoundException;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeType;

/**
 * Copies content from a workspace into its live twin, keeping identifiers, as Magnolia's publishing
 * does between author and public instances.
 *
 * <p>What travels with a node: its properties and its data children (areas, components, sub-model
 * nodes: anything that is not itself publishable). Publishable children (items, pages, folders)
 * travel only with a recursive publish, so a draft child never leaks to the live side through its
 * parent. Re-publishing updates the live node in place, so its published children stay published.
 */
public final class Publisher {

    private final ContentRepository repository;

    public Publisher(ContentRepository repository) {
        this.repository = repository;
    }

    /**
     * Publishes the node at {@code path}. Returns the paths now live. The caller holds no sessions;
     * both sides are saved here.
     */
    public List<String> publish(String workspace, String path, boolean recursive, String user) throws RepositoryException {
        Session author = repository.login(workspace);
        Session live = repository.login(WorkspaceLayout.live(workspace));
        try {
            Node source = author.getNode(path);
            String parentPath = source.getDepth() == 1 ? "/" : source.getParent().getPath();
            if (!live.nodeExists(parentPath)) {
                throw new PublishingException.ParentNotPublished(workspace, path, parentPath);
            }
            List<String> published = new ArrayList<>();
            markPublished(source, recursive, user, Calendar.getInstance(), published);
            author.save();
            copy(source, live, workspace, recursive);
            live.save();
            return published;
        } finally {
            live.logout();
            author.logout();
        }
    }

    /** Removes the node (and everything below it) from the live workspace. Returns the removed identifiers. */
    public List<String> unpublish(String workspace, String path, String user) throws RepositoryException {
        Session author = repository.login(workspace);
        Session live = repository.login(WorkspaceLayout.live(workspace));
        try {
            Node source = author.getNode(path);
            List<String> removed = new ArrayList<>();
            Node liveNode = findLive(live, source.getIdentifier());
            if (liveNode != null) {
                collectPublishable(liveNode, removed);
                liveNode.remove();
                live.save();
            }
            markUnpublished(source, user);
            author.save();
            return removed;
        } finally {
            live.logout();
            author.logout();
        }
    }

    public static boolean isPublishable(Node node) throws RepositoryException {
        return node.isNodeType(MgnlNodeTypes.CONTENT) && !node.isNodeType(MgnlNodeTypes.CONTENT_NODE)
                || node.isNodeType(MgnlNodeTypes.FOLDER);
    }

    private void markPublished(Node node, boolean recursive, String user, Calendar now, List<String> published)
            throws RepositoryException {
        node.setProperty(MgnlNodeTypes.ACTIVATION_STATUS, true);
        Audit.clearModifiedSincePublication(node);
        node.setProperty(MgnlNodeTypes.LAST_ACTIVATED, now);
        node.setProperty(MgnlNodeTypes.LAST_ACTIVATED_BY, user);
        published.add(node.getPath());
        if (recursive) {
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (isPublishable(child)) {
                    markPublished(child, true, user, now, published);
                }
            }
        }
    }

    private void markUnpublished(Node node, String user) throws RepositoryException {
        node.setProperty(MgnlNodeTypes.ACTIVATION_STATUS, false);
        Audit.clearModifiedSincePublication(node);
        node.setProperty(MgnlNodeTypes.LAST_ACTIVATED_BY, user);
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isPublishable(child) && child.hasProperty(MgnlNodeTypes.ACTIVATION_STATUS)) {
                markUnpublished(child, user);
            }
        }
    }

    private void copy(Node source, Session live, String workspace, boolean recursive) throws RepositoryException {
        Node target = findLive(live, source.getIdentifier());
        if (target == null) {
            // First publication: clone keeps the identifier of the node and of its whole subtree.
            live.getWorkspace().clone(workspace, source.getPath(), source.getPath(), false);
            live.refresh(true);
            target = live.getNode(source.getPath());
            if (!recursive) {
                removePublishableChildren(target);
            }
            return;
        }
        if (!target.getPath().equals(source.getPath())) {
            live.move(target.getPath(), source.getPath()); // renamed or moved since the last publication
        }
        syncProperties(source, target);
        syncDataChildren(source, target, live, workspace);
        if (recursive) {
            Set<String> authorChildren = new HashSet<>();
            for (NodeIterator it = source.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (isPublishable(child)) {
                    authorChildren.add(child.getIdentifier());
                    live.save();
                    copy(child, live, workspace, true);
                }
            }
            // Children deleted on the author side leave the live side with a recursive publish.
            for (NodeIterator it = target.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (isPublishable(child) && !authorChildren.contains(child.getIdentifier())) {
                    child.remove();
                }
            }
        }
    }

    private static void removePublishableChildren(Node target) throws RepositoryException {
        for (NodeIterator it = target.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isPublishable(child)) {
                child.remove();
            } else {
                removePublishableChildren(child);
            }
        }
    }

    private static void syncProperties(Node source, Node target) throws RepositoryException {
        for (NodeType mixin : source.getMixinNodeTypes()) {
            if (!target.isNodeType(mixin.getName())) {
                target.addMixin(mixin.getName());
            }
        }
        Set<String> names = new HashSet<>();
        for (PropertyIterator it = source.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (property.getDefinition().isProtected()) {
                continue;
            }
            names.add(property.getName());
            if (property.isMultiple()) {
                target.setProperty(property.getName(), property.getValues(), property.getType());
            } else {
                target.setProperty(property.getName(), property.getValue(), property.getType());
            }
        }
        for (PropertyIterator it = target.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (!property.getDefinition().isProtected() && !names.contains(property.getName())) {
                property.remove();
            }
        }
    }

    /** Data children (components, sub-model nodes) are replaced wholesale, identifiers kept. */
    private static void syncDataChildren(Node source, Node target, Session live, String workspace) throws RepositoryException {
        for (NodeIterator it = target.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!isPublishable(child)) {
                child.remove();
            }
        }
        live.save();
        for (NodeIterator it = source.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!isPublishable(child)) {
                live.getWorkspace().clone(workspace, child.getPath(), child.getPath(), false);
                live.refresh(true);
                removePublishableChildren(live.getNode(child.getPath()));
            }
        }
    }

    private static void collectPublishable(Node node, List<String> identifiers) throws RepositoryException {
        identifiers.add(node.getIdentifier());
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isPublishable(child)) {
                collectPublishable(child, identifiers);
            }
        }
    }

    private static Node findLive(Session live, String identifier) throws RepositoryException {
        try {
            return live.getNodeByIdentifier(identifier);
        } catch (ItemNotFoundException | PathNotFoundException e) {
            return null;
        }
    }
}
