package org.magnolianews.host.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.jackrabbit.core.cluster.ClusterException;
import org.apache.jackrabbit.core.cluster.ClusterNode;
import org.magnolianews.host.config.ClusterSettings;

/**
 * This node's place in the cluster journal (Jackrabbit's {@code DatabaseJournal}, table {@code journal_JOURNAL}):
 * the newest revision any node wrote ({@code journal_GLOBAL_REVISION}) against the revision this node has applied.
 * The difference is the journal lag: changes made on other nodes that this node does not show yet.
 */
public final class ClusterJournal {

    private static final String GLOBAL_REVISION = "SELECT REVISION_ID FROM journal_GLOBAL_REVISION";

    private final ClusterNode node;
    private final ClusterSettings settings;

    public ClusterJournal(ClusterNode node, ClusterSettings settings) {
        this.node = node;
        this.settings = settings;
    }

    /** The node's {@code --cluster-id} (Jackrabbit's ClusterNode.getId() is its journal producer id, "JR", on every node). */
    public String clusterId() {
        return settings.clusterId();
    }

    /** The revision this node has applied. */
    public long localRevision() {
        return node.getRevision();
    }

    /** The newest revision in the journal, read from the database now. */
    public long globalRevision() throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(GLOBAL_REVISION);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Revisions written by other nodes that this node has not applied yet (0: caught up). */
    public long lag() throws SQLException {
        return Math.max(0, globalRevision() - localRevision());
    }

    /**
     * Null when this node has applied every revision the journal held when asked (reading the journal now if it was
     * behind), else why not: the readiness check of a cluster node.
     */
    public String catchUpProblem() {
        try {
            long global = globalRevision();
            if (localRevision() < global) {
                node.sync(); // what the background poll would do within syncDelay
            }
            long local = localRevision();
            return local >= global ? null : "cluster journal: node " + clusterId() + " at revision " + local + " of " + global;
        } catch (SQLException e) {
            return "cluster journal: the database does not answer (" + e.getMessage() + ")";
        } catch (ClusterException e) {
            return "cluster journal: node " + clusterId() + " cannot read it (" + e.getMessage() + ")";
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "10");
        return DriverManager.getConnection(settings.url(), properties);
    }
}
