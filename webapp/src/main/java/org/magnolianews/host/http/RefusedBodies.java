package org.magnolianews.host.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards the rest of a request body the server refuses (413) before it answers.
 *
 * <p>Why: a client that is still sending when the server answers and closes the connection often gets a
 * reset instead of the answer, so the author never sees "too large", only "connection lost". Draining a
 * bounded amount lets ordinary clients read the 413; a client that asked {@code Expect: 100-continue} has
 * not sent the body yet, and reading it would only invite it to, so it is left alone. Past the bound the
 * connection is closed anyway, so a multi-gigabyte upload costs at most that much reading.
 */
public final class RefusedBodies {

    private RefusedBodies() {
    }

    /** Discards up to {@code maxBytes} of the unread body; quietly stops when the client goes away. */
    public static void discard(HttpServletRequest request, long maxBytes) {
        String expect = request.getHeader("Expect");
        if (expect != null && expect.equalsIgnoreCase("100-continue")) {
            return;
        }
        long announced = request.getContentLengthLong();
        if (announced > maxBytes) {
            return;
        }
        try {
            InputStream in = request.getInputStream();
            long left = maxBytes;
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
