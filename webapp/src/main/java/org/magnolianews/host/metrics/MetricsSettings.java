package org.magnolianews.host.metrics;

import java.util.Optional;
import org.magnolianews.host.config.SettingsException;

/**
 * Where the metrics listen, from the environment or system properties of the same names:
 * {@code NEWS_METRICS_PORT} (off when unset; 0: any free port) and {@code NEWS_METRICS_HOST} (default
 * 127.0.0.1, so only the machine itself, or what an operator forwards, can scrape).
 */
public record MetricsSettings(String host, int port) {

    public static final String PORT = "NEWS_METRICS_PORT";
    public static final String HOST = "NEWS_METRICS_HOST";

    public static Optional<MetricsSettings> fromEnvironment() {
        return from(name -> Optional.ofNullable(System.getProperty(name, System.getenv(name))));
    }

    static Optional<MetricsSettings> from(java.util.function.Function<String, Optional<String>> env) {
        Optional<String> port = env.apply(PORT).map(String::strip).filter(v -> !v.isEmpty());
        if (port.isEmpty()) {
            return Optional.empty();
        }
        int parsed;
        try {
            parsed = Integer.parseInt(port.get());
        } catch (NumberFormatException e) {
            throw new SettingsException(PORT + " must be a port number, found '" + port.get() + "'");
        }
        if (parsed < 0 || parsed > 65_535) {
            throw new SettingsException(PORT + " must be between 1 and 65535 (0: any free port), found " + parsed);
        }
        return Optional.of(new MetricsSettings(env.apply(HOST).map(String::strip).filter(v -> !v.isEmpty()).orElse("127.0.0.1"), parsed));
    }
}
