package org.magnolianews.host.repository;

import java.util.ArrayList;
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
import org.apache.jackrabbit.core.NodeImpl;

/**
 * Makes the live copy of an author node equal to it, in the live session's transient space only: nothing
 * here saves, so the caller's one {@code save()} makes the whole change visible at once, and nothing a
 * reader could see is ever written in between. (The workspace-level {@code clone} this replaces persists
 * at once and takes the whole subtree, drafts included.)
 *
 * <p>Identifiers are kept: a node is created on the live side with its author identifier (Jackrabbit's
 * {@link NodeImpl#addNodeWithUuid}), and found again by it, so references resolve on both sides and a node
 * renamed or moved since its last publication moves. What travels: the node's properties and mixins, its
 * data children (areas, components, sub-model entries, an asset's binary), and, when recursive, its
 * publishable children. Without recursion, publishable children are neither copied nor touched: a draft
 * child stays off the live side and a published one stays published.
 */
final class LiveCopy {

    private final Session live;
    private final boolean recursive;

    private LiveCopy(Session live, boolean recursive) {
        this.live = live;
        this.recursive = recursive;
    }

    /** Stages the copy of {@code source} in {@code live}; its live parent must exist. */
    static void stage(Node source, Session live, boolean recursive) throws RepositoryException {
        new LiveCopy(live, recursive).node(source);
    }

    private void node(Node source) throws RepositoryException {
        Node target = placed(source);
        mixins(source, target);
        properties(source, target);
        children(source, target);
    }

    /** The live node of {@code source} at the source's path: found by identifier (and moved there), or created. */
    private Node placed(Node source) throws RepositoryException {
        Node target = find(live, source.getIdentifier());
        String parentPath = source.getDepth() == 1 ? "/" : source.getParent().getPath();
        if (target == null) {
            Node parent = live.getNode(parentPath);
            if (parent.hasNode(source.getName())) {
                throw new PublishingException.PathTaken(source.getPath());
            }
            return ((NodeImpl) parent).addNodeWithUuid(source.getName(), source.getPrimaryNodeType().getName(),
                    source.getIdentifier());
        }
        if (!target.getPath().equals(source.getPath())) {
            if (live.nodeExists(source.getPath())) {
                throw new PublishingException.PathTaken(source.getPath());
            }
            live.move(target.getPath(), source.getPath()); // renamed or moved since its last publication
            target = live.getNode(source.getPath());
        }
        return target;
    }

    private static void mixins(Node source, Node target) throws RepositoryException {
        for (NodeType mixin : source.getMixinNodeTypes()) {
            if (!target.isNodeType(mixin.getName())) {
                target.addMixin(mixin.getName());
            }
        }
    }

    private static void properties(Node source, Node target) throws RepositoryException {
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
        List<Property> stale = new ArrayList<>();
        for (PropertyIterator it = target.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (!property.getDefinition().isProtected() && !names.contains(property.getName())) {
                stale.add(property);
            }
        }
        for (Property property : stale) {
            property.remove();
        }
    }

    /**
     * Children that travel are made equal one by one; live children of those kinds that the author node no
     * longer has go (a publishable child only with a recursive publish). Then the live order follows the author's.
     */
    private void children(Node source, Node target) throws RepositoryException {
        Set<String> travelling = new HashSet<>();
        List<Node> copied = new ArrayList<>();
        for (NodeIterator it = source.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (recursive || !Publisher.isPublishable(child)) {
                travelling.add(child.getIdentifier());
                copied.add(child);
            }
        }
        List<Node> gone = new ArrayList<>();
        for (NodeIterator it = target.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            boolean sameKind = recursive || !Publisher.isPublishable(child);
            if (sameKind && !travelling.contains(child.getIdentifier())) {
                gone.add(child);
            }
        }
        for (Node child : gone) {
            child.remove(); // before the copies: a new entry may take the name of one that went
        }
        for (Node child : copied) {
            node(child);
        }
        order(source, target);
    }

    /** Reorders the live children that also exist on the author side to the author's order, when it differs. */
    private static void order(Node source, Node target) throws RepositoryException {
        if (!target.getPrimaryNodeType().hasOrderableChildNodes()) {
            return;
        }
        List<String> liveNames = new ArrayList<>();
        for (NodeIterator it = target.getNodes(); it.hasNext(); ) {
            liveNames.add(it.nextNode().getName());
        }
        List<String> wanted = new ArrayList<>();
        for (NodeIterator it = source.getNodes(); it.hasNext(); ) {
            String name = it.nextNode().getName();
            if (liveNames.contains(name)) {
                wanted.add(name);
            }
        }
        List<String> current = new ArrayList<>(liveNames);
        current.retainAll(wanted);
        if (current.equals(wanted)) {
            return;
        }
        for (String name : wanted) {
            target.orderBefore(name, null);
        }
    }

    static Node find(Session session, String identifier) throws RepositoryException {
        try {
            return session.getNodeByIdentifier(identifier);
        } catch (ItemNotFoundException | PathNotFoundException e) {
            return null;
        }
    }
}
