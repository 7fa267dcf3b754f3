package org.magnolianews.host.rendering;

import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.delivery.ImagingUrls;
import org.magnolianews.news.jcr.Items;

/**
 * {@code damfn} in templates: links to published DAM assets by item key ({@code jcr:<uuid>}), served
 * by {@link DamServlet} at {@code /dam/jcr:<uuid>/<file name>} as Magnolia serves them.
 */
public final class DamFunctions {

    private final ImagingUrls imaging;

    DamFunctions(ImagingUrls imaging) {
        this.imaging = imaging;
    }

    public String getAssetLink(String itemKey) throws RepositoryException {
        return asset(Rendering.current().sessions.session("dam"), itemKey).map(DamFunctions::linkInThisRendering).orElse(null);
    }

    /**
     * Magnolia's {@code damfn.getAssetLink(itemKey, renditionName)}: the link of the asset's rendition, Magnolia's imaging
     * URL {@code /.imaging/mte/<theme>/<variation>/dam/<asset path>/jcr:content/<file>} for a variation a theme defines;
     * the asset's own link for any other name and in a preview (drafts are served unscaled).
     */
    public String getAssetLink(String itemKey, String renditionName) throws RepositoryException {
        Optional<Node> asset = asset(Rendering.current().sessions.session("dam"), itemKey);
        if (asset.isEmpty()) {
            return null;
        }
        String original = linkInThisRendering(asset.get());
        if (!original.startsWith(SiteLinks.DAM_PREFIX)) {
            return original;
        }
        Node resource = asset.get().getNode("jcr:content");
        return imaging.link(renditionName, asset.get().getPath(), Items.single(resource, "fileName").orElse(asset.get().getName()))
                .orElse(original);
    }

    /**
     * Magnolia's {@code damfn.getRendition(itemKey, renditionName)} (the travel demo's {@code damfn.getRendition(content.image,
     * "original").link}): the rendition's link as {@link #getAssetLink(String, String)} gives it; null when the asset is not
     * published. A name no theme defines gives the original, as {@code original} does (what Magnolia does then is UNVERIFIED).
     */
    public HostRendition getRendition(String itemKey, String renditionName) throws RepositoryException {
        HostAsset asset = getAsset(itemKey);
        return asset == null ? null : new HostRendition(asset, getAssetLink(itemKey, renditionName));
    }

    /** {@code damfn.getRendition(asset, renditionName)}, for an asset from {@link #getAsset(String)}. */
    public HostRendition getRendition(HostAsset asset, String renditionName) throws RepositoryException {
        return asset == null ? null : getRendition(asset.itemKey(), renditionName);
    }

    /**
     * The asset as Magnolia's {@code info.magnolia.dam.api.Asset} shows it to a template (its bean getters: link,
     * title, caption, copyright, file name, size, MIME type …), or null when it is not published. Dimensions are not
     * among them: they are in {@link #getAssetMap(String)}'s {@code metadata.mgnl}.
     */
    public HostAsset getAsset(String itemKey) throws RepositoryException {
        Optional<Node> asset = asset(Rendering.current().sessions.session("dam"), itemKey);
        return asset.map(node -> new HostAsset(node, linkInThisRendering(node))).orElse(null);
    }

    /**
     * The asset as Magnolia's {@code damfn.getAssetMap}: {@code name title description caption link}, and
     * {@code metadata.dc} (Dublin Core: title, description, creator, rights …) and {@code metadata.mgnl} (width, height,
     * fileSize, mimeType …); null when the asset is not published.
     */
    public Map<String, Object> getAssetMap(String itemKey) throws RepositoryException {
        HostAsset asset = getAsset(itemKey);
        return asset == null ? null : asset.asMap();
    }

    static Optional<Node> asset(Session dam, String itemKey) throws RepositoryException {
        if (itemKey == null || !itemKey.startsWith("jcr:")) {
            return Optional.empty();
        }
        return Items.byId(dam, itemKey.substring(4)).filter(DamFunctions::hasResource);
    }

    /** The site's link, or in a preview the author UI's, which also serves unpublished assets. */
    private static String linkInThisRendering(Node asset) {
        try {
            return Rendering.current().sessions.draftAssetLink(asset.getIdentifier()).orElseGet(() -> link(asset));
        } catch (RepositoryException e) {
            throw new org.magnolianews.host.repository.RepositoryFailure("asset link", e);
        }
    }

    static String link(Node asset) {
        try {
            Node resource = asset.getNode("jcr:content");
            String fileName = Items.single(resource, "fileName").orElse(asset.getName());
            return SiteLinks.DAM_PREFIX + "jcr:" + asset.getIdentifier() + "/" + SiteLinks.encodePath(fileName).substring(1);
        } catch (RepositoryException e) {
            throw new org.magnolianews.host.repository.RepositoryFailure("asset link", e);
        }
    }

    private static boolean hasResource(Node node) {
        try {
            return node.hasNode("jcr:content");
        } catch (RepositoryException e) {
            return false;
        }
    }
}
