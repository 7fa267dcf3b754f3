package org.magnolianews.host.content;

import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.Audit;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.Publisher;
import org.magnolianews.news.slug.Slugs;
import org.magnolianews.news.slug.UniqueNames;

/**
 * The one place that changes content: the management API, the author UI, the sample content and
 * the generator all write through here, so they share validation, naming and events.
 * A write is validated completely before the first node is touched, and saved in one session save:
 * it lands whole or not at all.
 */
public final class ContentService {

    private final DefinitionRegistry registry;
    private final ContentRepository repository;
    private final Languages languages;
    private final ContentValidator validator;
    private final Publisher publisher;
    private final ContentEvents events;
    private final Map<String, FolderPolicy> folderPolicies;

    public ContentService(DefinitionRegistry registry, ContentRepository repository, Languages languages,
                          ContentEvents events, Map<String, FolderPolicy> folderPolicies) {
        this.registry = registry;
        this.repository = repository;
        this.languages = languages;
        this.validator = new ContentValidator(registry, repository, languages);
        this.publisher = new Publisher(repository);
        this.events = events;
        this.folderPolicies = Map.copyOf(folderPolicies);
    }

    /** What a create returns: where the item landed. */
    public record Created(String workspace, String path, String identifier) {
    }

    /**
     * Creates an item of a content type.
     *
     * @param folder where to put it; empty: where the content type's folder policy says (news: /YYYY/MM)
     * @param name   node name; empty: a slug of the title, made unique in its folder
     */
    public Created create(String contentTypeName, Optional<String> folder, Optional<String> name,
                          Map<String, Object> values, String user) {
        ContentTypeDefinition type = contentType(contentTypeName);
        Map<String, Object> converted = validator.validate(type, values, false);
        if (name.isPresent() && !Slugs.isSlug(name.get())) {
            throw new ValidationException("@name", "must be a slug: lower-case letters, digits and single hyphens, at most "
                    + Slugs.MAX_LENGTH + " characters");
        }
        String folderPath = folder.orElseGet(() -> folderPolicies.getOrDefault(type.name(), FolderPolicy.ROOT).folderFor(converted));
        Created created = repository.call(type.workspace(), session -> {
            Node parent = folders(session, folderPath, user);
            String nodeName = name.isPresent() ? name.get() : UniqueNames.freeName(parent, Slugs.slugify(titleOf(type, converted)));
            if (parent.hasNode(nodeName)) {
                throw new ValidationException("@name", "an item named '" + nodeName + "' already exists in " + parent.getPath());
            }
            Node item = parent.addNode(nodeName, type.nodeType());
            new ContentWriter().write(item, converted);
            Audit.created(item, user);
            session.save();
            return new Created(type.workspace(), item.getPath(), item.getIdentifier());
        });
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, type.workspace(), List.of(created.identifier()),
                List.of(created.path()), user));
        return created;
    }

    /**
     * Changes the given properties of an item (others stay). With {@code expectedLastModified}, the
     * update is refused with {@link ConcurrentEditException} when someone saved the item since.
     */
    public void update(String contentTypeName, String path, Map<String, Object> values,
                       Optional<Calendar> expectedLastModified, String user) {
        ContentTypeDefinition type = contentType(contentTypeName);
        Map<String, Object> converted = validator.validate(type, values, true);
        String identifier = repository.call(type.workspace(), session -> {
            Node item = item(session, path, type);
            if (expectedLastModified.isPresent() && item.hasProperty(MgnlNodeTypes.LAST_MODIFIED)
                    // Compare instants: Calendar.equals also compares time zones, which differ once read back from JCR.
                    && item.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate().getTimeInMillis() != expectedLastModified.get().getTimeInMillis()) {
                throw new ConcurrentEditException(path, item.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate());
            }
            new ContentWriter().write(item, converted);
            Audit.modified(item, user);
            session.save();
            return item.getIdentifier();
        });
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, type.workspace(), List.of(identifier), List.of(path), user));
    }

    /** Publishes a node (with its publishable descendants when recursive); returns the paths published. */
    public List<String> publish(String workspace, String path, boolean recursive, String user) {
        List<String> paths = repositoryWork(workspace, path, () -> publisher.publish(workspace, path, recursive, user));
        events.fire(new ContentEvent(ContentEvent.Kind.PUBLISHED, workspace, identifiers(workspace, paths), paths, user));
        return paths;
    }

    /** Removes a node from the live workspace; returns the identifiers removed. */
    public List<String> unpublish(String workspace, String path, String user) {
        List<String> identifiers = repositoryWork(workspace, path, () -> publisher.unpublish(workspace, path, user));
        events.fire(new ContentEvent(ContentEvent.Kind.UNPUBLISHED, workspace, identifiers, List.of(path), user));
        return identifiers;
    }

    /**
     * Checks values against a content type without writing (bulk import checks a whole file first).
     *
     * @throws ValidationException listing every bad field
     */
    public void validate(String contentTypeName, Map<String, Object> values) {
        validator.validate(contentType(contentTypeName), values, false);
    }

    /** Deletes an item: it is taken off the live workspace first, then removed from the author side. */
    public void delete(String contentTypeName, String path, String user) {
        ContentTypeDefinition type = contentType(contentTypeName);
        String identifier = repository.call(type.workspace(), session -> item(session, path, type).getIdentifier());
        List<String> unpublished = unpublish(type.workspace(), path, user);
        repository.call(type.workspace(), session -> {
            session.getNode(path).remove();
            session.save();
            return null;
        });
        events.fire(new ContentEvent(ContentEvent.Kind.DELETED, type.workspace(), List.of(identifier), List.of(path), user));
        if (!unpublished.isEmpty()) {
            events.fire(new ContentEvent(ContentEvent.Kind.UNPUBLISHED, type.workspace(), unpublished, List.of(path), user));
        }
    }

    /**
     * Moves and/or renames an item on the author side (the live copy follows on the next publish,
     * as in Magnolia); the item counts as modified. Returns the new path.
     */
    public String move(String contentTypeName, String path, String targetFolder, String newName, String user) {
        ContentTypeDefinition type = contentType(contentTypeName);
        if (!Slugs.isSlug(newName)) {
            throw new ValidationException("@name", "must be a slug: lower-case letters, digits and single hyphens, at most "
                    + Slugs.MAX_LENGTH + " characters");
        }
        if (!targetFolder.startsWith("/") || targetFolder.contains("//") || targetFolder.contains("..")) {
            throw new ValidationException("@folder", "must be an absolute folder path such as /2025/01");
        }
        String[] moved = repository.call(type.workspace(), session -> {
            Node item = item(session, path, type);
            Node parent = folders(session, targetFolder, user);
            if (parent.isNodeType(type.nodeType())) {
                throw new ValidationException("@folder", "is an item, not a folder");
            }
            String target = (parent.getDepth() == 0 ? "" : parent.getPath()) + "/" + newName;
            if (!target.equals(path)) {
                if (session.nodeExists(target)) {
                    throw new ValidationException("@name", "an item named '" + newName + "' already exists in " + parent.getPath());
                }
                session.move(path, target);
            }
            Audit.modified(item, user);
            session.save();
            return new String[] {item.getIdentifier(), target};
        });
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, type.workspace(), List.of(moved[0]), List.of(path, moved[1]), user));
        return moved[1];
    }

    private interface RepositoryWork<T> {
        T run() throws RepositoryException;
    }

    private static <T> T repositoryWork(String workspace, String path, RepositoryWork<T> work) {
        try {
            return work.run();
        } catch (javax.jcr.PathNotFoundException e) {
            throw new ItemNotFoundException(workspace, path);
        } catch (RepositoryException e) {
            throw new org.magnolianews.host.repository.RepositoryFailure(workspace + ":" + path, e);
        }
    }

    /** A loader for many items of one type in one session; see {@link BulkLoader}. */
    public BulkLoader bulkLoader(String contentTypeName, String user, int batchSize) {
        ContentTypeDefinition type = contentType(contentTypeName);
        return new BulkLoader(registry, repository, languages, type,
                folderPolicies.getOrDefault(type.name(), FolderPolicy.ROOT), user, batchSize);
    }

    /** Creates the folders of a path that do not exist yet (mgnl:folder), returning the last. */
    public Node folders(Session session, String folderPath, String user) throws RepositoryException {
        Node current = session.getRootNode();
        for (String segment : folderPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (current.hasNode(segment)) {
                current = current.getNode(segment);
            } else {
                current = current.addNode(segment, MgnlNodeTypes.FOLDER);
                Audit.created(current, user);
            }
        }
        return current;
    }

    public ContentTypeDefinition contentType(String name) {
        return registry.contentType(name).orElseThrow(() -> new ValidationException("contentType", "no content type '" + name + "'"));
    }

    private List<String> identifiers(String workspace, List<String> paths) {
        return repository.call(workspace, session -> {
            List<String> ids = new java.util.ArrayList<>();
            for (String p : paths) {
                ids.add(session.getNode(p).getIdentifier());
            }
            return ids;
        });
    }

    private static Node item(Session session, String path, ContentTypeDefinition type) throws RepositoryException {
        if (!session.nodeExists(path)) {
            throw new ItemNotFoundException(type.workspace(), path);
        }
        Node item = session.getNode(path);
        if (!item.isNodeType(type.nodeType())) {
            throw new ItemNotFoundException(type.workspace(), path);
        }
        return item;
    }

    /** The text a new item's slug comes from: its title in any language, else its name property. */
    private static String titleOf(ContentTypeDefinition type, Map<String, Object> values) {
        for (String key : values.keySet()) {
            if ((key.equals("title") || key.startsWith("title_") || key.equals("name") || key.startsWith("name_"))
                    && values.get(key) instanceof String text) {
                return text;
            }
        }
        return type.name();
    }
}
