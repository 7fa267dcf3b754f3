package org.magnolianews.host.author.assets;

import org.magnolianews.host.delivery.ImageScaler;

/**
 * The author UI's renditions (thumbnails, previews): an image scaled down to a width, in its own format.
 * A rendition never enlarges: at or above the original's width it is the original's bytes (issue 10:
 * re-encoding a transparent PNG as JPEG wrote nothing, and previews showed a 0-byte image).
 */
final class Renditions {

    record Binary(String mimeType, byte[] bytes) {
    }

    private Renditions() {
    }

    /** {@code width} 0 means the original; bytes Java cannot read as JPEG or PNG are served as they are. */
    static Binary of(String mimeType, byte[] bytes, int width) {
        if (width == 0) {
            return new Binary(mimeType, bytes);
        }
        // The delivery's scaler, with a box only as wide as asked: it never enlarges and keeps the format.
        return ImageScaler.scale(bytes, mimeType, new ImageScaler.Size(width, Integer.MAX_VALUE))
                .map(scaled -> new Binary(scaled.mimeType(), scaled.bytes()))
                .orElse(new Binary(mimeType, bytes));
    }
}
