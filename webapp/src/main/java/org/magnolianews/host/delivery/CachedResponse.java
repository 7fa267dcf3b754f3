package org.magnolianews.host.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A delivery response ready to send again: its body, its strong ETag, the body gzipped once (for
 * clients that accept it; lists of resolved items compress about five-fold), what it depends on, and its
 * surrogate keys (sent as {@code Surrogate-Key} and {@code Cache-Tag}).
 */
public record CachedResponse(byte[] body, String etag, byte[] gzipped, Rendered dependencies, java.util.Set<String> keys) {

    /** Below this, gzip saves less than its header and the client's work. */
    static final int GZIP_THRESHOLD = 1024;

    /** @param gzip whether to make the gzipped representation (a body below the threshold never has one) */
    static CachedResponse of(Rendered rendered, java.util.Set<String> keys, boolean gzip) {
        byte[] body = rendered.body();
        return new CachedResponse(body, ResponseCache.etag(body), gzip && body.length >= GZIP_THRESHOLD ? gzip(body) : null, rendered,
                java.util.Set.copyOf(keys));
    }

    /** The gzipped representation is another representation: its strong ETag differs. */
    String gzippedEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
