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

    /** Whether the client takes gzip: {@code Accept-Encoding} names it (or *) without q=0. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String header = request.getHeader("Accept-Encoding");
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces.length == 0) {
                continue;
            }
            String coding = pieces[0].trim();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                for (int i = 1; i < pieces.length; i++) {
                    if (pieces[i].trim().replace(" ", "").matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
