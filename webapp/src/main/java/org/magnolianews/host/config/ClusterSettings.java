package org.magnolianews.host.config;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A node of a Jackrabbit cluster on PostgreSQL ({@code --repository postgresql}): bundles, versions, the
 * repository file system, binaries (data store) and the cluster journal in one database shared by every node;
 * each node has its own {@code clusterId} and keeps its Lucene indexes in its data directory.
 *
 * @param url        {@code --pg-url} / {@code NEWS_PG_URL}, a {@code jdbc:postgresql://host:port/database} URL
 * @param user       {@code --pg-user} / {@code NEWS_PG_USER}
 * @param password   {@code NEWS_PG_PASSWORD} only (a flag would show in the process list); empty when unset
 * @param clusterId  {@code --cluster-id} / {@code NEWS_CLUSTER_ID}: unique per node, stable across its restarts
 *                   (the journal remembers how far each id has read)
 * @param syncMillis {@code --cluster-sync-ms} / {@code NEWS_CLUSTER_SYNC_MS}: how often the node reads the journal
 *                   for other nodes' changes (default 500); the bound on publish-to-visible delay
 */
public record ClusterSettings(String url, String user, String password, String clusterId, int syncMillis) {

    public static final int DEFAULT_SYNC_MILLIS = 500;
    private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** The options of {@code --repository postgresql}; an error names each one missing or malformed. */
    static Optional<ClusterSettings> from(CommandLine line, Map<String, String> env) {
        String repository = option(line, env, "--repository", "NEWS_REPOSITORY").orElse("h2").strip();
        Optional<String> url = option(line, env, "--pg-url", "NEWS_PG_URL");
        Optional<String> user = option(line, env, "--pg-user", "NEWS_PG_USER");
        Optional<String> clusterId = option(line, env, "--cluster-id", "NEWS_CLUSTER_ID");
        Optional<String> sync = option(line, env, "--cluster-sync-ms", "NEWS_CLUSTER_SYNC_MS");
        switch (repository) {
            case "h2" -> {
                if (url.isPresent() || user.isPresent() || clusterId.isPresent() || sync.isPresent()) {
                    throw new SettingsException("--pg-url, --pg-user, --cluster-id and --cluster-sync-ms need --repository postgresql");
                }
                return Optional.empty();
            }
            case "postgresql" -> {
                String jdbc = url.orElseThrow(() -> new SettingsException(
                        "--repository postgresql needs --pg-url (NEWS_PG_URL), e.g. jdbc:postgresql://db:5432/magnolia"));
                if (!jdbc.startsWith("jdbc:postgresql://")) {
                    throw new SettingsException("--pg-url (NEWS_PG_URL) must start with jdbc:postgresql://, found '" + jdbc + "'");
                }
                String name = user.filter(u -> !u.isBlank()).orElseThrow(() -> new SettingsException(
                        "--repository postgresql needs --pg-user (NEWS_PG_USER)"));
                String id = clusterId.orElseThrow(() -> new SettingsException(
                        "--repository postgresql needs --cluster-id (NEWS_CLUSTER_ID), unique per node, e.g. public-1"));
                if (!CLUSTER_ID.matcher(id).matches()) {
                    throw new SettingsException("--cluster-id (NEWS_CLUSTER_ID) must be 1-64 letters, digits, '.', '_' or '-', found '" + id + "'");
                }
                int millis = sync.map(s -> CommandLine.parseInt("--cluster-sync-ms", s)).orElse(DEFAULT_SYNC_MILLIS);
                if (millis < 50 || millis > 60_000) {
                    throw new SettingsException("--cluster-sync-ms (NEWS_CLUSTER_SYNC_MS) must be between 50 and 60000, found " + millis);
                }
                return Optional.of(new ClusterSettings(jdbc, name, env.getOrDefault("NEWS_PG_PASSWORD", ""), id, millis));
            }
            default -> throw new SettingsException("--repository (NEWS_REPOSITORY) must be h2 or postgresql, found '" + repository + "'");
        }
    }

    private static Optional<String> option(CommandLine line, Map<String, String> env, String flag, String variable) {
        return line.value(flag).or(() -> Optional.ofNullable(env.get(variable)).filter(v -> !v.isBlank()));
    }

    @Override
    public String toString() { // never the password in a log line
        return "PostgreSQL " + url + " as " + user + ", cluster node " + clusterId;
    }
}
