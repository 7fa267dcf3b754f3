package org.magnolianews.host.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * After any handler answered without reading the request body (a 401, 404 or 400 decided from the URL
 * or the headers), reads the rest of it before the answer completes.
 *
 * <p>Why: Jetty closes a connection whose request body was left unread, and a client still sending
 * then gets a reset instead of the answer ("no answer" where a 404 with a JSON body was due). Bounded,
 * as {@link RefusedBodies} explains; a body the handler read is already at its end, so this costs nothing.
 */
public final class UnreadBodyFilter implements Filter {

    /** Larger unread bodies are left to Jetty, which closes the connection. */
    static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && hasBody(http)) {
                RefusedBodies.discard(http, MAX_DRAINED_BYTES);
            }
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
