package org.magnolianews.host.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Map;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.AnonymousAccess;

/**
 * {@code GET /.imaging/delivery/<variation>/jcr:<uuid>/<file>}: a published image scaled to the theme's image
 * variation of that name ({@code themes/<name>.yaml}, see {@link org.magnolianews.host.definition.ImageVariations}),
 * for the {@code renditions} links of resolved assets. Only the themes' variations are served, so the cache of
 * scaled images cannot be filled with arbitrary sizes.
 */
public final class ImagingServlet extends HttpServlet {

    private final PublishedAssets assets;
    private final Map<String, ImageScaler.Size> variations;
    private final DeliverySettings settings;
    private final Cache<String, byte[]> scaled = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024).weigher((String k, byte[] v) -> v.length + 100).build();

    private final AnonymousAccess access;

    ImagingServlet(PublishedAssets assets, Map<String, ImageScaler.Size> variations, DeliverySettings settings, AnonymousAccess access) {
        this.access = access;
        this.assets = assets;
        this.variations = Map.copyOf(variations);
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int slash = path.indexOf('/', 1);
        String rendition = slash > 0 ? path.substring(1, slash) : "";
        Optional<ImageScaler.Size> size = Optional.ofNullable(variations.get(rendition));
        Optional<PublishedAssets.AssetFile> file = size.isPresent() ? assets.find(path.substring(slash)) : Optional.empty();
        if (file.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            Json.error(response, 404, "notFound", "no published image rendition at /.imaging/delivery" + QueryString.printable(path));
            return;
        }
        PublishedAssets.AssetFile asset = file.get();
        if (!access.canGet("/.imaging/delivery" + path) || !access.canRead("dam", asset.path())) {
            DamServlet.denied(response, "/.imaging/delivery" + QueryString.printable(path));
            return;
        }
        String etag = "\"" + rendition + "-" + asset.identifier() + "-" + asset.lastModified() + "\"";
        byte[] scaledBytes = scaled.get(etag, k -> ImageScaler.scale(asset.bytes(), asset.mimeType(), size.get())
                .map(ImageScaler.Scaled::bytes).orElse(null));
        org.magnolianews.host.cache.CacheHeaders.keys(response, java.util.Set.of(
                org.magnolianews.host.cache.SurrogateKeys.item(asset.identifier()), org.magnolianews.host.cache.SurrogateKeys.ALL));
        // Not an image Java can read, or one that already fits: the original bytes, rather than nothing.
        DamServlet.send(request, response, etag, asset.mimeType(), scaledBytes != null ? scaledBytes : asset.bytes(), settings);
    }
}
