package org.magnolianews.host.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * After any handler answered without reading the request body (a 413 for a body over the limit, a 401,
 * 404 or 400 decided from the URL or the headers), reads and discards the rest of it before the answer
 * completes.
 *
 * <p>Why: Jetty closes a connection whose request body was left unread, and a client still sending then
 * gets a reset instead of the answer ("no answer" where a JSON error was due). Bounded: past
 * {@link #MAX_DRAINED_BYTES} (twice the author UI's 70 MB upload limit) the connection is closed anyway,
 * so a huge upload costs at most that much reading. A client that asked {@code Expect: 100-continue} has
 * not sent its body, and reading would only invite it to, so it is left alone. A body the handler read is
 * already at its end, so this costs nothing.
 */
public final class UnreadBodyFilter implements Filter {

    static final long MAX_DRAINED_BYTES = 140L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && hasBody(http) && !waitsForContinue(http)
                    && http.getContentLengthLong() <= MAX_DRAINED_BYTES) {
                discard(http);
            }
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean waitsForContinue(HttpServletRequest request) {
        String expect = request.getHeader("Expect");
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }

    private static void discard(HttpServletRequest request) {
        try {
            InputStream in = request.getInputStream();
            long left = MAX_DRAINED_BYTES;
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= read;
            }
        } catch (IOException | IllegalStateException gone) {
            // The client hung up, or the body was taken as a reader: the answer goes out regardless.
        }
    }
}
