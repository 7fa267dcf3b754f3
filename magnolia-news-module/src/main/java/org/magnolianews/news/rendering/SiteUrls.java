package org.magnolianews.news.rendering;

import info.magnolia.cms.core.AggregationState;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.news.jcr.Items;

/**
 * Absolute URLs for structured data: the current page's (the aggregation state's original URL, which is
 * the canonical URL of the item a detail page shows) and a DAM asset's ({@code /dam/jcr:<uuid>/<file>}, on
 * the same scheme and host, below the context path).
 */
public final class SiteUrls {

    private final String pageUrl;
    private final String base;
    private final Session dam;

    public SiteUrls(String pageUrl, String contextPath, Session dam) {
        this.pageUrl = pageUrl;
        URI uri = URI.create(pageUrl);
        this.base = uri.getScheme() + "://" + uri.getRawAuthority() + (contextPath == null ? "" : contextPath);
        this.dam = dam;
    }

    public static SiteUrls of(AggregationState state, String contextPath, Session dam) {
        return new SiteUrls(state.getOriginalURL(), contextPath, dam);
    }

    /** The URL the reader asked for (without its query string). */
    public String currentPage() {
        return pageUrl;
    }

    /** The URL of the asset with item key {@code jcr:<uuid>}; empty when there is no such asset here. */
    public Optional<String> asset(String itemKey) throws RepositoryException {
        if (itemKey == null || !itemKey.startsWith("jcr:")) {
            return Optional.empty();
        }
        Optional<Node> asset = Items.byId(dam, itemKey.substring(4));
        if (asset.isEmpty() || !asset.get().hasNode("jcr:content")) {
            return Optional.empty();
        }
        String fileName = Items.single(asset.get().getNode("jcr:content"), "fileName").orElse(asset.get().getName());
        return Optional.of(base + "/dam/jcr:" + asset.get().getIdentifier() + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
