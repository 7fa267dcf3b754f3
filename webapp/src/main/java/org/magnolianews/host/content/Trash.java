package org.magnolianews.host.content;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import javax.jcr.ItemExistsException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.news.slug.UniqueNames;

/**
 * Deleted items wait here until restored or purged (issue 10). The trash lives in the repository's
 * {@code default} workspace at {@code /trash/<workspace>/<identifier>}: an entry node saying who deleted what
 * from where and when, holding the item's whole subtree as {@code item}, copied there by JCR's cross-workspace
 * {@code Workspace.clone}, which keeps every identifier, so a restored item (cloned back the same way) has its old
 * identifier and references to it resolve again. Nothing reads the default workspace for the site or the apps,
 * so an item in the trash is gone from both. Entries older than the retention are purged by {@link #purgeExpired}.
 *
 * <p>A delete clones first and removes the original second: a crash in between leaves the item in both places
 * (nothing lost); its restore is then refused because the identifier exists, and a purge tidies the trash.
 */
public final class Trash {

    static final String WORKSPACE = "default";
    private static final String ROOT = "/trash";
    private static final String ITEM = "item";

    private final ContentRepository repository;
    private final ContentEvents events;
    private final Duration retention;

    Trash(ContentRepository repository, ContentEvents events, Duration retention) {
        this.repository = repository;
        this.events = events;
        this.retention = retention;
    }

    /** The item the restore brought back, and where (another name when its old one was taken meanwhile). */
    public record Restored(String workspace, String path, String identifier, boolean renamed) {
    }

    /** A restore that cannot happen: the message says why, in words an editor understands. */
    public static final class RestoreRefused extends RuntimeException {
        public RestoreRefused(String message) {
            super(message);
        }
    }

    public Duration retention() {
        return retention;
    }

    /**
     * Copies {@code node} (saved, with everything below it) into the trash. The caller removes it from its
     * workspace and saves; should that fail, it calls {@link #forget} with the returned entry id.
     */
    String moveIn(Node node, String user) throws RepositoryException {
        String workspace = node.getSession().getWorkspace().getName();
        String path = node.getPath();
        String id = node.getIdentifier();
        String title = titleOf(node);
        repository.call(WORKSPACE, session -> {
            Node folder = child(child(session.getRootNode(), ROOT.substring(1)), workspace);
            if (folder.hasNode(id)) {
                folder.getNode(id).remove(); // a leftover of an interrupted delete of this very item
            }
            Node entry = folder.addNode(id, "nt:unstructured");
            entry.setProperty("workspace", workspace);
            entry.setProperty("originalPath", path);
            entry.setProperty("title", title);
            entry.setProperty("deletedBy", user);
            entry.setProperty("deletedAt", calendar(Instant.now()));
            session.save();
            session.getWorkspace().clone(workspace, path, entry.getPath() + "/" + ITEM, false);
            return null;
        });
        return id;
    }

    /** Drops an entry without a trace (a delete that failed after copying). */
    void forget(String workspace, String id) {
        repository.call(WORKSPACE, session -> {
            String path = entryPath(workspace, id);
            if (session.nodeExists(path)) {
                session.getNode(path).remove();
                session.save();
            }
            return null;
        });
    }

    /** Everything in the trash, newest deletion first. */
    public List<TrashEntry> list() {
        return repository.call(WORKSPACE, session -> {
            List<TrashEntry> entries = new ArrayList<>();
            if (!session.nodeExists(ROOT)) {
                return entries;
            }
            for (NodeIterator workspaces = session.getNode(ROOT).getNodes(); workspaces.hasNext(); ) {
                for (NodeIterator it = workspaces.nextNode().getNodes(); it.hasNext(); ) {
                    entries.add(read(it.nextNode()));
                }
            }
            entries.sort(Comparator.comparing(TrashEntry::deletedAt).reversed());
            return entries;
        });
    }

    public Optional<TrashEntry> find(String workspace, String id) {
        return repository.call(WORKSPACE, session -> valid(workspace, id) && session.nodeExists(entryPath(workspace, id))
                ? Optional.of(read(session.getNode(entryPath(workspace, id)))) : Optional.<TrashEntry>empty());
    }

