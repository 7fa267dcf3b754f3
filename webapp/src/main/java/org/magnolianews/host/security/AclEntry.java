package org.magnolianews.host.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of a Magnolia role's access control list: a path pattern ({@code *} matches any characters, as in
 * Magnolia's {@code /*} for "this node and everything below", {@code /.magnolia*}) and the permission bits
 * granted there (Magnolia's {@code Permission}: READ = 8; for URIs 8 = GET, 63 = GET and POST, 0 = denied).
 * The pattern is compiled once: every anonymous delivery request asks each entry (compiling per request was ~5 % of
 * an uncached delivery response's CPU).
 */
public final class AclEntry {

    public static final long READ = 8;

    private final String path;
    private final long permissions;
    private final Pattern pattern;

    public AclEntry(String path, long permissions) {
        this.path = Objects.requireNonNull(path, "path");
        this.permissions = permissions;
        this.pattern = compile(path);
    }

    private static Pattern compile(String path) {
        String regex = java.util.Arrays.stream(path.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        // "/news/*" also covers the node "/news" itself, as Magnolia's "selected and sub nodes" does.
        return Pattern.compile(path.endsWith("/*") && path.length() > 2
                ? Pattern.quote(path.substring(0, path.length() - 2)) + "|" + regex : regex);
    }

    public String path() {
        return path;
    }

    public long permissions() {
        return permissions;
    }

    public boolean matches(String candidate) {
        return pattern.matcher(candidate).matches();
    }

    /** How specific the entry is: Magnolia lets the longest matching pattern decide. */
    int specificity() {
        return path.length();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AclEntry entry && entry.path.equals(path) && entry.permissions == permissions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, permissions);
    }

    @Override
    public String toString() {
        return "AclEntry[path=" + path + ", permissions=" + permissions + "]";
    }
}
