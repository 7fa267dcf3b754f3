package org.magnolianews.host.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.magnolianews.host.http.Json;

/**
 * {@code GET /.imaging/delivery/<WxH>/jcr:<uuid>/<file>}: a published image scaled to fit the
 * rendition, for the {@code renditions} links of resolved assets. Only renditions some endpoint
 * declares are served, so the cache of scaled images cannot be filled with arbitrary sizes.
 */
public final class ImagingServlet extends HttpServlet {

    private final PublishedAssets assets;
    private final Set<String> renditions;
    private final DeliverySettings settings;
    private final Cache<String, byte[]> scaled = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024).weigher((String k, byte[] v) -> v.length + 100).build();

    ImagingServlet(PublishedAssets assets, Set<String> renditions, DeliverySettings settings) {
        this.assets = assets;
        this.renditions = Set.copyOf(renditions);
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int slash = path.indexOf('/', 1);
        String rendition = slash > 0 ? path.substring(1, slash) : "";
        Optional<ImageScaler.Size> size = renditions.contains(rendition) ? ImageScaler.Size.parse(rendition) : Optional.empty();
        Optional<PublishedAssets.AssetFile> file = size.isPresent() ? assets.find(path.substring(slash)) : Optional.empty();
        if (file.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            Json.error(response, 404, "notFound", "no published image rendition at /.imaging/delivery" + QueryString.printable(path));
            return;
        }
        PublishedAssets.AssetFile asset = file.get();
        String etag = "\"" + rendition + "-" + asset.identifier() + "-" + asset.lastModified() + "\"";
        byte[] scaledBytes = scaled.get(etag, k -> ImageScaler.scale(asset.bytes(), asset.mimeType(), size.get())
                .map(ImageScaler.Scaled::bytes).orElse(null));
        org.magnolianews.host.cache.CacheHeaders.keys(response, java.util.Set.of(
                org.magnolianews.host.cache.SurrogateKeys.item(asset.identifier()), org.magnolianews.host.cache.SurrogateKeys.ALL));
        // Not an image Java can read, or one that already fits: the original bytes, rather than nothing.
        DamServlet.send(request, response, etag, asset.mimeType(), scaledBytes != null ? scaledBytes : asset.bytes(), settings);
    }
}
