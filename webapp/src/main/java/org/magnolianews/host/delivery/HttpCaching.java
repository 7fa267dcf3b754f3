package org.magnolianews.host.delivery;

import jakarta.servlet.http.HttpServletRequest;

/** Conditional GET: whether the client's {@code If-None-Match} already names the current ETag. */
final class HttpCaching {

    private HttpCaching() {
    }

    static boolean notModified(HttpServletRequest request, String etag) {
        String header = request.getHeader("If-None-Match");
        if (header == null || header.isBlank()) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2); // If-None-Match compares weakly (RFC 9110 13.1.2)
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
