package org.magnolianews.host.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.magnolianews.host.module.Resources;

/**
 * Modules' web resources at {@code /.resources/<module>/webresources/…}, as Magnolia serves them.
 * Files are read once and kept in memory (they are few and small), answered with an ETag and a
 * one-hour cache lifetime; only paths under a {@code webresources} folder are served.
 */
final class WebResourcesServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "woff2", "font/woff2", "ico", "image/x-icon");

    private record WebResource(byte[] bytes, String contentType, String etag) {
    }

    private final Resources resources;
    private final Map<String, Optional<WebResource>> loaded = new ConcurrentHashMap<>();

    WebResourcesServlet(Resources resources) {
        this.resources = resources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        if (parts.length < 4 || !parts[2].equals("webresources") || path.contains("..")) {
            response.sendError(404);
            return;
        }
        Optional<WebResource> resource = loaded.computeIfAbsent(path, this::load);
        if (resource.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setHeader("ETag", resource.get().etag());
        response.setHeader("Cache-Control", "public, max-age=3600");
        if (resource.get().etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setContentType(resource.get().contentType());
        response.setContentLength(resource.get().bytes().length);
        response.getOutputStream().write(resource.get().bytes());
    }

    private Optional<WebResource> load(String path) {
        return resources.find(path).filter(Files::isRegularFile).map(file -> read(file, path));
    }

    private static WebResource read(Path file, String path) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String extension = path.substring(path.lastIndexOf('.') + 1);
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
            return new WebResource(bytes, TYPES.getOrDefault(extension, "application/octet-stream"), etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
