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
    private final ItemLocks locks;
    private final PageContentValidator pageValidator;
    private final Trash trash;

    public ContentService(DefinitionRegistry registry, ContentRepository repository, Languages languages,
                          ContentEvents events, Map<String, FolderPolicy> folderPolicies) {
        this.registry = registry;
        this.repository = repository;
        this.locks = ItemLocks.of(repository);
        this.languages = languages;
        this.validator = new ContentValidator(registry, repository, languages);
        this.publisher = new Publisher(repository);
        this.events = events;
        this.folderPolicies = Map.copyOf(folderPolicies);
        this.pageValidator = new PageContentValidator(registry, ContentValidator.repositoryLookup(repository), languages);
        this.trash = new Trash(repository, events, TrashSettings.fromEnvironment().retention());
    }

    /** Where deletes put items, to be restored or purged. */
    public Trash trash() {
        return trash;
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
        FieldError badName = name.isPresent() && !Slugs.isSlug(name.get())
                ? new FieldError("@name", "must be a slug: lower-case letters, digits and single hyphens, at most "
                        + Slugs.MAX_LENGTH + " characters")
                : null;
        Map<String, Object> converted;
        try {
            converted = validator.validate(type, values, false);
        } catch (ValidationException e) {
            if (badName == null) {
                throw e;
            }
            List<FieldError> all = new java.util.ArrayList<>(e.errors());
            all.add(0, badName);
            throw new ValidationException(all); // every bad field at once, the name included
        }
        if (badName != null) {
            throw new ValidationException(List.of(badName));
        }
        String folderPath = folder.orElseGet(() -> folderPolicies.getOrDefault(type.name(), FolderPolicy.ROOT).folderFor(converted));
        Created created = locks.withLock(type.workspace(), folderPath, () -> repository.call(type.workspace(), session -> {
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
        }));
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
        String identifier = locks.withLock(type.workspace(), path, () -> VersionCheck.saveGuarded(type.workspace(), path, () ->
                repository.call(type.workspace(), session -> {
                    Node item = item(session, path, type);
                    VersionCheck.checkNotChangedSince(item, path, expectedLastModified);
                    new ContentWriter().write(item, converted);
                    VersionCheck.stampModified(item, user);
                    session.save();
                    return item.getIdentifier();
                })));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, type.workspace(), List.of(identifier), List.of(path), user));
    }

    /**
     * Creates a folder ({@code mgnl:folder}) under an existing folder or the root of a workspace.
     * The name must be a slug.
     */
    public Created createFolder(String workspace, String parentPath, String name, String user) {
        if (name == null || !Slugs.isSlug(name)) {
            throw new ValidationException("name", "must be a slug: lower-case letters, digits and single hyphens, at most "
                    + Slugs.MAX_LENGTH + " characters");
        }
        Created created = locks.withLock(workspace, parentPath, () -> repository.call(workspace, session -> {
            if (!session.nodeExists(parentPath)) {
                throw new ItemNotFoundException(workspace, parentPath);
            }
            Node parent = session.getNode(parentPath);
            if (parent.getDepth() > 0 && !parent.isNodeType(MgnlNodeTypes.FOLDER)) {
                throw new ValidationException("path", "a folder can only be created in a folder or at the root");
            }
            if (parent.hasNode(name)) {
                throw new ValidationException("name", "'" + name + "' already exists in " + parent.getPath());
            }
            Node folder = parent.addNode(name, MgnlNodeTypes.FOLDER);
            Audit.created(folder, user);
            session.save();
            return new Created(workspace, folder.getPath(), folder.getIdentifier());
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, workspace, List.of(created.identifier()), List.of(created.path()), user));
        return created;
    }

    /**
     * Creates a page, area or component in the website workspace, validated against the page
     * template, its areas and the component's dialog (see {@link PageContentValidator}).
     */
    public Created createPageNode(String parentPath, String name, String nodeType, Map<String, Object> values, String user) {
        String workspace = org.magnolianews.host.repository.WorkspaceLayout.WEBSITE;
        Created created = locks.withLock(workspace, parentPath, () -> repository.call(workspace, session -> {
            if (!session.nodeExists(parentPath)) {
                throw new ItemNotFoundException(workspace, parentPath);
            }
            Node parent = session.getNode(parentPath);
            Map<String, Object> converted = pageValidator.validateCreate(parent, name, nodeType, values);
            if (parent.hasNode(name)) {
                throw new ValidationException("name", "'" + name + "' already exists in " + parent.getPath());
            }
            Node node = parent.addNode(name, nodeType);
            new ContentWriter().write(node, converted);
            Audit.created(node, user);
            ContentTree.touchPage(parent, user);
            session.save();
            return new Created(workspace, node.getPath(), node.getIdentifier());
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, workspace, List.of(created.identifier()), List.of(created.path()), user));
        return created;
    }

    /** Changes the given properties of a page or component (others stay); see {@link #update} for the version check. */
    public void updatePageNode(String path, Map<String, Object> values, Optional<Calendar> expectedLastModified, String user) {
        String workspace = org.magnolianews.host.repository.WorkspaceLayout.WEBSITE;
        String identifier = locks.withLock(workspace, path, () -> VersionCheck.saveGuarded(workspace, path, () ->
                repository.call(workspace, session -> {
                    if (!session.nodeExists(path) || session.getNode(path).getDepth() == 0) {
                        throw new ItemNotFoundException(workspace, path);
                    }
                    Node node = session.getNode(path);
                    Map<String, Object> converted = pageValidator.validateUpdate(node, values);
                    VersionCheck.checkNotChangedSince(node, path, expectedLastModified);
                    new ContentWriter().write(node, converted);
                    VersionCheck.stampModified(node, user);
                    if (node.getDepth() > 1) {
                        ContentTree.touchPage(node.getParent(), user);
                    }
                    session.save();
                    return node.getIdentifier();
                })));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, workspace, List.of(identifier), List.of(path), user));
    }

    /**
     * Deletes a node and everything below it from the author workspace into the {@link Trash}. Refused while the node or
     * a publishable node below it is published: unpublish first, so the live site never keeps an
     * item the author side no longer knows (and could no longer unpublish).
     */
    public void delete(String workspace, String path, String user) {
        List<String> identifiers = locks.withLock(workspace, path, () -> repository.call(workspace, session -> {
            if (!session.nodeExists(path) || session.getNode(path).getDepth() == 0) {
                throw new ItemNotFoundException(workspace, path);
            }
            Node node = session.getNode(path);
            String published = ContentTree.firstPublished(node);
            if (published != null) {
                throw new PublishedContentException(workspace, published);
            }
            List<String> ids = List.of(node.getIdentifier());
            Node parent = node.getParent();
            removeToTrash(node, user, () -> {
                if (parent.getDepth() > 0) {
                    ContentTree.touchPage(parent, user);
                }
            });
            return ids;
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.DELETED, workspace, identifiers, List.of(path), user));
    }

    /**
     * The first node at or below a path that is live (published or modified since), if any: what
     * deleting or moving the path would take off the site. Empty also when nothing is at the path.
     */
    public Optional<String> firstPublishedIn(String workspace, String path) {
        return repository.call(workspace, session -> session.nodeExists(path)
                ? Optional.ofNullable(ContentTree.firstPublished(session.getNode(path))) : Optional.<String>empty());
    }

    /** Publishes a node (with its publishable descendants when recursive); returns the paths published. */
    public List<String> publish(String workspace, String path, boolean recursive, String user) {
        List<String> paths = locks.exclusively(workspace, path,
                () -> repositoryWork(workspace, path, () -> publisher.publish(workspace, path, recursive, user)));
        events.fire(new ContentEvent(ContentEvent.Kind.PUBLISHED, workspace, identifiers(workspace, paths), paths, user));
        return paths;
    }

    /** Removes a node from the live workspace; returns the identifiers removed. */
    public List<String> unpublish(String workspace, String path, String user) {
        List<String> identifiers = locks.exclusively(workspace, path,
                () -> repositoryWork(workspace, path, () -> publisher.unpublish(workspace, path, user)));
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

    /**
     * Deletes an item as the author UI's delete action does: taken off the live workspace first, then
     * removed from the author side. ({@link #delete(String, String, String)} refuses published nodes instead.)
     */
    public void unpublishAndDelete(String contentTypeName, String path, String user) {
        ContentTypeDefinition type = contentType(contentTypeName);
        String identifier = repository.call(type.workspace(), session -> item(session, path, type).getIdentifier());
        // The workspace lock is reentrant: unpublish takes it again inside; no update can land in between.
        List<String> unpublished = locks.exclusively(type.workspace(), path, () -> {
            List<String> removedFromLive = unpublish(type.workspace(), path, user);
            repository.call(type.workspace(), session -> {
                removeToTrash(session.getNode(path), user, () -> { });
                return null;
            });
            return removedFromLive;
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
        return move(contentTypeName, path, targetFolder, newName, user, true);
    }

    /**
     * The same; without {@code mayMovePublished} the move is refused with {@link PublishedContentException} when
     * the item or anything below it is published, checked inside the item's lock, so a publish cannot land between
     * the check and the move (moving takes published content off its address: a publisher's decision).
     */
    public String move(String contentTypeName, String path, String targetFolder, String newName, String user,
                       boolean mayMovePublished) {
        ContentTypeDefinition type = contentType(contentTypeName);
        if (!Slugs.isSlug(newName)) {
            throw new ValidationException("@name", "must be a slug: lower-case letters, digits and single hyphens, at most "
                    + Slugs.MAX_LENGTH + " characters");
        }
        if (!targetFolder.startsWith("/") || targetFolder.contains("//") || targetFolder.contains("..")) {
            throw new ValidationException("@folder", "must be an absolute folder path such as /2025/01");
        }
        String[] moved = locks.withLock(type.workspace(), path, () -> repository.call(type.workspace(), session -> {
            Node item = item(session, path, type);
            String published = mayMovePublished ? null : ContentTree.firstPublished(item);
            if (published != null) {
                throw new PublishedContentException(type.workspace(), published);
            }
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
        }));
        events.fire(new ContentEvent(ContentEvent.Kind.SAVED, type.workspace(), List.of(moved[0]), List.of(path, moved[1]), user));
        return moved[1];
    }

    /** Copies a saved node into the trash, then removes it (with {@code also}) in one save; a failed save leaves no entry. */
    private void removeToTrash(Node node, String user, AlsoInSave also) throws RepositoryException {
        Session session = node.getSession();
        String entry = trash.moveIn(node, user);
        try {
            node.remove();
            also.run();
            session.save();
        } catch (RepositoryException | RuntimeException e) {
            session.refresh(false);
            trash.forget(session.getWorkspace().getName(), entry);
            throw e;
        }
    }

    private interface AlsoInSave {
        void run() throws RepositoryException;
    }

    private interface RepositoryWork<T> {
        T run() throws RepositoryException;
    }

    private static <T> T repositoryWork(String workspace, String path, RepositoryWork<T> work) {
        try {
            return work.run();
        } catch (javax.jcr.PathNotFoundException e) {
            throw new ItemNotFoundException(workspace, path);
        } catch (javax.jcr.InvalidItemStateException | javax.jcr.ItemExistsException e) {
            throw new ConcurrentEditException(path, null); // saved meanwhile by a writer outside these locks
        } catch (RepositoryException e) {
            throw new org.magnolianews.host.repository.RepositoryFailure(workspace + ":" + path, e);
        }
    }

    /**
     * Finishes the publishes and unpublishes a stopped process left half done (see Publisher); call once at
     * start, before serving, after the listeners that must hear of them subscribed. Returns how many there were.
     */
    public int finishInterruptedPublishing() {
        List<Publisher.Finished> finished = publisher.finishInterrupted();
        for (Publisher.Finished done : finished) {
            // Announced like any publish, so whoever listens (the audit trail) learns of it.
            events.fire(new ContentEvent(done.published() ? ContentEvent.Kind.PUBLISHED : ContentEvent.Kind.UNPUBLISHED,
                    done.workspace(), done.published() ? identifiers(done.workspace(), done.changed()) : done.changed(),
                    done.published() ? done.changed() : List.of(done.path()), done.user()));
        }
        return finished.size();
    }

    /** A loader for many items of one type in one session; see {@link BulkLoader}. */
    public BulkLoader bulkLoader(String contentTypeName, String user, int batchSize) {
        ContentTypeDefinition type = contentType(contentTypeName);
        return new BulkLoader(registry, repository, languages, type,
                folderPolicies.getOrDefault(type.name(), FolderPolicy.ROOT), user, batchSize);
    }

    /** Creates the folders of a path that do not exist yet (mgnl:folder), returning the last. */
    public Node folders(Session session, String folderPath, String user) throws RepositoryException {
        return Folders.ensure(session, folderPath, user, folder -> { });
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
