package org.magnolianews.host.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the host is started: command-line flags first, then environment variables, then defaults.
 * Read once at start.
 *
 * @param trustedProxies {@code --trusted-proxies} / {@code NEWS_TRUSTED_PROXIES}: the reverse proxies
 *                       whose X-Forwarded-For and X-Forwarded-Proto the host believes (none by default)
 * @param purgeUrls      {@code --purge-urls} / {@code NEWS_PURGE_URLS}: shared caches in front of the host (Varnish, a
 *                       CDN's purge endpoint) that get a {@code PURGE} with the surrogate keys of every publish
 * @param cluster        {@code --repository postgresql} and its options: a Jackrabbit cluster node on PostgreSQL
 *                       (empty: the embedded H2 repository, or {@code --repository-config})
 * @param role           {@code --role author|public|both} / {@code NEWS_ROLE} (default both)
 * @param webhooks       webhook signing secrets and retries ({@code NEWS_WEBHOOK_SECRET_<NAME>}, {@code --webhook-*})
 */
public record HostSettings(int port, Path dataDir, Optional<Path> lightModules, Optional<String> adminPassword,
                           boolean loadSampleContent, Optional<Path> repositoryConfig, List<AddressRange> trustedProxies,
                           List<java.net.URI> purgeUrls, Optional<ClusterSettings> cluster, Role role,
                           WebhookSettings webhooks) {

    public static final int DEFAULT_PORT = 8080;

    public static HostSettings from(List<String> args, Map<String, String> env) {
        CommandLine line = CommandLine.parse(args, List.of("--port", "--data-dir", "--light-modules", "--repository-config", "--trusted-proxies",
                        "--purge-urls", "--repository", "--pg-url", "--pg-user", "--cluster-id", "--cluster-sync-ms", "--role",
                        "--webhook-max-attempts", "--webhook-retry-ms", "--webhook-timeout-ms"),
                List.of("--no-sample-content"));
        int port = line.intValue("--port").orElseGet(() -> env.containsKey("NEWS_PORT")
                ? CommandLine.parseInt("NEWS_PORT", env.get("NEWS_PORT")) : DEFAULT_PORT);
        if (port < 0 || port > 65_535) {
            throw new SettingsException("--port (NEWS_PORT) must be between 1 and 65535 (0: any free port), found " + port);
        }
        Path dataDir = Path.of(line.value("--data-dir").orElse(env.getOrDefault("NEWS_DATA_DIR", "./data")));
        if (java.nio.file.Files.exists(dataDir) && !java.nio.file.Files.isDirectory(dataDir)) {
            throw new SettingsException("--data-dir (NEWS_DATA_DIR) " + dataDir + " is a file, not a directory");
        }
        Optional<Path> lightModules = line.value("--light-modules").or(() -> Optional.ofNullable(env.get("NEWS_LIGHT_MODULES"))).map(Path::of);
        Optional<String> password = Optional.ofNullable(env.get("NEWS_ADMIN_PASSWORD")).filter(p -> !p.isBlank());
        // Another Jackrabbit repository.xml (e.g. a PostgreSQL cluster node) instead of the embedded H2 one.
        Optional<Path> repositoryConfig = line.value("--repository-config")
                .or(() -> Optional.ofNullable(env.get("NEWS_REPOSITORY_CONFIG"))).map(Path::of);
        List<AddressRange> trustedProxies = trustedProxies(line.value("--trusted-proxies")
                .or(() -> Optional.ofNullable(env.get("NEWS_TRUSTED_PROXIES"))).orElse(""));
        List<java.net.URI> purgeUrls = purgeUrls(line.value("--purge-urls").or(() -> Optional.ofNullable(env.get("NEWS_PURGE_URLS"))).orElse(""));
        Optional<ClusterSettings> cluster = ClusterSettings.from(line, env);
        if (cluster.isPresent() && repositoryConfig.isPresent()) {
            throw new SettingsException("--repository postgresql and --repository-config (NEWS_REPOSITORY_CONFIG) exclude each other");
        }
        Role role = line.value("--role").or(() -> Optional.ofNullable(env.get("NEWS_ROLE")).filter(v -> !v.isBlank()))
                .map(Role::parse).orElse(Role.BOTH);
        return new HostSettings(port, dataDir, lightModules, password, !line.flag("--no-sample-content"), repositoryConfig,
                trustedProxies, purgeUrls, cluster, role, WebhookSettings.from(line, env));
    }

    public HostSettings withPort(int newPort) {
        return new HostSettings(newPort, dataDir, lightModules, adminPassword, loadSampleContent, repositoryConfig, trustedProxies,
                purgeUrls, cluster, role, webhooks);
    }

    /** A comma-separated list of http(s) URLs; a bad entry stops the start, named. */
    private static List<java.net.URI> purgeUrls(String list) {
        List<java.net.URI> urls = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            java.net.URI uri;
            try {
                uri = new java.net.URI(entry.strip());
            } catch (java.net.URISyntaxException e) {
                throw new SettingsException("--purge-urls (NEWS_PURGE_URLS): '" + entry.strip() + "' is not a URL");
            }
            if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
                throw new SettingsException("--purge-urls (NEWS_PURGE_URLS): '" + entry.strip() + "' is not an http:// or https:// URL");
            }
            urls.add(uri);
        }
        return List.copyOf(urls);
    }

    /** A comma-separated list of addresses and CIDR ranges; a bad entry stops the start, named. */
    private static List<AddressRange> trustedProxies(String list) {
        List<AddressRange> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                ranges.add(AddressRange.parse(entry));
            } catch (IllegalArgumentException e) {
                throw new SettingsException("--trusted-proxies (NEWS_TRUSTED_PROXIES): '" + entry.strip() + "' " + e.getMessage());
            }
        }
        return List.copyOf(ranges);
    }
}
