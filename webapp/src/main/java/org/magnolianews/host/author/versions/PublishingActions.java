package org.magnolianews.host.author.versions;

import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import org.magnolianews.host.author.apps.ItemValues;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.ContentRepository;

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
        List<String> published = content.publish(workspace, path, recursive, user);
        Optional<ContentTypeDefinition> type = registry.contentTypeOfWorkspace(workspace);
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

    /**
     * Publishes the folders above an item that are not live yet (news items sit in /YYYY/MM folders
     * created on save): editors publish items, and a folder is only their container. Pages are not
     * folders: a page still needs its parent page published first.
     */
    private void publishFolders(String workspace, String path, String user) {
        List<String> missing = repository.call(workspace, session -> {
            List<String> folders = new java.util.ArrayList<>();
            javax.jcr.Session live = repository.login(org.magnolianews.host.repository.WorkspaceLayout.live(workspace));
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
