package org.magnolianews.host.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magnolianews.host.definition.ImageVariations;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.AnonymousAccess;

/**
 * Published images scaled to a theme's image variation ({@code themes/<name>.yaml}, see {@link ImageVariations}), at
 * Magnolia's imaging URL {@code /.imaging/mte/<theme>/<variation>/dam/<asset path>/jcr:content/<file>} (what the
 * {@code renditions} links and {@code damfn.getAssetLink(key, rendition)} give, see {@link ImagingUrls}) and at the
 * host's earlier {@code /.imaging/delivery/<variation>/jcr:<uuid>/<file>}. Only the themes' variations are served, so
 * the cache of scaled images cannot be filled with arbitrary sizes; anything else under {@code /.imaging/} is 404.
 */
public final class ImagingServlet extends HttpServlet {

    /** {@code /mte/<theme>/<variation>/dam<asset path>/jcr:content/<file>} (decoded path info). */
    private static final Pattern MTE = Pattern.compile("/mte/([^/]+)/([^/]+)/dam(/.+)/jcr:content/([^/]+)");
    /** {@code /delivery/<variation>/jcr:<uuid>/<file>}. */
    private static final Pattern ALIAS = Pattern.compile("/delivery/([^/]+)(/.+)");

    private final PublishedAssets assets;
    private final ImagingUrls imaging;
    private final DeliverySettings settings;
    private final AnonymousAccess access;
    private final Cache<String, byte[]> scaled = Caffeine.newBuilder()
            .maximumWeight(org.magnolianews.host.config.MemoryBudget.ofThisJvm().renditionCacheBytes()).weigher((String k, byte[] v) -> v.length + 100).build();

    ImagingServlet(PublishedAssets assets, ImagingUrls imaging, DeliverySettings settings, AnonymousAccess access) {
        this.access = access;
        this.assets = assets;
        this.imaging = imaging;
        this.settings = settings;
    }

    private record Rendition(String name, ImageVariations.Variation variation, PublishedAssets.AssetFile asset) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String uri = "/.imaging" + QueryString.printable(path);
        Optional<Rendition> found = find(path);
        if (found.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            Json.error(response, 404, "notFound", "no published image rendition at " + uri);
            return;
        }
        Rendition rendition = found.get();
        PublishedAssets.AssetFile asset = rendition.asset();
        if (!access.canGet("/.imaging" + path) || !access.canRead("dam", asset.path())) {
            DamServlet.denied(response, uri);
            return;
        }
        ImageVariations.Variation variation = rendition.variation();
        ImageScaler.Size size = new ImageScaler.Size(variation.width(), variation.height().orElse(ImageScaler.Size.UNBOUNDED));
        String etag = "\"" + variation.theme() + "-" + rendition.name() + "-" + asset.identifier() + "-" + asset.lastModified() + "\"";
        byte[] scaledBytes = scaled.get(etag, k -> ImageScaler.scale(asset.bytes(), asset.mimeType(), size)
                .map(ImageScaler.Scaled::bytes).orElse(null));
        org.magnolianews.host.cache.CacheHeaders.keys(response, java.util.Set.of(
                org.magnolianews.host.cache.SurrogateKeys.item(asset.identifier()), org.magnolianews.host.cache.SurrogateKeys.ALL));
        // Not an image Java can read, or one that already fits: the original bytes, rather than nothing.
        DamServlet.send(request, response, etag, asset.mimeType(), scaledBytes != null ? scaledBytes : asset.bytes(), settings);
    }

    private Optional<Rendition> find(String path) {
        Matcher mte = MTE.matcher(path);
        if (mte.matches()) {
            String name = mte.group(2);
            return imaging.variation(mte.group(1), name).flatMap(variation -> assets.atPath(mte.group(3), mte.group(4))
                    .map(asset -> new Rendition(name, variation, asset)));
        }
        Matcher alias = ALIAS.matcher(path);
        if (alias.matches()) {
            String name = alias.group(1);
            return imaging.variation(name).flatMap(variation -> assets.find(alias.group(2)).map(asset -> new Rendition(name, variation, asset)));
        }
        return Optional.empty();
    }
}
