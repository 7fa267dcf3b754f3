package org.magnolianews.host.sample;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Sample photos are drawn, not shipped: a gradient with soft shapes whose colours follow the file
 * name, so each sample item has a distinct, stable picture and the repository carries no stock images
 * we hold no rights to.
 */
final class PlaceholderImage {

    static final int WIDTH = 1200;
    static final int HEIGHT = 800;

    private PlaceholderImage() {
    }

    static byte[] jpeg(String seedText) {
        int hash = seedText.hashCode();
        Color from = Color.getHSBColor((hash & 0xff) / 255f, 0.45f, 0.55f);
        Color to = Color.getHSBColor(((hash >> 8) & 0xff) / 255f, 0.35f, 0.85f);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, from, WIDTH, HEIGHT, to));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(255, 255, 255, 40));
            for (int i = 0; i < 5; i++) {
                int size = 160 + ((hash >> (i * 3)) & 0xff);
                g.fillOval(((hash >> i) & 0x3ff) % WIDTH - size / 2, (i * 170 + ((hash >> (i + 5)) & 0xff)) % HEIGHT - size / 2, size, size);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
