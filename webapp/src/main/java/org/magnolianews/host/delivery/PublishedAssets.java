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
 * The bytes of published assets, looked up in {@code dam_live} (by identifier or path, see {@link #find}):
 * an asset that is not published has no bytes to serve.
 */
final class PublishedAssets {

    private static final Pattern BY_IDENTIFIER = Pattern.compile("/jcr:([0-9a-fA-F-]{36})(/.+)");

    /** An asset's bytes and what the response needs to say about them. */
    record AssetFile(String identifier, String path, String fileName, String mimeType, long lastModified, byte[] bytes) {
        String etag() {
            return "\"" + identifier + "-" + lastModified + "\"";
        }
    }

    private final ContentRepository repository;

    PublishedAssets(ContentRepository repository) {
        this.repository = repository;
    }

    /**
     * The published asset a {@code /dam/…} path names, in every form Magnolia's front ends build: its link
     * {@code /jcr:<uuid>/<file>}; {@code /jcr:<uuid><asset path>} (the SPA demos' {@code /dam/<@id><@path>}, also
     * with {@code /<file>} after it); and by path, {@code /<asset path>} or {@code /<asset path>/<file>}. Anything
     * else, and any asset that is not published, is empty.
     */
    Optional<AssetFile> find(String linkPath) {
        String path = linkPath == null ? "" : linkPath;
        Matcher matcher = BY_IDENTIFIER.matcher(path);
        return repository.call(WorkspaceLayout.live(WorkspaceLayout.DAM), session -> {
            if (matcher.matches()) {
                Node asset;
                try {
                    asset = session.getNodeByIdentifier(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
                } catch (ItemNotFoundException | IllegalArgumentException e) {
                    return Optional.<AssetFile>empty();
                }
                if (!isAsset(asset)) {
                    return Optional.empty();
                }
                String rest = matcher.group(2);
                String fileName = fileName(asset);
                boolean named = rest.equals("/" + fileName) || rest.equals(asset.getPath()) || rest.equals(asset.getPath() + "/" + fileName);
                return named ? file(asset) : Optional.<AssetFile>empty();
            }
            return byPath(session, path);
        });
    }

    /** The published asset at {@code assetPath} whose file is named {@code fileName} (Magnolia's imaging URLs name both). */
    Optional<AssetFile> atPath(String assetPath, String fileName) {
        if (!assetPath.startsWith("/") || assetPath.length() < 2 || assetPath.contains("//") || assetPath.contains("[")
                || assetPath.contains("..")) {
            return Optional.empty();
        }
        return repository.call(WorkspaceLayout.live(WorkspaceLayout.DAM), session -> {
            try {
                if (session.nodeExists(assetPath) && isAsset(session.getNode(assetPath))
                        && fileName(session.getNode(assetPath)).equals(fileName)) {
                    return file(session.getNode(assetPath));
                }
            } catch (RepositoryException | IllegalArgumentException notAPath) {
                // not a JCR path: no asset there
            }
            return Optional.<AssetFile>empty();
        });
    }

    private Optional<AssetFile> byPath(javax.jcr.Session session, String path) throws RepositoryException {
        if (!path.startsWith("/") || path.length() < 2 || path.contains("//") || path.contains("[") || path.contains("..")) {
            return Optional.empty();
        }
        try {
            if (session.nodeExists(path) && isAsset(session.getNode(path))) {
                return file(session.getNode(path));
            }
            String parent = path.substring(0, path.lastIndexOf('/'));
            if (!parent.isEmpty() && session.nodeExists(parent) && isAsset(session.getNode(parent))
                    && path.substring(parent.length() + 1).equals(fileName(session.getNode(parent)))) {
                return file(session.getNode(parent));
            }
        } catch (javax.jcr.RepositoryException | IllegalArgumentException notAPath) {
            // not a JCR path (a character JCR does not take in names): no asset there
        }
        return Optional.empty();
    }

    private static boolean isAsset(Node node) throws RepositoryException {
        return node.isNodeType(MgnlNodeTypes.ASSET) && node.hasNode("jcr:content") && node.getNode("jcr:content").hasProperty("jcr:data");
    }

    private static String fileName(Node asset) throws RepositoryException {
        Node resource = asset.getNode("jcr:content");
        return resource.hasProperty("fileName") ? resource.getProperty("fileName").getString() : asset.getName();
    }

    private static Optional<AssetFile> file(Node asset) throws RepositoryException {
        Node resource = asset.getNode("jcr:content");
        String mimeType = resource.hasProperty("jcr:mimeType") ? resource.getProperty("jcr:mimeType").getString() : "application/octet-stream";
        long lastModified = resource.hasProperty("jcr:lastModified")
                ? resource.getProperty("jcr:lastModified").getDate().getTimeInMillis() : lastModified(asset);
        return Optional.of(new AssetFile(asset.getIdentifier(), asset.getPath(), fileName(asset), mimeType, lastModified, bytes(resource)));
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
