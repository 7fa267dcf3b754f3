package org.magnolianews.host.delivery;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Scales an image down to fit a rendition box, keeping its proportions (never enlarges). */
public final class ImageScaler {

    public record Size(int width, int height) {
        /** The height of a box for a width-only variation: any height fits. */
        public static final int UNBOUNDED = 100_000;
    }

    public record Scaled(byte[] bytes, String mimeType) {
    }

    private ImageScaler() {
    }

    /**
     * Empty when the bytes are not a JPEG or PNG image Java can read, or when the image already fits the box
     * (a rendition never enlarges, and re-encoding a fitting image gains nothing): the original is served then.
     */
    public static Optional<Scaled> scale(byte[] bytes, String mimeType, Size box) {
        String format = switch (mimeType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> null;
        };
        if (format == null) {
            return Optional.empty();
        }
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(bytes));
            if (source == null) {
                return Optional.empty();
            }
            double ratio = Math.min((double) box.width() / source.getWidth(), (double) box.height() / source.getHeight());
            if (ratio >= 1.0) {
                return Optional.empty();
            }
            int width = Math.max(1, (int) Math.round(source.getWidth() * ratio));
            int height = Math.max(1, (int) Math.round(source.getHeight() * ratio));
            BufferedImage target = new BufferedImage(width, height, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = target.createGraphics();
            try {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.drawImage(source, 0, 0, width, height, null);
            } finally {
                graphics.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean written = ImageIO.write(target, format, out);
            return written && out.size() > 0 ? Optional.of(new Scaled(out.toByteArray(), mimeType)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
