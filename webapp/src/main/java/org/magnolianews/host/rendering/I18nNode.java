package org.magnolianews.host.rendering;

import javax.jcr.Node;

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
    public javax.jcr.Node addNode(String a0) throws javax.jcr.RepositoryException {
        return node.addNode(a0);
    }

    @Override
    public javax.jcr.Node addNode(String a0, String a1) throws javax.jcr.RepositoryException {
        return node.addNode(a0, a1);
    }

    @Override
    public void orderBefore(String a0, String a1) throws javax.jcr.RepositoryException {
        node.orderBefore(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, javax.jcr.Value a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, javax.jcr.Value a1, int a2) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1, a2);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, javax.jcr.Value[] a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, javax.jcr.Value[] a1, int a2) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1, a2);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, String[] a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, String[] a1, int a2) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1, a2);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, String a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, String a1, int a2) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1, a2);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, java.io.InputStream a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, javax.jcr.Binary a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, boolean a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, double a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, java.math.BigDecimal a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, long a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, java.util.Calendar a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Property setProperty(String a0, javax.jcr.Node a1) throws javax.jcr.RepositoryException {
        return node.setProperty(a0, a1);
    }

    @Override
    public javax.jcr.Node getNode(String a0) throws javax.jcr.RepositoryException {
        return node.getNode(a0);
    }

    @Override
    public javax.jcr.NodeIterator getNodes() throws javax.jcr.RepositoryException {
        return node.getNodes();
    }

    @Override
    public javax.jcr.NodeIterator getNodes(String a0) throws javax.jcr.RepositoryException {
        return node.getNodes(a0);
    }

    @Override
    public javax.jcr.NodeIterator getNodes(String[] a0) throws javax.jcr.RepositoryException {
        return node.getNodes(a0);
    }

    @Override
    public javax.jcr.Property getProperty(String a0) throws javax.jcr.RepositoryException {
        return node.getProperty(a0);
    }

    @Override
    public javax.jcr.PropertyIterator getProperties() throws javax.jcr.RepositoryException {
        return node.getProperties();
    }

    @Override
    public javax.jcr.PropertyIterator getProperties(String a0) throws javax.jcr.RepositoryException {
        return node.getProperties(a0);
    }

    @Override
    public javax.jcr.PropertyIterator getProperties(String[] a0) throws javax.jcr.RepositoryException {
        return node.getProperties(a0);
    }

    @Override
    public javax.jcr.Item getPrimaryItem() throws javax.jcr.RepositoryException {
        return node.getPrimaryItem();
    }

    @Override
    public String getUUID() throws javax.jcr.RepositoryException {
        return node.getUUID();
    }

    @Override
    public String getIdentifier() throws javax.jcr.RepositoryException {
        return node.getIdentifier();
    }

    @Override
    public int getIndex() throws javax.jcr.RepositoryException {
        return node.getIndex();
    }

    @Override
    public javax.jcr.PropertyIterator getReferences() throws javax.jcr.RepositoryException {
        return node.getReferences();
    }

    @Override
    public javax.jcr.PropertyIterator getReferences(String a0) throws javax.jcr.RepositoryException {
        return node.getReferences(a0);
    }

    @Override
    public javax.jcr.PropertyIterator getWeakReferences() throws javax.jcr.RepositoryException {
        return node.getWeakReferences();
    }

    @Override
    public javax.jcr.PropertyIterator getWeakReferences(String a0) throws javax.jcr.RepositoryException {
        return node.getWeakReferences(a0);
    }

    @Override
    public boolean hasNode(String a0) throws javax.jcr.RepositoryException {
        return node.hasNode(a0);
    }

    @Override
    public boolean hasProperty(String a0) throws javax.jcr.RepositoryException {
        return node.hasProperty(a0);
    }

    @Override
    public boolean hasNodes() throws javax.jcr.RepositoryException {
        return node.hasNodes();
    }

    @Override
    public boolean hasProperties() throws javax.jcr.RepositoryException {
        return node.hasProperties();
    }

    @Override
    public javax.jcr.nodetype.NodeType getPrimaryNodeType() throws javax.jcr.RepositoryException {
        return node.getPrimaryNodeType();
    }

    @Override
    public javax.jcr.nodetype.NodeType[] getMixinNodeTypes() throws javax.jcr.RepositoryException {
        return node.getMixinNodeTypes();
    }

    @Override
    public boolean isNodeType(String a0) throws javax.jcr.RepositoryException {
        return node.isNodeType(a0);
    }

    @Override
    public void setPrimaryType(String a0) throws javax.jcr.RepositoryException {
        node.setPrimaryType(a0);
    }

    @Override
    public void addMixin(String a0) throws javax.jcr.RepositoryException {
        node.addMixin(a0);
    }

    @Override
    public void removeMixin(String a0) throws javax.jcr.RepositoryException {
        node.removeMixin(a0);
    }

    @Override
    public boolean canAddMixin(String a0) throws javax.jcr.RepositoryException {
        return node.canAddMixin(a0);
    }

    @Override
    public javax.jcr.nodetype.NodeDefinition getDefinition() throws javax.jcr.RepositoryException {
        return node.getDefinition();
    }

    @Override
    public javax.jcr.version.Version checkin() throws javax.jcr.RepositoryException {
        return node.checkin();
    }

    @Override
    public void checkout() throws javax.jcr.RepositoryException {
        node.checkout();
    }

    @Override
    public void doneMerge(javax.jcr.version.Version a0) throws javax.jcr.RepositoryException {
        node.doneMerge(a0);
    }

    @Override
    public void cancelMerge(javax.jcr.version.Version a0) throws javax.jcr.RepositoryException {
        node.cancelMerge(a0);
    }

    @Override
    public void update(String a0) throws javax.jcr.RepositoryException {
        node.update(a0);
    }

    @Override
    public javax.jcr.NodeIterator merge(String a0, boolean a1) throws javax.jcr.RepositoryException {
        return node.merge(a0, a1);
    }

    @Override
    public String getCorrespondingNodePath(String a0) throws javax.jcr.RepositoryException {
        return node.getCorrespondingNodePath(a0);
    }

    @Override
    public javax.jcr.NodeIterator getSharedSet() throws javax.jcr.RepositoryException {
        return node.getSharedSet();
    }

    @Override
    public void removeSharedSet() throws javax.jcr.RepositoryException {
        node.removeSharedSet();
    }

    @Override
    public void removeShare() throws javax.jcr.RepositoryException {
        node.removeShare();
    }

    @Override
    public boolean isCheckedOut() throws javax.jcr.RepositoryException {
        return node.isCheckedOut();
    }

    @Override
    public void restore(String a0, boolean a1) throws javax.jcr.RepositoryException {
        node.restore(a0, a1);
    }

    @Override
    public void restore(javax.jcr.version.Version a0, boolean a1) throws javax.jcr.RepositoryException {
        node.restore(a0, a1);
    }

    @Override
    public void restore(javax.jcr.version.Version a0, String a1, boolean a2) throws javax.jcr.RepositoryException {
        node.restore(a0, a1, a2);
    }

    @Override
    public void restoreByLabel(String a0, boolean a1) throws javax.jcr.RepositoryException {
        node.restoreByLabel(a0, a1);
    }

    @Override
    public javax.jcr.version.VersionHistory getVersionHistory() throws javax.jcr.RepositoryException {
        return node.getVersionHistory();
    }

    @Override
    public javax.jcr.version.Version getBaseVersion() throws javax.jcr.RepositoryException {
        return node.getBaseVersion();
    }

    @Override
    public javax.jcr.lock.Lock lock(boolean a0, boolean a1) throws javax.jcr.RepositoryException {
        return node.lock(a0, a1);
    }

    @Override
    public javax.jcr.lock.Lock getLock() throws javax.jcr.RepositoryException {
        return node.getLock();
    }

    @Override
    public void unlock() throws javax.jcr.RepositoryException {
        node.unlock();
    }

    @Override
    public boolean holdsLock() throws javax.jcr.RepositoryException {
        return node.holdsLock();
    }

    @Override
    public boolean isLocked() throws javax.jcr.RepositoryException {
        return node.isLocked();
    }

    @Override
    public void followLifecycleTransition(String a0) throws javax.jcr.RepositoryException {
        node.followLifecycleTransition(a0);
    }

    @Override
    public String[] getAllowedLifecycleTransistions() throws javax.jcr.RepositoryException {
        return node.getAllowedLifecycleTransistions();
    }

    @Override
    public String getPath() throws javax.jcr.RepositoryException {
        return node.getPath();
    }

    @Override
    public String getName() throws javax.jcr.RepositoryException {
        return node.getName();
    }

    @Override
    public javax.jcr.Item getAncestor(int a0) throws javax.jcr.RepositoryException {
        return node.getAncestor(a0);
    }

    @Override
    public javax.jcr.Node getParent() throws javax.jcr.RepositoryException {
        return node.getParent();
    }

    @Override
    public int getDepth() throws javax.jcr.RepositoryException {
        return node.getDepth();
    }

    @Override
    public javax.jcr.Session getSession() throws javax.jcr.RepositoryException {
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
    public boolean isSame(javax.jcr.Item a0) throws javax.jcr.RepositoryException {
        return node.isSame(a0);
    }

    @Override
    public void accept(javax.jcr.ItemVisitor a0) throws javax.jcr.RepositoryException {
        node.accept(a0);
    }

    @Override
    public void save() throws javax.jcr.RepositoryException {
        node.save();
    }

    @Override
    public void refresh(boolean a0) throws javax.jcr.RepositoryException {
        node.refresh(a0);
    }

    @Override
    public void remove() throws javax.jcr.RepositoryException {
        node.remove();
    }
}
