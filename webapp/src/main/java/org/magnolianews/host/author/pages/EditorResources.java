package org.magnolianews.host.author.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.magnolianews.host.author.web.Exchange;

/** The page editor's scripts and stylesheet: classpath web resources beside the admincentral's, read once. */
public final class EditorResources {

    public EditorResources() {
    }

    private final Map<String, byte[]> files = Map.of("page-editor.js", read("page-editor.js"), "page-editor.css", read("page-editor.css"),
            "page-editor-frame.js", read("page-editor-frame.js"));

    void serve(Exchange x, String name) throws IOException {
        serve(x.response(), name);
    }

    /** Writes one of the files ({@code page-editor-frame.js}, {@code page-editor.css}…) as the answer. */
    public void serve(jakarta.servlet.http.HttpServletResponse response, String name) throws IOException {
        byte[] bytes = files.get(name);
        response.setContentType((name.endsWith(".js") ? "text/javascript" : "text/css") + ";charset=utf-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
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
