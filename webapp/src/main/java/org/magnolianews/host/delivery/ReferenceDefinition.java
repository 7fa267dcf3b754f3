package org.magnolianews.host.delivery;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code references} entry of an endpoint: properties whose names match {@code propertyName}
 * (a regular expression, as in Magnolia) hold identifiers resolved by a JCR or an asset resolver.
 */
public record ReferenceDefinition(String name, Pattern propertyName, Kind kind, String targetWorkspace,
                                  boolean expand, boolean generateLink, List<String> assetRenditions,
                                  boolean includeAssetMetadata) {

    public enum Kind { JCR, ASSET }

    public static final String JCR_RESOLVER = "jcrReferenceResolver";
    public static final String JCR_RESOLVER_CLASS = "info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition";
    public static final String ASSET_RESOLVER = "assetReferenceResolver";
    public static final String ASSET_RESOLVER_CLASS = "info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition";

    public boolean appliesTo(String property) {
        return propertyName.matcher(property).matches();
    }
}
