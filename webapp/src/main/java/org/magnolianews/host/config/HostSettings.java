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
 * @param cluster        {@code --repository postgresql} and its options: a Jackrabbit cluster node on PostgreSQL
 *                       (empty: the embedded H2 repository, or {@code --repository-config})
 * @param role           {@code --role author|public|both} / {@code NEWS_ROLE} (default both)
 */
public record HostSettings(int port, Path dataDir, Optional<Path> lightModules, Optional<String> adminPassword,
                           boolean loadSampleContent, Optional<Path> repositoryConfig, List<AddressRange> trustedProxies,
                           Optional<ClusterSettings> cluster, Role role) {

    public static final int DEFAULT_PORT = 8080;

    public static HostSettings from(List<String> args, Map<String, String> env) {
        CommandLine line = CommandLine.parse(args, List.of("--port", "--data-dir", "--light-modules", "--repository-config", "--trusted-proxies",
                        "--repository", "--pg-url", "--pg-user", "--cluster-id", "--cluster-sync-ms", "--role"),
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
        Optional<ClusterSettings> cluster = ClusterSettings.from(line, env);
        if (cluster.isPresent() && repositoryConfig.isPresent()) {
            throw new SettingsException("--repository postgresql and --repository-config (NEWS_REPOSITORY_CONFIG) exclude each other");
        }
        Role role = line.value("--role").or(() -> Optional.ofNullable(env.get("NEWS_ROLE")).filter(v -> !v.isBlank()))
                .map(Role::parse).orElse(Role.BOTH);
        return new HostSettings(port, dataDir, lightModules, password, !line.flag("--no-sample-content"), repositoryConfig,
                trustedProxies, cluster, role);
    }

    public HostSettings withPort(int newPort) {
        return new HostSettings(newPort, dataDir, lightModules, adminPassword, loadSampleContent, repositoryConfig, trustedProxies,
                cluster, role);
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
