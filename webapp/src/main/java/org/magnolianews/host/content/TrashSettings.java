package org.magnolianews.host.content;

import java.time.Duration;
import java.util.Map;
import org.magnolianews.host.config.SettingsException;

/**
 * How long the trash keeps deleted items before the sweep purges them: {@code NEWS_TRASH_DAYS} (environment, or
 * the same name as a JVM system property, which tests use), default 30 days, 1 to 3650.
 */
public record TrashSettings(Duration retention) {

    public static final String DAYS = "NEWS_TRASH_DAYS";
    public static final int DEFAULT_DAYS = 30;

    public static TrashSettings from(Map<String, String> env) {
        String value = env.get(DAYS);
        if (value == null || value.isBlank()) {
            return new TrashSettings(Duration.ofDays(DEFAULT_DAYS));
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days < 1 || days > 3650) {
                throw new SettingsException(DAYS + " must be between 1 and 3650 days, got " + days);
            }
            return new TrashSettings(Duration.ofDays(days));
        } catch (NumberFormatException e) {
            throw new SettingsException(DAYS + " must be a whole number of days, got '" + value + "'");
        }
    }

    /** The process environment, overridden by a system property of the same name. */
    public static TrashSettings fromEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        if (System.getProperty(DAYS) != null) {
            env.put(DAYS, System.getProperty(DAYS));
        }
        return from(env);
    }
}
