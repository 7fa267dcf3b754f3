package org.magnolianews.host.management;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.magnolianews.host.http.Json;

/** {@code GET /.rest/openapi.json}: the OpenAPI 3 description of the management and delivery APIs (public). */
final class OpenApiServlet extends HttpServlet {

    static final String RESOURCE = "openapi.json";

    private final byte[] document;

    OpenApiServlet() {
        try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType(Json.CONTENT_TYPE);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }
}
