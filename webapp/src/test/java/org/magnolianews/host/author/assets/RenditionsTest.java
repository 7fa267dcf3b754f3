package org.magnolianews.host.author.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10: a rendition never enlarges, and one at or above the original's width is the original, never 0 bytes. */
class RenditionsTest {

    static byte[] image(int width, int height, int type, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setColor(new Color(200, 40, 40, 180));
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 601, 1200, 4000})
    void aRenditionAtOrAboveTheOriginalWidthIsTheOriginal(int width) throws IOException {
        byte[] cover = image(600, 900, BufferedImage.TYPE_INT_ARGB, "png");
        Renditions.Binary rendition = Renditions.of("image/png", cover, width);
        assertEquals("image/png", rendition.mimeType());
        assertArrayEquals(cover, rendition.bytes());
    }

    @Test
    void aTransparentPngScaledDownStaysAReadablePng() throws IOException {
        Renditions.Binary rendition = Renditions.of("image/png", image(600, 900, BufferedImage.TYPE_INT_ARGB, "png"), 240);
        assertEquals("image/png", rendition.mimeType());
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(rendition.bytes()));
        assertEquals(240, read.getWidth());
        assertEquals(360, read.getHeight());
    }

    @Test
    void aJpegScaledDownIsAJpegOfTheWidthAsked() throws IOException {
        Renditions.Binary rendition = Renditions.of("image/jpeg", image(1200, 800, BufferedImage.TYPE_INT_RGB, "jpg"), 480);
        assertEquals("image/jpeg", rendition.mimeType());
        assertEquals(480, ImageIO.read(new ByteArrayInputStream(rendition.bytes())).getWidth());
    }

    @Test
    void widthZeroOrBytesThatAreNoImageGiveTheOriginal() throws IOException {
        byte[] png = image(50, 50, BufferedImage.TYPE_INT_ARGB, "png");
        assertArrayEquals(png, Renditions.of("image/png", png, 0).bytes());
        byte[] text = "not an image".getBytes();
        assertArrayEquals(text, Renditions.of("image/png", text, 240).bytes());
    }
}
