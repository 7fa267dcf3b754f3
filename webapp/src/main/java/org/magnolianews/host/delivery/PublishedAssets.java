package org.magnolianews.host.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.jcr.Binary;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * The bytes of published assets, looked up in {@code dam_live} by the {@code jcr:<uuid>/<file>}
 * of their links: an asset that is not published has no bytes to serve.
 */
final class PublishedAssets {

    private static final Pattern LINK = Pattern.compile("/jcr:([0-9a-fA-F-]{36})/([^/]+)");

    /** An asset's bytes and what the response needs to say about them. */
    record AssetFile(String identifier, String fileName, String mimeType, long lastModified, byte[] bytes) {
        String etag() {
            return "\"" + identifier + "-" + lastModified + "\"";
        }
    }

    private final ContentRepository repository;

    PublishedAssets(ContentRepository repository) {
        this.repository = repository;
    }

    /** The asset a link path ({@code /jcr:<uuid>/<file>}) names, if it is published and the file name matches. */
    Optional<AssetFile> find(String linkPath) {
        Matcher matcher = LINK.matcher(linkPath == null ? "" : linkPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return repository.call(WorkspaceLayout.live(WorkspaceLayout.DAM), session -> {
            Node asset;
            try {
                asset = session.getNodeByIdentifier(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            } catch (ItemNotFoundException | IllegalArgumentException e) {
                return Optional.<AssetFile>empty();
            }
            if (!asset.isNodeType(MgnlNodeTypes.ASSET) || !asset.hasNode("jcr:content")) {
                return Optional.empty();
            }
            Node resource = asset.getNode("jcr:content");
            String fileName = resource.hasProperty("fileName") ? resource.getProperty("fileName").getString() : asset.getName();
            if (!fileName.equals(matcher.group(2)) || !resource.hasProperty("jcr:data")) {
                return Optional.empty();
            }
            String mimeType = resource.hasProperty("jcr:mimeType") ? resource.getProperty("jcr:mimeType").getString() : "application/octet-stream";
            long lastModified = resource.hasProperty("jcr:lastModified")
                    ? resource.getProperty("jcr:lastModified").getDate().getTimeInMillis() : lastModified(asset);
            return Optional.of(new AssetFile(asset.getIdentifier(), fileName, mimeType, lastModified, bytes(resource)));
        });
    }

    private static long lastModified(Node asset) throws RepositoryException {
        return asset.hasProperty(MgnlNodeTypes.LAST_MODIFIED)
                ? asset.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate().getTimeInMillis() : Calendar.getInstance().getTimeInMillis();
    }

    private static byte[] bytes(Node resource) throws RepositoryException {
        Binary binary = resource.getProperty("jcr:data").getBinary();
        try (InputStream in = binary.getStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            binary.dispose();
        }
    }
}