    /**
     * Puts an item back where it was, with its identifier and content, as a draft (it was taken off the site when
     * deleted). Missing folders are created again; when another item took its name meanwhile, it comes back under a
     * free name ({@code name-2}) and {@link Restored#renamed} says so.
     */
    public Restored restore(String workspace, String id, String user) {
        TrashEntry entry = find(workspace, id).orElseThrow(() -> new ItemNotFoundException(WORKSPACE, entryPath(workspace, id)));
        String original = entry.originalPath();
        int slash = original.lastIndexOf('/');
        String folderPath = slash <= 0 ? "/" : original.substring(0, slash);
        String name = original.substring(slash + 1);
        // Under the lock a create in that folder takes (and a save of the old path then waits for), as every
        // write of an item does (ItemLocks): the free name is chosen and the item cloned back in one step.
        String target = ItemLocks.of(repository).withLock(workspace, folderPath, () -> repository.call(workspace, session -> {
            Node identified = existing(session, id);
            if (identified != null) {
                throw new RestoreRefused("an item with this identifier is already in " + workspace + " at "
                        + identified.getPath() + "; purge this copy from the trash instead");
            }
            Node folder = Folders.ensure(session, folderPath, user, created -> { });
            session.save();
            String free = UniqueNames.freeName(folder, name);
            String path = (folder.getDepth() == 0 ? "" : folder.getPath()) + "/" + free;
            try {
                session.getWorkspace().clone(WORKSPACE, entryPath(workspace, id) + "/" + ITEM, path, false);
            } catch (ItemExistsException e) {
                throw new RestoreRefused("an item with this identifier or name is already in " + workspace + " at " + path);
            }
            return path;
        }));
        forget(workspace, id);
        events.fire(new ContentEvent(ContentEvent.Kind.RESTORED, workspace, List.of(id), List.of(target), user));
        return new Restored(workspace, target, id, !target.equals(original));
    }

    /** Removes an entry for good. */
    public void purge(String workspace, String id, String user) {
        TrashEntry entry = find(workspace, id).orElseThrow(() -> new ItemNotFoundException(WORKSPACE, entryPath(workspace, id)));
        forget(workspace, id);
        events.fire(new ContentEvent(ContentEvent.Kind.PURGED, workspace, List.of(id), List.of(entry.originalPath()), user));
    }

    /** The sweep: purges every entry deleted longer than the retention before {@code now}; returns how many. */
    public int purgeExpired(Instant now, String user) {
        int purged = 0;
        for (TrashEntry entry : list()) {
            if (!entry.expiresAt(retention).isAfter(now)) {
                purge(entry.workspace(), entry.id(), user);
                purged++;
            }
        }
        return purged;
    }

    private static boolean valid(String workspace, String id) {
        return workspace != null && id != null && workspace.matches("[a-z][a-z0-9_-]*") && id.matches("[0-9a-f-]{36}");
    }

    private static String entryPath(String workspace, String id) {
        return ROOT + "/" + workspace + "/" + id;
    }

    private static Node existing(Session session, String id) throws RepositoryException {
        try {
            return session.getNodeByIdentifier(id);
        } catch (javax.jcr.ItemNotFoundException e) {
            return null;
        }
    }

    private static Node child(Node parent, String name) throws RepositoryException {
        return parent.hasNode(name) ? parent.getNode(name) : parent.addNode(name, "nt:unstructured");
    }

    private static TrashEntry read(Node entry) throws RepositoryException {
        return new TrashEntry(entry.getName(), entry.getProperty("workspace").getString(),
                entry.getProperty("originalPath").getString(), entry.getProperty("title").getString(),
                entry.getProperty("deletedBy").getString(), entry.getProperty("deletedAt").getDate().toInstant());
    }

    /** The item's title in some language, else its name property, else its node name. */
    private static String titleOf(Node node) throws RepositoryException {
        for (String candidate : List.of("title", "title_en", "title_ru", "name", "name_en", "name_ru")) {
            if (node.hasProperty(candidate) && !node.getProperty(candidate).isMultiple()
                    && !node.getProperty(candidate).getString().isBlank()) {
                return node.getProperty(candidate).getString();
            }
        }
        return node.getName();
    }

    private static Calendar calendar(Instant at) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(at.toEpochMilli());
        return calendar;
    }
}
