package org.magnolianews.host.content;

import java.io.ByteArrayInputStream;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import javax.jcr.Binary;
import javax.jcr.Node;
import org.magnolianews.host.repository.Audit;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.news.slug.Slugs;
import org.magnolianews.news.slug.UniqueNames;

/**
 * Assets in the {@code dam} workspace, stored as Magnolia's DAM stores them: an mgnl:asset node
 * (name, type, title, caption, copyright …) with a {@code jcr:content} mgnl:resource holding the
 * bytes, file name, extension, size and image dimensions. Items refer to assets as {@code jcr:<uuid>}.
 */
public final class AssetStore {

    /** Metadata an editor gives with an upload; {@code copyright} holds the photo credit. */
    public static final List<String> METADATA = List.of("title", "caption", "description", "copyright", "rights", "source");

    private final ContentRepository repository;
    private final ContentEvents events;

    public AssetStore(ContentRepository repository, ContentEvents events) {
        this.repository = repository;
        this.events = events;
    }

    public record Upload(String fileName, String mimeType, byte[] bytes, int width, int height) {
    }

    /** Stores an upload in a folder; returns the asset's item key {@code jcr:<uuid>}. */
    public String create(String folderPath, Upload upload, Map<String, String> metadata, String user) {
        String extension = upload.fileName().contains(".")
                ? upload.fileName().substring(upload.fileName().lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        String baseName = upload.fileName().contains(".")
                ? upload.fileName().substring(0, upload.fileName().lastIndexOf('.')) : upload.fileName();
        for (String key : metadata.keySet()) {
            if (!METADATA.contains(key)) {
                throw new ValidationException(key, "unknown asset field (known: " + METADATA + ")");
            }
        }
        String[] created = ItemLocks.of(repository).withLock(WorkspaceLayout.DAM, folderPath, () -> repository.call(WorkspaceLayout.DAM, session -> {
            Node folder = session.getRootNode();
            for (String segment : folderPath.split("/")) {
                if (!segment.isEmpty()) {
                    folder = folder.hasNode(segment) ? folder.getNode(segment) : folder.addNode(segment, MgnlNodeTypes.FOLDER);
                }
            }
            Node asset = folder.addNode(UniqueNames.freeName(folder, Slugs.slugify(baseName)), MgnlNodeTypes.ASSET);
            asset.setProperty("name", baseName);
            asset.setProperty("type", extension);
            for (Map.Entry<String, String> entry : metadata.entrySet()) {
                asset.setProperty(entry.getKey(), entry.getValue());
            }
            Calendar now = Calendar.getInstance();
            Audit.created(asset, user);
            Node resource = asset.addNode("jcr:content", MgnlNodeTypes.RESOURCE);
            Binary binary = session.getValueFactory().createBinary(new ByteArrayInputStream(upload.bytes()));
            resource.setProperty("jcr:data", binary);
            resource.setProperty("jcr:mimeType", upload.mimeType());
            resource.setProperty("jcr:lastModified", now);
            resource.setProperty("fileName", upload.fileName());
            resource.setProperty("extension", extension);
            resource.setProperty("size", (long) upload.bytes().length);
            if (upload.width() > 0) {
                resource.setProperty("width", (long) upload.width());
                resource.setProperty("height", (long) upload.height());
            }
            session.save();
            return new String[] {asset.getIdentifier(), asset.getPath()};
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, WorkspaceLayout.DAM, List.of(created[0]), List.of(created[1]), user));
        return "jcr:" + created[0];
    }

    /** Changes an asset's metadata (title, caption, credit …); an empty value removes the field. */
    public void updateMetadata(String assetKey, Map<String, String> metadata, String user) {
        for (String key : metadata.keySet()) {
            if (!METADATA.contains(key)) {
                throw new ValidationException(key, "unknown asset field (known: " + METADATA + ")");
            }
        }
        String id = assetKey.startsWith("jcr:") ? assetKey.substring(4) : assetKey;
        String path = ItemLocks.of(repository).withLock(WorkspaceLayout.DAM, assetKey, () -> repository.call(WorkspaceLayout.DAM, session -> {
            Node asset = assetNode(session, id, assetKey);
            for (Map.Entry<String, String> entry : metadata.entrySet()) {
                if (entry.getValue() == null || entry.getValue().isBlank()) {
                    if (asset.hasProperty(entry.getKey())) {
                        asset.getProperty(entry.getKey()).remove();
                    }
                } else {
                    asset.setProperty(entry.getKey(), entry.getValue().trim());
                }
            }
            Audit.modified(asset, user);
            session.save();
            return asset.getPath();
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, WorkspaceLayout.DAM, List.of(id), List.of(path), user));
    }

    /** The asset node of an identifier; an unknown identifier, or a node that is no asset, is "not found". */
    private static Node assetNode(javax.jcr.Session session, String id, String assetKey) throws javax.jcr.RepositoryException {
        Node asset;
        try {
            asset = session.getNodeByIdentifier(id);
        } catch (javax.jcr.ItemNotFoundException | IllegalArgumentException e) {
            throw new ItemNotFoundException(WorkspaceLayout.DAM, assetKey);
        }
        if (!asset.isNodeType(MgnlNodeTypes.ASSET)) {
            throw new ItemNotFoundException(WorkspaceLayout.DAM, assetKey);
        }
        return asset;
    }

    /**
     * Gives an asset a new file, keeping its node and identifier, so every item and page that uses it shows the new
     * file (once published, as any change): bytes, type, file name, extension, size and dimensions change together.
     */
    public void replaceFile(String assetKey, Upload upload, String user) {
        String id = assetKey.startsWith("jcr:") ? assetKey.substring(4) : assetKey;
        String extension = upload.fileName().contains(".")
                ? upload.fileName().substring(upload.fileName().lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        String path = ItemLocks.of(repository).withLock(WorkspaceLayout.DAM, assetKey, () -> repository.call(WorkspaceLayout.DAM, session -> {
            Node asset = assetNode(session, id, assetKey);
            asset.setProperty("type", extension);
            Node resource = asset.hasNode("jcr:content") ? asset.getNode("jcr:content") : asset.addNode("jcr:content", MgnlNodeTypes.RESOURCE);
            resource.setProperty("jcr:data", session.getValueFactory().createBinary(new ByteArrayInputStream(upload.bytes())));
            resource.setProperty("jcr:mimeType", upload.mimeType());
            resource.setProperty("jcr:lastModified", Calendar.getInstance());
            resource.setProperty("fileName", upload.fileName());
            resource.setProperty("extension", extension);
            resource.setProperty("size", (long) upload.bytes().length);
            if (upload.width() > 0) {
                resource.setProperty("width", (long) upload.width());
                resource.setProperty("height", (long) upload.height());
            } else {
                resource.setProperty("width", (javax.jcr.Value) null);
                resource.setProperty("height", (javax.jcr.Value) null);
            }
            Audit.modified(asset, user);
            session.save();
            return asset.getPath();
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, WorkspaceLayout.DAM, List.of(id), List.of(path), user));
    }

    /** Whether a path is a DAM folder assets can go into: the root or an mgnl:folder. */
    public boolean isFolder(String folderPath) {
        if (folderPath == null || !folderPath.startsWith("/") || folderPath.contains("[") || folderPath.contains("//")) {
            return false;
        }
        return repository.call(WorkspaceLayout.DAM, session -> folderPath.equals("/")
                || session.nodeExists(folderPath) && session.getNode(folderPath).isNodeType(MgnlNodeTypes.FOLDER));
    }

    /** Creates a folder named after {@code name} (slugified, free among its siblings) in a folder; returns its path. */
    public String createFolder(String parentPath, String name, String user) {
        if (name == null || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new ValidationException("name", "a folder needs a name with letters or digits");
        }
        if (!isFolder(parentPath)) {
            throw new ValidationException("parent", "no folder " + parentPath);
        }
        String[] created = ItemLocks.of(repository).withLock(WorkspaceLayout.DAM, parentPath, () -> repository.call(WorkspaceLayout.DAM, session -> {
            Node parent = session.getNode(parentPath);
            Node folder = parent.addNode(UniqueNames.freeName(parent, Slugs.slugify(name)), MgnlNodeTypes.FOLDER);
            Audit.created(folder, user);
            session.save();
            return new String[] {folder.getIdentifier(), folder.getPath()};
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, WorkspaceLayout.DAM, List.of(created[0]), List.of(created[1]), user));
        return created[1];
    }

    /**
     * Moves an asset into another folder, keeping its identifier (uses and {@code /dam/jcr:<uuid>/…} links keep
     * working); the live copy follows on the next publish, as for items. Returns the new path.
     */
    public String move(String assetKey, String folderPath, String user) {
        String id = assetKey.startsWith("jcr:") ? assetKey.substring(4) : assetKey;
        if (!isFolder(folderPath)) {
            throw new ValidationException("folder", "no folder " + folderPath);
        }
        String[] moved = ItemLocks.of(repository).withLock(WorkspaceLayout.DAM, assetKey, () -> repository.call(WorkspaceLayout.DAM, session -> {
            Node asset = assetNode(session, id, assetKey);
            String from = asset.getPath();
            if (asset.getParent().getPath().equals(folderPath)) {
                return new String[] {from, from};
            }
            Node folder = session.getNode(folderPath);
            String target = (folderPath.equals("/") ? "" : folderPath) + "/" + UniqueNames.freeName(folder, asset.getName());
            session.move(from, target);
            Audit.modified(session.getNode(target), user);
            session.save();
            return new String[] {from, target};
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, WorkspaceLayout.DAM, List.of(id), List.of(moved[0], moved[1]), user));
        return moved[1];
    }

    /** The DAM's folders, by path (for a move's choice). */
    public List<String> folders() {
        return repository.call(WorkspaceLayout.DAM, session -> {
            List<String> paths = new java.util.ArrayList<>();
            paths.add("/");
            @SuppressWarnings("deprecation")
            javax.jcr.query.Query query = session.getWorkspace().getQueryManager().createQuery(
                    "//element(*, " + MgnlNodeTypes.FOLDER + ")", javax.jcr.query.Query.XPATH);
            for (javax.jcr.NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                paths.add(it.nextNode().getPath());
            }
            java.util.Collections.sort(paths);
            return paths;
        });
    }
}
