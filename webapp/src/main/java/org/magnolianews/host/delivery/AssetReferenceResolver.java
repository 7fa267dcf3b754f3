package org.magnolianews.host.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * {@code assetReferenceResolver}: a DAM asset as Magnolia's delivery endpoint writes it, with
 * {@code @link} to its bytes ({@code /dam/jcr:<uuid>/<file>}), its metadata, and one link per
 * configured rendition ({@code /.imaging/delivery/<WxH>/jcr:<uuid>/<file>}, scaled by the host).
 */
final class AssetReferenceResolver {

    private static final List<String> DESCRIPTIVE = List.of("title", "caption", "description", "copyright", "rights", "source", "subject");

    Map<String, Object> asset(Node asset, ReferenceDefinition reference, RenderContext context) throws RepositoryException {
        String uuid = asset.getIdentifier();
        Node resource = asset.hasNode("jcr:content") ? asset.getNode("jcr:content") : null;
        String fileName = resource != null && resource.hasProperty("fileName")
                ? resource.getProperty("fileName").getString() : asset.getName();
        String mimeType = resource != null && resource.hasProperty("jcr:mimeType")
                ? resource.getProperty("jcr:mimeType").getString() : "application/octet-stream";
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@name", asset.getName());
        json.put("@path", asset.getPath());
        json.put("@id", "jcr:" + uuid);
        json.put("@link", DeliveryLinks.asset(uuid, fileName));
        if (reference.includeAssetMetadata()) {
            json.put("metadata", metadata(asset, resource, fileName, mimeType, context));
        }
        Map<String, Object> renditions = new LinkedHashMap<>();
        for (String rendition : reference.assetRenditions()) {
            renditions.put(rendition, Map.of("mimeType", mimeType, "link", DeliveryLinks.rendition(rendition, uuid, fileName)));
        }
        json.put("renditions", renditions);
        return json;
    }

    private static Map<String, Object> metadata(Node asset, Node resource, String fileName, String mimeType, RenderContext context)
            throws RepositoryException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("fileName", fileName);
        metadata.put("mimeType", mimeType);
        if (resource != null) {
            copy(resource, "size", "fileSize", metadata);
            copy(resource, "height", "height", metadata);
            copy(resource, "width", "width", metadata);
        }
        Map<String, Object> properties = NodeJsonWriter.properties(asset, NodeJsonWriter.ORDINARY);
        Map<String, Object> merged = context.language.raw() ? properties
                : context.merger(WorkspaceLayout.DAM).merge(properties, context.language);
        for (String key : DESCRIPTIVE) {
            if (merged.containsKey(key)) {
                metadata.put(key, merged.get(key));
            }
        }
        if (asset.hasProperty(MgnlNodeTypes.CREATED)) {
            metadata.put("created", JsonValues.date(asset.getProperty(MgnlNodeTypes.CREATED).getDate()));
        }
        if (asset.hasProperty(MgnlNodeTypes.LAST_MODIFIED)) {
            metadata.put("modified", JsonValues.date(asset.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate()));
        }
        return metadata;
    }

    private static void copy(Node node, String property, String key, Map<String, Object> into) throws RepositoryException {
        if (node.hasProperty(property)) {
            into.put(key, node.getProperty(property).getString());
        }
    }
}
