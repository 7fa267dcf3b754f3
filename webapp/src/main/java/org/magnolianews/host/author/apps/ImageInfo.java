package org.magnolianews.host.author.apps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** What an uploaded file is, read from its bytes (never from the name the browser sent): type and size of an image. */
public record ImageInfo(String mimeType, int width, int height) {

    /** The image types uploads take (issue 10: named in the message that refuses another file); browsers show all three. */
    public static final java.util.List<String> ACCEPTED = java.util.List.of("image/jpeg", "image/png", "image/gif");
    /** For an {@code <input type="file" accept>}. */
    public static final String ACCEPT_ATTRIBUTE = String.join(",", ACCEPTED);

    /** The image, when the bytes are one of the {@link #ACCEPTED} types. */
    public static Optional<ImageInfo> accepted(byte[] bytes) {
        return of(bytes).filter(info -> ACCEPTED.contains(info.mimeType()));
    }

    public static Optional<ImageInfo> of(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                String mime = switch (format) {
                    case "jpeg", "jpg" -> "image/jpeg";
                    case "png" -> "image/png";
                    case "gif" -> "image/gif";
                    case "bmp" -> "image/bmp";
                    default -> "image/" + format;
                };
                return Optional.of(new ImageInfo(mime, reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
