package org.magnolianews.host.rendering;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.repository.RepositoryFailure;
import org.magnolianews.news.jcr.Items;

/**
 * An asset as templates see {@code damfn.getAsset}'s result on Magnolia, where it is an
 * {@code info.magnolia.dam.api.Asset}: these bean getters and no more (no map access to the asset's node).
 */
public final class HostAsset {

    private final Node node;
    private final String link;

    HostAsset(Node node, String link) {
        this.node = node;
        this.link = link;
    }

    public String getLink() {
        return link;
    }

    /** {@code jcr:<uuid>}, for the host's own functions (Magnolia's {@code getItemKey()} returns an {@code ItemKey}, not offered here). */
    String itemKey() {
        return read(() -> "jcr:" + node.getIdentifier());
    }

    public String getName() {
        return read(() -> node.getName());
    }

    public String getPath() {
        return read(() -> node.getPath());
    }

    public String getTitle() {
        return text(node, "title");
    }

    public String getCaption() {
        return text(node, "caption");
    }

    public String getDescription() {
        return text(node, "description");
    }

    public String getCopyright() {
        return text(node, "copyright");
    }

    public String getFileName() {
        return text(resource(), "fileName");
    }

    public String getMimeType() {
        return text(resource(), "jcr:mimeType");
    }

    public long getFileSize() {
        return number(resource(), "size");
    }

    /** The map {@code damfn.getAssetMap} returns. */
    Map<String, Object> asMap() {
        Map<String, Object> dc = new HashMap<>();
        putIfPresent(dc, "title", getTitle());
        putIfPresent(dc, "description", getDescription());
        putIfPresent(dc, "rights", getCopyright());
        Map<String, Object> mgnl = new HashMap<>();
        long width = number(resource(), "width");
        long height = number(resource(), "height");
        if (width > 0 && height > 0) {
            mgnl.put("width", width);
            mgnl.put("height", height);
        }
        mgnl.put("fileSize", getFileSize());
        putIfPresent(mgnl, "mimeType", getMimeType());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", getName());
        putIfPresent(map, "title", getTitle());
        putIfPresent(map, "description", getDescription());
        putIfPresent(map, "caption", getCaption());
        map.put("link", link);
        map.put("metadata", Map.of("dc", dc, "mgnl", mgnl));
        return map;
    }

    private Node resource() {
        return read(() -> node.getNode("jcr:content"));
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String text(Node node, String property) {
        return read(() -> Items.single(node, property).orElse(null));
    }

    private static long number(Node node, String property) {
        return read(() -> node.hasProperty(property) ? node.getProperty(property).getLong() : 0L);
    }

    private interface Read<T> {
        T get() throws RepositoryException;
    }

    private static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (RepositoryException e) {
            throw new RepositoryFailure("cannot read asset", e);
        }
    }
}
