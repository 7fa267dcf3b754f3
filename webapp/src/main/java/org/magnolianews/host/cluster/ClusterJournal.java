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

    private static final String CLAIMS_TABLE = "CREATE TABLE IF NOT EXISTS news_JOB_CLAIMS (JOB_ID VARCHAR(200) PRIMARY KEY,"
            + " CLAIMANT VARCHAR(300) NOT NULL, CLAIMED_AT BIGINT NOT NULL)";
    /** Inserts the claim, or takes over one older than the cut-off; PostgreSQL's row lock decides between nodes. */
    private static final String CLAIM = "INSERT INTO news_JOB_CLAIMS (JOB_ID, CLAIMANT, CLAIMED_AT) VALUES (?, ?, ?)"
            + " ON CONFLICT (JOB_ID) DO UPDATE SET CLAIMANT = EXCLUDED.CLAIMANT, CLAIMED_AT = EXCLUDED.CLAIMED_AT"
            + " WHERE news_JOB_CLAIMS.CLAIMED_AT < ?";

    /**
     * Claims {@code jobId} for {@code claimant} across the cluster: true for exactly one node, however many ask at
     * once, and again for a node asking after the claim is older than {@code staleAfterMillis} (its node died).
     * The database decides, in one statement: a repository save cannot, because Jackrabbit merges concurrent changes
     * of one node when it can (ClusterIT once saw a job claimed, and run, by both author nodes).
     */
    public boolean claim(String jobId, String claimant, long staleAfterMillis) throws SQLException {
        long now = System.currentTimeMillis();
        try (Connection connection = connect()) {
            try (PreparedStatement create = connection.prepareStatement(CLAIMS_TABLE)) {
                create.execute();
            }
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, jobId);
                claim.setString(2, claimant);
                claim.setLong(3, now);
                claim.setLong(4, now - staleAfterMillis);
                return claim.executeUpdate() == 1;
            }
        }
    }

    /**
     * Runs {@code work} holding the cluster-wide lock of {@code key} (a PostgreSQL advisory lock, waited for at most
     * {@code waitSeconds}), after reading the journal: what other nodes saved under the same lock is visible to it.
     */
    public <T> T withItemLock(String key, long waitSeconds, java.util.function.Supplier<T> work) throws SQLException {
        try (Connection connection = connect()) {
            try (PreparedStatement timeout = connection.prepareStatement("SET lock_timeout = '" + waitSeconds + "s'")) {
                timeout.execute();
            }
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                lock.setString(1, key);
                lock.execute();
            }
            try {
                node.sync();
                return work.get();
            } catch (ClusterException e) {
                throw new SQLException("cannot read the cluster journal: " + e.getMessage(), e);
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                    unlock.setString(1, key);
                    unlock.execute();
                }
            }
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
