package org.magnolianews.host.rendering;

import javax.jcr.Binary;
import javax.jcr.Item;
import javax.jcr.ItemVisitor;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.lock.Lock;
import javax.jcr.nodetype.NodeDefinition;
import javax.jcr.nodetype.NodeType;
import javax.jcr.version.Version;
import javax.jcr.version.VersionHistory;

/**
 * What {@code cmsfn.wrapForI18n(node)} returns (see {@link I18nNodes}): the node, marked so that a ContentMap made of it
 * reads properties in the page's language. Every call goes to the node itself, directly: a reflective proxy's
 * {@code Method.invoke} on every property a template read was 5 % of a site cache miss.
 */
public final class I18nNode implements Node {

    private final Node node;

    I18nNode(Node node) {
        this.node = node;
    }

    /** The repository's own node. */
    Node node() {
        return node;
    }

    @Override
    public boolean equals(Object other) {
        return node.equals(other);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return node.toString();
    }

    @Override
    public Node addNode(String a0) throws RepositoryException {
        return node.addNode(a0);
    }

    @Override
    public Node addNode(String a0, String a1) throws RepositoryException {
        return node.addNode(a0, a1);
    }

    @Override
    public void orderBefore(String a0, String a1) throws RepositoryException {
        node.orderBefore(a0, a1);
    }

    @Override
    public Property setProperty(String a0, Value a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, Value a1, int a2) throws RepositoryException {
        return node.setProperty(a0, a1, a2);
    }

    @Override
    public Property setProperty(String a0, Value[] a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, Value[] a1, int a2) throws RepositoryException {
        return node.setProperty(a0, a1, a2);
    }

    @Override
    public Property setProperty(String a0, String[] a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, String[] a1, int a2) throws RepositoryException {
        return node.setProperty(a0, a1, a2);
    }

    @Override
    public Property setProperty(String a0, String a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, String a1, int a2) throws RepositoryException {
        return node.setProperty(a0, a1, a2);
    }

