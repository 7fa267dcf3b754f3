package org.magnolianews.host.rendering;

/**
 * A rendition as templates see {@code damfn.getRendition}'s result on Magnolia, an {@code info.magnolia.dam.api.AssetRendition}:
 * its link (Magnolia's imaging URL for a theme variation, the asset's own link for {@code original}), MIME type and asset.
 */
public final class HostRendition {

    private final HostAsset asset;
    private final String link;

    HostRendition(HostAsset asset, String link) {
        this.asset = asset;
        this.link = link;
    }

    public String getLink() {
        return link;
    }

    public String getMimeType() {
        return asset.getMimeType();
    }

    public HostAsset getAsset() {
        return asset;
    }
}
