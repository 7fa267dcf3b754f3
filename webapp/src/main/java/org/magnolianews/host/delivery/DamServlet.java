package org.magnolianews.host.delivery;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.AnonymousAccess;

/** {@code GET /dam/…}: the bytes of a published asset, by link, by identifier and path, or by path (see {@link PublishedAssets#find}). */
public final class DamServlet extends HttpServlet {

    private final PublishedAssets assets;
    private final DeliverySettings settings;
    private final AnonymousAccess access;

    DamServlet(PublishedAssets assets, DeliverySettings settings, AnonymousAccess access) {
        this.assets = assets;
        this.settings = settings;
        this.access = access;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PublishedAssets.AssetFile> file = assets.find(request.getPathInfo());
        if (file.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            Json.error(response, 404, "notFound", "no published asset at /dam" + QueryString.printable(String.valueOf(request.getPathInfo())));
            return;
        }
        if (!access.canGet("/dam" + request.getPathInfo()) || !access.canRead("dam", file.get().path())) {
            denied(response, "/dam" + QueryString.printable(String.valueOf(request.getPathInfo())));
            return;
        }
        org.magnolianews.host.cache.CacheHeaders.keys(response, java.util.Set.of(
                org.magnolianews.host.cache.SurrogateKeys.item(file.get().identifier()), org.magnolianews.host.cache.SurrogateKeys.ALL));
        send(request, response, file.get().etag(), file.get().mimeType(), file.get().bytes(), settings);
    }

    /** 403 for an asset the anonymous roles may not read (workspace dam, or the URI). */
    static void denied(HttpServletResponse response, String uri) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Json.error(response, 403, "accessDenied", "anonymous may not read " + uri
                + ": grant the rest-anonymous role read access to workspace 'dam' and GET on the URI");
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String etag, String mimeType, byte[] bytes,
                     DeliverySettings settings) throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", settings.cacheControl());
        if (HttpCaching.notModified(request, etag)) {
            response.setStatus(304);
            return;
        }
        response.setContentType(mimeType);
        response.setContentLength(bytes.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(bytes);
        }
    }
}
