package org.magnolianews.host.http;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.magnolianews.host.config.SettingsException;

/**
 * Cross-origin access for browser front ends on another origin, off unless origins are named. The
 * counterpart of the properties of Magnolia's {@code SelfConfiguredCorsFilter} ({@code server/filters/cors}:
 * {@code uris}, {@code allowedOrigins}, {@code allowedMethods}, {@code allowedHeaders}), read from the
 * environment or system properties of the same names:
 * <ul>
 *   <li>{@code NEWS_CORS_ALLOWED_ORIGINS}: comma-separated origins ({@code https://news.example.com}), a
 *       subdomain wildcard ({@code https://*.example.com}) or {@code *}; empty: CORS off</li>
 *   <li>{@code NEWS_CORS_PATHS}: path prefixes it applies to (default {@code /.rest/delivery/})</li>
 *   <li>{@code NEWS_CORS_ALLOWED_METHODS} (default {@code GET,HEAD}),
 *       {@code NEWS_CORS_ALLOWED_HEADERS} (default {@code *})</li>
 * </ul>
 * Credentials (cookies) are never allowed cross-origin.
 */
public record CorsSettings(Set<String> allowedOrigins, List<String> paths, Set<String> allowedMethods, Set<String> allowedHeaders) {

    public static final String ORIGINS = "NEWS_CORS_ALLOWED_ORIGINS";
    public static final String PATHS = "NEWS_CORS_PATHS";
    public static final String METHODS = "NEWS_CORS_ALLOWED_METHODS";
    public static final String HEADERS = "NEWS_CORS_ALLOWED_HEADERS";

    private static final Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    public boolean enabled() {
        return !allowedOrigins.isEmpty();
    }

    public static CorsSettings fromEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        for (String name : List.of(ORIGINS, PATHS, METHODS, HEADERS)) {
            if (System.getProperty(name) != null) {
                env.put(name, System.getProperty(name));
            }
        }
        return from(env);
    }

    public static CorsSettings from(Map<String, String> env) {
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : list(env.get(ORIGINS))) {
            if (!origin.equals("*") && !ORIGIN.matcher(origin).matches()) {
                throw new SettingsException(ORIGINS + ": '" + origin + "' is not an origin such as https://news.example.com,"
                        + " https://*.example.com or *");
            }
            origins.add(origin);
        }
        List<String> paths = list(env.getOrDefault(PATHS, "/.rest/delivery/"));
        for (String path : paths) {
            if (!path.startsWith("/")) {
                throw new SettingsException(PATHS + ": '" + path + "' must start with /");
            }
        }
        return new CorsSettings(origins, paths, tokens(METHODS, env.getOrDefault(METHODS, "GET,HEAD")),
                tokens(HEADERS, env.getOrDefault(HEADERS, "*")));
    }

    /** Jetty's origin patterns are regular expressions: each origin taken literally, {@code *.} matching one or more labels. */
    Set<String> originPatterns() {
        Set<String> patterns = new LinkedHashSet<>();
        for (String origin : allowedOrigins) {
            patterns.add(origin.equals("*") ? "*" : Pattern.quote(origin).replace("://*.", "://\\E[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.\\Q"));
        }
        return patterns;
    }

    private static Set<String> tokens(String name, String value) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : list(value)) {
            if (!TOKEN.matcher(token).matches()) {
                throw new SettingsException(name + ": '" + token + "' is not a method or header name");
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
