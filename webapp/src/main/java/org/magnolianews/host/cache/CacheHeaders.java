package org.magnolianews.host.cache;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * The surrogate keys of a response, as shared caches read them: {@code Surrogate-Key} (Fastly, Varnish's xkey
 * vmod; space separated) and {@code Cache-Tag} (Cloudflare, Akamai; comma separated). Both are for the cache in
 * front and harmless to browsers.
 */
public final class CacheHeaders {

    private CacheHeaders() {
    }

    public static void keys(HttpServletResponse response, Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        response.setHeader("Surrogate-Key", String.join(" ", keys));
        response.setHeader("Cache-Tag", String.join(",", keys));
    }
}
