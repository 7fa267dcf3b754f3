package org.magnolianews.host.delivery;

import java.util.Map;
import org.magnolianews.host.config.SettingsException;

/**
 * Delivery's own options, from the environment (or the same names as JVM system properties, which
 * tests use): {@code NEWS_DELIVERY_MAX_AGE} seconds browsers and CDNs may reuse a response
 * (default 60; 0 sends {@code no-cache}, so clients revalidate every time with If-None-Match), and
 * {@code NEWS_DELIVERY_CACHE_MB}, the size of the in-memory response cache (default 1/16 of the heap, at most 64;
 * 0 = off; see {@link org.magnolianews.host.config.MemoryBudget}), and {@code NEWS_DELIVERY_TARGETS_MB}, the size of the
 * reference targets kept across responses ({@link ResolvedTargets}; default 1/64 of the heap, at most 16; 0 = off).
 */
public record DeliverySettings(int maxAgeSeconds, long cacheBytes, long targetBytes) {

    public static final String MAX_AGE = "NEWS_DELIVERY_MAX_AGE";
    public static final String CACHE_MB = "NEWS_DELIVERY_CACHE_MB";
    public static final String TARGETS_MB = "NEWS_DELIVERY_TARGETS_MB";
    private static final long MB = 1024L * 1024L;

    public static DeliverySettings from(Map<String, String> env) {
        org.magnolianews.host.config.MemoryBudget budget = org.magnolianews.host.config.MemoryBudget.ofThisJvm();
        return new DeliverySettings(number(env, MAX_AGE, 60, 31_536_000), number(env, CACHE_MB, budget.deliveryCacheMb(), 65_536) * MB,
                number(env, TARGETS_MB, budget.deliveryTargetsMb(), 65_536) * MB);
    }

    /** The process environment, overridden by system properties of the same names. */
    public static DeliverySettings fromEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        for (String name : new String[] {MAX_AGE, CACHE_MB, TARGETS_MB}) {
            if (System.getProperty(name) != null) {
                env.put(name, System.getProperty(name));
            }
        }
        return from(env);
    }

    private static int number(Map<String, String> env, String name, int fallback, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0 || parsed > max) {
                throw new SettingsException(name + " must be between 0 and " + max + ", got " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new SettingsException(name + " must be a whole number, got '" + value + "'");
        }
    }

    public String cacheControl() {
        // Shared caches (a CDN, Varnish) keep a response until a publish purges it by key, at most s-maxage.
        return maxAgeSeconds == 0 ? "no-cache" : "public, max-age=" + maxAgeSeconds + ", s-maxage="
                + org.magnolianews.host.cache.CachePolicy.SHARED_MAX_AGE.toSeconds();
    }
}
