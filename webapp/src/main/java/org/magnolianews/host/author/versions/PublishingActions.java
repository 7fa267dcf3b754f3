package org.magnolianews.host.author.versions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import org.magnolianews.host.author.apps.ItemValues;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * Publish and unpublish as the author UI and the scheduler do them: through ContentService, with a
 * version of every published item of a content type (who, when, its values).
 */
public final class PublishingActions {

    private final ContentService content;
    private final ContentRepository repository;
    private final DefinitionRegistry registry;
    private final VersionStore versions;
    private final ItemValues itemValues;

    public PublishingActions(ContentService content, ContentRepository repository, DefinitionRegistry registry,
                             VersionStore versions, ItemValues itemValues) {
        this.content = content;
        this.repository = repository;
        this.registry = registry;
        this.versions = versions;
        this.itemValues = itemValues;
    }

    public List<String> publish(String workspace, String path, boolean recursive, String user) {
        publishFolders(workspace, path, user);
        Optional<ContentTypeDefinition> type = registry.contentTypeOfWorkspace(workspace);
        if (type.isPresent()) {
            // Before the items, so a reader never meets an item whose photo is not live yet.
            publishAssets(assetsShownBy(workspace, type.get(), path, recursive), user);
        }
        List<String> published = content.publish(workspace, path, recursive, user);
        if (type.isPresent()) {
            repository.call(workspace, session -> {
                for (String p : published) {
                    Node node = session.getNode(p);
                    if (node.isNodeType(type.get().nodeType())) {
                        versions.record(workspace, node.getIdentifier(), p, itemValues.read(node, type.get()), user);
                    }
                }
                return null;
            });
        }
        return published;
    }

    /** Identifiers of the DAM assets (photo, cover) that the items about to be published show. */
    private Set<String> assetsShownBy(String workspace, ContentTypeDefinition type, String path, boolean recursive) {
        List<String> assetProperties = type.properties().stream().filter(ContentTypeDefinition.PropertyDefinition::isAsset)
                .map(ContentTypeDefinition.PropertyDefinition::name).toList();
        Set<String> identifiers = new LinkedHashSet<>();
        if (assetProperties.isEmpty()) {
            return identifiers;
        }
        repository.call(workspace, session -> {
            if (session.nodeExists(path)) { // a missing item is reported by the publish itself
                collectAssets(session.getNode(path), type, assetProperties, recursive, identifiers);
            }
            return null;
        });
        return identifiers;
    }

    private static void collectAssets(Node node, ContentTypeDefinition type, List<String> assetProperties, boolean recursive,
                                      Set<String> identifiers) throws RepositoryException {
        if (node.isNodeType(type.nodeType())) {
            for (String property : assetProperties) {
                if (node.hasProperty(property)) {
                    Property value = node.getProperty(property);
                    for (Value v : value.isMultiple() ? value.getValues() : new Value[] {value.getValue()}) {
                        String key = v.getString();
                        identifiers.add(key.startsWith("jcr:") ? key.substring(4) : key);
                    }
                }
            }
        }
        if (recursive) {
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                collectAssets(it.nextNode(), type, assetProperties, true, identifiers);
            }
        }
    }

    /**
     * Publishes those of the assets that are not live or changed since: an editor who uploads a photo with
     * an article and publishes it expects readers to see the photo, and the site and delivery only ever show
     * published assets.
     */
    private void publishAssets(Set<String> identifiers, String user) {
        if (identifiers.isEmpty()) {
            return;
        }
        List<String> assetPaths = repository.call(WorkspaceLayout.DAM, session -> {
            List<String> paths = new ArrayList<>();
            for (String identifier : identifiers) {
                try {
                    Node asset = session.getNodeByIdentifier(identifier);
                    if (PublicationStatus.of(asset) != PublicationStatus.PUBLISHED) {
                        paths.add(asset.getPath());
                    }
                } catch (ItemNotFoundException | IllegalArgumentException gone) {
                    // a dangling reference: the item shows no image, as the site and delivery do
                }
            }
            return paths;
        });
        for (String assetPath : assetPaths) {
            publishFolders(WorkspaceLayout.DAM, assetPath, user);
            content.publish(WorkspaceLayout.DAM, assetPath, false, user);
        }
    }

    /**
     * Publishes the folders above an item that are not live yet (news items sit in /YYYY/MM folders
     * created on save): editors publish items, and a folder is only their container. Pages are not
     * folders: a page still needs its parent page published first.
     */
    private void publishFolders(String workspace, String path, String user) {
        List<String> missing = repository.call(workspace, session -> {
            List<String> folders = new ArrayList<>();
            javax.jcr.Session live = repository.login(WorkspaceLayout.live(workspace));
            try {
                String ancestor = "";
                String[] segments = path.split("/");
                for (int i = 1; i < segments.length - 1; i++) {
                    ancestor += "/" + segments[i];
                    if (!session.nodeExists(ancestor) || !session.getNode(ancestor).isNodeType(org.magnolianews.host.repository.MgnlNodeTypes.FOLDER)) {
                        break;
                    }
                    if (!live.nodeExists(ancestor)) {
                        folders.add(ancestor);
                    }
                }
            } finally {
                live.logout();
            }
            return folders;
        });
        for (String folder : missing) {
            content.publish(workspace, folder, false, user);
        }
    }

    public List<String> unpublish(String workspace, String path, String user) {
        return content.unpublish(workspace, path, user);
    }
}
