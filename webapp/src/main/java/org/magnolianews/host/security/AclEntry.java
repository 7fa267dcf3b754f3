package org.magnolianews.host.security;

import java.util.regex.Pattern;

/**
 * One entry of a Magnolia role's access control list: a path pattern ({@code *} matches any characters, as in
 * Magnolia's {@code /*} for "this node and everything below", {@code /.magnolia*}) and the permission bits
 * granted there (Magnolia's {@code Permission}: READ = 8; for URIs 8 = GET, 63 = GET and POST, 0 = denied).
 */
public record AclEntry(String path, long permissions) {

    public static final long READ = 8;

    public boolean matches(String candidate) {
        return pattern().matcher(candidate).matches();
    }

    private Pattern pattern() {
        String regex = java.util.Arrays.stream(path.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*"));
        // "/news/*" also covers the node "/news" itself, as Magnolia's "selected and sub nodes" does.
        return Pattern.compile(path.endsWith("/*") && path.length() > 2
                ? Pattern.quote(path.substring(0, path.length() - 2)) + "|" + regex : regex);
    }

    /** How specific the entry is: Magnolia lets the longest matching pattern decide. */
    int specificity() {
        return path.length();
    }
}
