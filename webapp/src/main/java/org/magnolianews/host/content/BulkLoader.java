package org.magnolianews.host.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.Audit;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.news.slug.Slugs;
import org.magnolianews.news.slug.UniqueNames;

/**
 * Creates many items of one content type through one session, saving every {@code batchSize}
 * items: the same validation and writing as {@link ContentService#create}, without a session and a
 * save per item. Identifiers of references already confirmed are remembered, so 100k articles
 * pointing at 50 subjects check each subject once. Items can be marked published on creation, for
 * datasets that are then cloned to the live workspace by folder.
 */
public final class BulkLoader implements AutoCloseable {

    private final ContentTypeDefinition type;
    private final Session session;
    private final ContentValidator validator;
    private final FolderPolicy folders;
    private final String user;
    private final int batchSize;
    private int pending;

    BulkLoader(DefinitionRegistry registry, ContentRepository repository, Languages languages, ContentTypeDefinition type,
               FolderPolicy folders, String user, int batchSize) {
        this.type = type;
        this.session = repository.login(type.workspace());
        ContentValidator.ReferenceLookup direct = ContentValidator.repositoryLookup(repository);
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        this.validator = new ContentValidator(registry, (workspace, id, nodeType) -> {
            String key = workspace + "/" + id + "/" + nodeType;
            if (confirmed.contains(key)) {
                return true;
            }
            boolean exists = direct.exists(workspace, id, nodeType);
            if (exists) {
                confirmed.add(key);
            }
            return exists;
        }, languages);
        this.folders = folders;
        this.user = user;
        this.batchSize = batchSize;
    }

    /** Adds an item; {@code published} stamps it as published now (the caller copies it to live). */
    public ContentService.Created add(Map<String, Object> values, boolean published) throws RepositoryException {
        Map<String, Object> converted = validator.validate(type, values, false);
        Node parent = folder(folders.folderFor(converted), published);
        String title = values.getOrDefault("title", values.getOrDefault("title_ru", type.name())).toString();
        Node item = parent.addNode(UniqueNames.freeName(parent, Slugs.slugify(title)), type.nodeType());
        new ContentWriter().write(item, converted);
        Audit.created(item, user);
        if (published) {
            markPublished(item);
        }
        if (++pending >= batchSize) {
            flush();
        }
        return new ContentService.Created(type.workspace(), item.getPath(), item.getIdentifier());
    }

    public void flush() throws RepositoryException {
        session.save();
        pending = 0;
    }

    /** Drops everything added since the last flush and ends the session: an all-or-nothing import that failed. */
    public void discard() {
        try {
            session.refresh(false);
        } catch (RepositoryException e) {
            // The session ends below without a save either way; nothing of this batch reaches the repository.
        } finally {
            session.logout();
        }
    }

    @Override
    public void close() throws RepositoryException {
        try {
            flush();
        } finally {
            session.logout();
        }
    }

    private Node folder(String path, boolean published) throws RepositoryException {
        List<Node> created = new ArrayList<>();
        Node folder = Folders.ensure(session, path, user, created::add);
        if (published) {
            for (Node node : created) {
                markPublished(node);
            }
        }
        return folder;
    }

    private void markPublished(Node node) throws RepositoryException {
        node.setProperty(MgnlNodeTypes.ACTIVATION_STATUS, true);
        node.setProperty(MgnlNodeTypes.LAST_ACTIVATED, node.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate());
        node.setProperty(MgnlNodeTypes.LAST_ACTIVATED_BY, user);
    }
}
