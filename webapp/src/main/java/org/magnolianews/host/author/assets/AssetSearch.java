package org.magnolianews.host.author.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.query.Query;
import org.magnolianews.host.author.apps.ListQuery;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.news.jcr.XPathQueries;

/** Assets of the DAM, newest first, optionally by full-text search: the Assets app's grid and the form's asset picker. */
final class AssetSearch {

    /** What a list of assets shows of one. */
    record AssetRow(String id, String path, String title, String caption, String credit, String rights,
                    String fileName, long width, long height, long size) {

        /** The key a field stores: {@code jcr:<uuid>}. */
        String key() {
            return "jcr:" + id;
        }
    }

    private final ContentRepository repository;

    AssetSearch(ContentRepository repository) {
        this.repository = repository;
    }

    /** @param terms already cleaned by {@link ListQuery#searchTerms}; empty: every asset */
    List<AssetRow> find(Optional<String> terms, long offset, int limit) {
        String condition = terms.filter(q -> !q.isEmpty()).map(q -> "jcr:contains(., " + XPathQueries.literal(q) + ")").orElse(null);
        String statement = XPathQueries.items(MgnlNodeTypes.ASSET, condition, "@" + MgnlNodeTypes.CREATED + " descending");
        return repository.call(WorkspaceLayout.DAM, session -> {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
            query.setLimit(limit);
            query.setOffset(offset);
            List<AssetRow> found = new ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                found.add(row(it.nextNode()));
            }
            return found;
        });
    }

    static AssetRow row(Node asset) throws RepositoryException {
        Node resource = asset.hasNode("jcr:content") ? asset.getNode("jcr:content") : null;
        return new AssetRow(asset.getIdentifier(), asset.getPath(), string(asset, "title", asset.getName()), string(asset, "caption", ""),
                string(asset, "copyright", ""), string(asset, "rights", ""), resource == null ? "" : string(resource, "fileName", ""),
                resource != null && resource.hasProperty("width") ? resource.getProperty("width").getLong() : 0,
                resource != null && resource.hasProperty("height") ? resource.getProperty("height").getLong() : 0,
                resource != null && resource.hasProperty("size") ? resource.getProperty("size").getLong() : 0);
    }

    private static String string(Node node, String property, String fallback) throws RepositoryException {
        return node.hasProperty(property) ? node.getProperty(property).getString() : fallback;
    }

    /** The assets directly in a folder, in the folder's order. */
    List<AssetRow> inFolder(String folderPath, long offset, int limit) {
        return repository.call(WorkspaceLayout.DAM, session -> {
            List<AssetRow> found = new ArrayList<>();
            long skipped = 0;
            for (NodeIterator it = session.getNode(folderPath).getNodes(); it.hasNext() && found.size() < limit; ) {
                javax.jcr.Node child = it.nextNode();
                if (child.isNodeType(MgnlNodeTypes.ASSET) && skipped++ >= offset) {
                    found.add(row(child));
                }
            }
            return found;
        });
    }

    /** The folders directly in a folder: name and path. */
    List<java.util.Map<String, String>> subfolders(String folderPath) {
        return repository.call(WorkspaceLayout.DAM, session -> {
            List<java.util.Map<String, String>> found = new ArrayList<>();
            for (NodeIterator it = session.getNode(folderPath).getNodes(); it.hasNext(); ) {
                javax.jcr.Node child = it.nextNode();
                if (child.isNodeType(MgnlNodeTypes.FOLDER)) {
                    found.add(java.util.Map.of("name", child.getName(), "path", child.getPath()));
                }
            }
            return found;
        });
    }
}
