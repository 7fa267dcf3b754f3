package org.magnolianews.host.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How webhooks are delivered (docs/webhooks.md): the signing secrets and the retry policy.
 *
 * @param secrets       per webhook name: {@code NEWS_WEBHOOK_SECRET_<NAME>} (the name upper-cased, every character other
 *                      than a letter or digit an underscore: {@code headless-site} → {@code NEWS_WEBHOOK_SECRET_HEADLESS_SITE}),
 *                      else {@code NEWS_WEBHOOK_SECRET} for every webhook; secrets are never read from YAML, which is content
 * @param maxAttempts   {@code --webhook-max-attempts} / {@code NEWS_WEBHOOK_MAX_ATTEMPTS} (1-100, default 10): tries of one
 *                      delivery before it is given up (and shown as failed in the log)
 * @param firstRetry    {@code --webhook-retry-ms} / {@code NEWS_WEBHOOK_RETRY_MS} (default 1000): the wait before the second
 *                      try; each further wait doubles, up to {@link #MAX_WAIT}
 * @param timeout       {@code --webhook-timeout-ms} / {@code NEWS_WEBHOOK_TIMEOUT_MS} (default 10000): how long one try
 *                      waits for the receiver's answer
 */
public record WebhookSettings(Map<String, String> secrets, Optional<String> defaultSecret, int maxAttempts, Duration firstRetry,
                              Duration timeout) {

    public static final Duration MAX_WAIT = Duration.ofMinutes(30);
    static final String SECRET_PREFIX = "NEWS_WEBHOOK_SECRET_";

    static WebhookSettings from(CommandLine line, Map<String, String> env) {
        Map<String, String> secrets = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(SECRET_PREFIX) && !value.isBlank()) {
                secrets.put(name.substring(SECRET_PREFIX.length()), value);
            }
        });
        Optional<String> fallback = Optional.ofNullable(env.get("NEWS_WEBHOOK_SECRET")).filter(v -> !v.isBlank());
        int attempts = number(line, env, "--webhook-max-attempts", "NEWS_WEBHOOK_MAX_ATTEMPTS", 10, 1, 100);
        int retry = number(line, env, "--webhook-retry-ms", "NEWS_WEBHOOK_RETRY_MS", 1000, 10, 3_600_000);
        int timeout = number(line, env, "--webhook-timeout-ms", "NEWS_WEBHOOK_TIMEOUT_MS", 10_000, 100, 600_000);
        return new WebhookSettings(Map.copyOf(secrets), fallback, attempts, Duration.ofMillis(retry), Duration.ofMillis(timeout));
    }

    /** The variable that holds the secret of a webhook of this name. */
    public static String secretVariable(String webhookName) {
        return SECRET_PREFIX + webhookName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The signing secret of a webhook, if one is set. */
    public Optional<String> secretOf(String webhookName) {
        return Optional.ofNullable(secrets.get(secretVariable(webhookName).substring(SECRET_PREFIX.length()))).or(() -> defaultSecret);
    }

    /** The wait after try {@code attempt} (1-based) failed: firstRetry · 2^(attempt-1), at most {@link #MAX_WAIT}. */
    public Duration waitAfter(int attempt) {
        long millis = firstRetry.toMillis();
        for (int i = 1; i < attempt && millis < MAX_WAIT.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, MAX_WAIT.toMillis()));
    }

    private static int number(CommandLine line, Map<String, String> env, String flag, String variable, int fallback, int min, int max) {
        int value = line.intValue(flag).orElseGet(() -> env.containsKey(variable) && !env.get(variable).isBlank()
                ? CommandLine.parseInt(variable, env.get(variable)) : fallback);
        if (value < min || value > max) {
            throw new SettingsException(flag + " (" + variable + ") must be between " + min + " and " + max + ", found " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        // never the secrets themselves
        return "WebhookSettings[secrets for " + secrets.keySet() + (defaultSecret.isPresent() ? " and a default" : "") + ", maxAttempts="
                + maxAttempts + ", firstRetry=" + firstRetry + ", timeout=" + timeout + "]";
    }
}
