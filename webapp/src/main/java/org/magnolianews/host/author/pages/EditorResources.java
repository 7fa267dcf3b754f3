package org.magnolianews.host.author.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.magnolianews.host.author.web.Exchange;

/** The page editor's script and stylesheet: classpath web resources beside the admincentral's, read once. */
final class EditorResources {

    private final Map<String, byte[]> files = Map.of("page-editor.js", read("page-editor.js"), "page-editor.css", read("page-editor.css"));

    void serve(Exchange x, String name) throws IOException {
        byte[] bytes = files.get(name);
        x.response().setContentType((name.endsWith(".js") ? "text/javascript" : "text/css") + ";charset=utf-8");
        x.response().setHeader("Cache-Control", "public, max-age=300");
        x.response().setContentLength(bytes.length);
        x.response().getOutputStream().write(bytes);
    }

    private static byte[] read(String name) {
        try (InputStream in = EditorResources.class.getResourceAsStream("/org/magnolianews/host/author/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing page editor resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