    @Override
    public Property setProperty(String a0, java.io.InputStream a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, Binary a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, boolean a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, double a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, java.math.BigDecimal a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, long a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, java.util.Calendar a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Property setProperty(String a0, Node a1) throws RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public Node getNode(String a0) throws RepositoryException {
        return node.getNode(a0);
    }

    @Override
    public NodeIterator getNodes() throws RepositoryException {
        return node.getNodes();
    }

    @Override
    public NodeIterator getNodes(String a0) throws RepositoryException {
        return node.getNodes(a0);
    }

    @Override
    public NodeIterator getNodes(String[] a0) throws RepositoryException {
        return node.getNodes(a0);
    }

    @Override
    public Property getProperty(String a0) throws RepositoryException {
        return node.getProperty(a0);
    }

    @Override
    public PropertyIterator getProperties() throws RepositoryException {
        return node.getProperties();
    }

    @Override
    public PropertyIterator getProperties(String a0) throws RepositoryException {
        return node.getProperties(a0);
    }

    @Override
    public PropertyIterator getProperties(String[] a0) throws RepositoryException {
        return node.getProperties(a0);
    }

    @Override
    public Item getPrimaryItem() throws RepositoryException {
        return node.getPrimaryItem();
    }

    @Override
    public String getUUID() throws RepositoryException {
        return node.getUUID();
    }

    @Override
    public String getIdentifier() throws RepositoryException {
        return node.getIdentifier();
    }

    @Override
    public int getIndex() throws RepositoryException {
        return node.getIndex();
    }

    @Override
    public PropertyIterator getReferences() throws RepositoryException {
        return node.getReferences();
    }

    @Override
    public PropertyIterator getReferences(String a0) throws RepositoryException {
        return node.getReferences(a0);
    }

    @Override
    public PropertyIterator getWeakReferences() throws RepositoryException {
        return node.getWeakReferences();
    }

    @Override
    public PropertyIterator getWeakReferences(String a0) throws RepositoryException {
        return node.getWeakReferences(a0);
    }

    @Override
    public boolean hasNode(String a0) throws RepositoryException {
        return node.hasNode(a0);
    }

    @Override
    public boolean hasProperty(String a0) throws RepositoryException {
        return node.hasProperty(a0);
    }

    @Override
    public boolean hasNodes() throws RepositoryException {
        return node.hasNodes();
    }

    @Override
    public boolean hasProperties() throws RepositoryException {
        return node.hasProperties();
    }

    @Override
    public NodeType getPrimaryNodeType() throws RepositoryException {
        return node.getPrimaryNodeType();
    }

    @Override
    public NodeType[] getMixinNodeTypes() throws RepositoryException {
        return node.getMixinNodeTypes();
    }

    @Override
    public boolean isNodeType(String a0) throws RepositoryException {
        return node.isNodeType(a0);
    }

    @Override
    public void setPrimaryType(String a0) throws RepositoryException {
        node.setPrimaryType(a0);
    }

    @Override
    public void addMixin(String a0) throws RepositoryException {
        node.addMixin(a0);
    }

    @Override
    public void removeMixin(String a0) throws RepositoryException {
        node.removeMixin(a0);
    }

    @Override
    public boolean canAddMixin(String a0) throws RepositoryException {
        return node.canAddMixin(a0);
    }

    @Override
    public NodeDefinition getDefinition() throws RepositoryException {
        return node.getDefinition();
    }

    @Override
    public Version checkin() throws RepositoryException {
        return node.checkin();
    }

    @Override
    public void checkout() throws RepositoryException {
        node.checkout();
    }

    @Override
    public void doneMerge(Version a0) throws RepositoryException {
        node.doneMerge(a0);
    }

    @Override
    public void cancelMerge(Version a0) throws RepositoryException {
        node.cancelMerge(a0);
    }

    @Override
    public void update(String a0) throws RepositoryException {
        node.update(a0);
    }

    @Override
    public NodeIterator merge(String a0, boolean a1) throws RepositoryException {
        return node.merge(a0, a1);
    }

    @Override
    public String getCorrespondingNodePath(String a0) throws RepositoryException {
        return node.getCorrespondingNodePath(a0);
    }

    @Override
    public NodeIterator getSharedSet() throws RepositoryException {
        return node.getSharedSet();
    }

    @Override
    public void removeSharedSet() throws RepositoryException {
        node.removeSharedSet();
    }

    @Override
    public void removeShare() throws RepositoryException {
        node.removeShare();
    }

    @Override
    public boolean isCheckedOut() throws RepositoryException {
        return node.isCheckedOut();
    }

    @Override
    public void restore(String a0, boolean a1) throws RepositoryException {
        node.restore(a0, a1);
    }

    @Override
    public void restore(Version a0, boolean a1) throws RepositoryException {
        node.restore(a0, a1);
    }

    @Override
    public void restore(Version a0, String a1, boolean a2) throws RepositoryException {
        node.restore(a0, a1, a2);
    }

    @Override
    public void restoreByLabel(String a0, boolean a1) throws RepositoryException {
        node.restoreByLabel(a0, a1);
    }

    @Override
    public VersionHistory getVersionHistory() throws RepositoryException {
        return node.getVersionHistory();
    }

    @Override
    public Version getBaseVersion() throws RepositoryException {
        return node.getBaseVersion();
    }

    @Override
    public Lock lock(boolean a0, boolean a1) throws RepositoryException {
        return node.lock(a0, a1);
    }

    @Override
    public Lock getLock() throws RepositoryException {
        return node.getLock();
    }

    @Override
    public void unlock() throws RepositoryException {
        node.unlock();
    }

    @Override
    public boolean holdsLock() throws RepositoryException {
        return node.holdsLock();
    }

    @Override
    public boolean isLocked() throws RepositoryException {
        return node.isLocked();
    }

    @Override
    public void followLifecycleTransition(String a0) throws RepositoryException {
        node.followLifecycleTransition(a0);
    }

    @Override
    public String[] getAllowedLifecycleTransistions() throws RepositoryException {
        return node.getAllowedLifecycleTransistions();
    }

    @Override
    public String getPath() throws RepositoryException {
        return node.getPath();
    }

    @Override
    public String getName() throws RepositoryException {
        return node.getName();
    }

    @Override
    public Item getAncestor(int a0) throws RepositoryException {
        return node.getAncestor(a0);
    }

    @Override
    public Node getParent() throws RepositoryException {
        return node.getParent();
    }

    @Override
    public int getDepth() throws RepositoryException {
        return node.getDepth();
    }

    @Override
    public Session getSession() throws RepositoryException {
        return node.getSession();
    }

    @Override
    public boolean isNode() {
        return node.isNode();
    }

    @Override
    public boolean isNew() {
        return node.isNew();
    }

    @Override
    public boolean isModified() {
        return node.isModified();
    }

    @Override
    public boolean isSame(Item a0) throws RepositoryException {
        return node.isSame(a0);
    }

    @Override
    public void accept(ItemVisitor a0) throws RepositoryException {
        node.accept(a0);
    }

    @Override
    public void save() throws RepositoryException {
        node.save();
    }

    @Override
    public void refresh(boolean a0) throws RepositoryException {
        node.refresh(a0);
    }

    @Override
    public void remove() throws RepositoryException {
        node.remove();
    }
}
