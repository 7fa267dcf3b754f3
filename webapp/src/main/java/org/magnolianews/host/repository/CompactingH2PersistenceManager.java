package org.magnolianews.host.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.jackrabbit.core.persistence.pool.H2PersistenceManager;
import org.apache.jackrabbit.core.util.db.DbUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jackrabbit's H2 bundle store that, when the repository shuts down, rewrites its database file if much of it is
 * dead space. H2's MVStore appends every commit as a new chunk and keeps the old ones for a while; a bulk load's
 * thousands of saves leave most of the file dead (20,000 generated articles: 420 MB, 73 MB after {@code SHUTDOWN
 * COMPACT}, which also compresses the pages it writes). H2 on its own spends only {@code MAX_COMPACT_TIME} (200 ms)
 * on compaction when the last connection closes, far too little after such a load. The check costs one query, so a
 * stop without much dead space stays as quick as before.
 */
public class CompactingH2PersistenceManager extends H2PersistenceManager {

    private static final Logger LOG = LoggerFactory.getLogger(CompactingH2PersistenceManager.class);

    /** Below this share (percent) of live data in the file's chunks, the file is rewritten on close. */
    private int compactBelowFillRate = 80;

    public String getCompactBelowFillRate() {
        return Integer.toString(compactBelowFillRate);
    }

    /** Set from the repository configuration's {@code <param name="compactBelowFillRate">}; 0 turns compaction off. */
    public void setCompactBelowFillRate(String percent) {
        this.compactBelowFillRate = Integer.parseInt(percent.trim());
    }

    @Override
    public synchronized void close() throws Exception {
        super.close(); // the connection pool stays open until the repository's connection factory closes
        try {
            int fillRate = chunksFillRate();
            if (fillRate < compactBelowFillRate) {
                long started = System.nanoTime();
                conHelper.exec("SHUTDOWN COMPACT");
                LOG.info("Compacted {} ({}% live data before) in {} ms", getUrl(), fillRate, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (SQLException e) {
            // The data is safe either way: compaction only rewrites what is committed, and a failed one leaves the file.
            LOG.warn("Could not compact {}: {}", getUrl(), e.getMessage());
        }
    }

    /** The share of live data in the file's chunks, from H2's own statistics (100 when H2 does not report it). */
    private int chunksFillRate() throws SQLException {
        ResultSet result = conHelper.query(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'");
        try {
            return result.next() ? Integer.parseInt(result.getString(1).trim()) : 100;
        } finally {
            DbUtility.close(result);
        }
    }
}
