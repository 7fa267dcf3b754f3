package org.magnolianews.host.cluster;

import javax.jcr.RepositoryException;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.cluster.ClusterNode;
import org.apache.jackrabbit.core.config.RepositoryConfig;

/**
 * A Jackrabbit repository that is a cluster node, keeping hold of its {@link ClusterNode} (Jackrabbit creates
 * it inside the repository's constructor and offers no public getter) so the host can tell how far this node
 * has read the journal and make it read now.
 */
public final class ClusterMember extends RepositoryImpl {

    private ClusterNode clusterNode; // set from the superclass constructor: no initializer, or it would be reset

    public ClusterMember(RepositoryConfig config) throws RepositoryException {
        super(config);
    }

    @Override
    protected ClusterNode createClusterNode() throws RepositoryException {
        clusterNode = super.createClusterNode();
        return clusterNode;
    }

    public ClusterNode clusterNode() {
        return clusterNode;
    }
}
