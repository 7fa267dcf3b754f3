package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Issue 10: a delivery rendition box at or above the original's size serves the original (empty = "send the original"). */
class ImageScalerTest {

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aBoxAtOrAboveTheOriginalSizeLeavesTheOriginal() throws IOException {
        byte[] cover = png(600, 900);
        assertTrue(ImageScaler.scale(cover, "image/png", new ImageScaler.Size(600, 900)).isEmpty());
        assertTrue(ImageScaler.scale(cover, "image/png", new ImageScaler.Size(1200, 1800)).isEmpty());
    }

    @Test
    void aSmallerBoxScalesDownKeepingProportions() throws IOException {
        ImageScaler.Scaled scaled = ImageScaler.scale(png(600, 900), "image/png", new ImageScaler.Size(480, 360)).orElseThrow();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(scaled.bytes()));
        assertEquals(240, read.getWidth());
        assertEquals(360, read.getHeight());
    }
}
