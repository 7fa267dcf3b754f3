package org.magnolianews.host.author.assets;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

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
        Binary original = new Binary(mimeType, bytes);
        String format = switch (mimeType) {
            case "image/jpeg" -> "jpeg";
            case "image/png" -> "png";
            default -> null;
        };
        if (width == 0 || format == null) {
            return original;
        }
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(bytes));
            if (source == null || source.getWidth() <= width) {
                return original;
            }
            int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
            // PNG keeps its transparency; JPEG has none to keep (and its writer refuses an alpha channel).
            BufferedImage target = new BufferedImage(width, height, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            var graphics = target.createGraphics();
            try {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.drawImage(source, 0, 0, width, height, null);
            } finally {
                graphics.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            return ImageIO.write(target, format, out) && out.size() > 0 ? new Binary(mimeType, out.toByteArray()) : original;
        } catch (IOException | RuntimeException e) {
            return original;
        }
    }
}
