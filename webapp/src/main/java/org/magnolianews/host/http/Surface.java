package org.magnolianews.host.http;

/**
 * A part of the host's URL space that answers in one way: the security headers of its responses and
 * the form of its errors. A feature declares the surfaces it serves ({@link WebFeature#surfaces()}).
 *
 * @param prefix a path prefix: {@code /feeds/} (everything below), {@code /sitemap.xml} (that path and below it)
 */
public record Surface(String prefix, SecurityHeaders headers, ErrorPage errorPage) {

    public boolean covers(String path) {
        if (prefix.endsWith("/")) {
            return path.startsWith(prefix);
        }
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
