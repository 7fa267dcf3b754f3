package org.magnolianews.host.delivery;

/** A delivery response ready to send again: its body, its strong ETag, and what it depends on. */
public record CachedResponse(byte[] body, String etag, Rendered dependencies) {
}
