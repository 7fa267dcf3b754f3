package org.magnolianews.host.repository;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies content from a workspace into its live twin, keeping identifiers, as Magnolia's publishing
 * does between author and public instances.
 *
 * <p>What travels with a node: its properties and its data children (areas, components, sub-model
 * nodes: anything that is not itself publishable). Publishable children (items, pages, folders)
 * travel only with a recursive publish, so a draft child never reaches the live side through its
 * parent. Re-publishing updates the live node in place, so its published children stay published.
 *
 * <p>One publish is one change of the live side: staged in the live session ({@link LiveCopy}) and
 * saved once, inside the {@link LiveGate}, so readers see all of it or none. The author side's status
 * follows in a second save; the {@link PublishJournal} records the intent before either, so a crash
 * between the two is finished on the next start ({@link #finishInterrupted}). Callers serialise
 * publishes of one workspace (ContentService's workspace locks).
 */
public final class Publisher {

    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final ContentRepository repository;
    private final PublishJournal journal;

    public Publisher(ContentRepository repository) {
        this.repository = repository;
        this.journal = new PublishJournal(repository);
    }

    /**
     * Publishes the node at {@code path}. Returns the paths now live. The caller holds no sessions;
     * both sides are saved here.
     */
    public List<String> publish(String workspace, String path, boolean recursive, String user) throws RepositoryException {
        return underIntent(PublishJournal.Action.PUBLISH, workspace, path, recursive, user, source -> {
            String parentPath = source.getDepth() == 1 ? "/" : source.getParent().getPath();
            if (!liveNodeExists(workspace, parentPath)) {
                throw new PublishingException.ParentNotPublished(workspace, path, parentPath);
            }
        });
    }

    /** Removes the node (and everything below it) from the live workspace. Returns the removed identifiers. */
    public List<String> unpublish(String workspace, String path, String user) throws RepositoryException {
        return underIntent(PublishJournal.Action.UNPUBLISH, workspace, path, false, user, source -> { });
    }

    /** What must hold of the author node before an intent is written. */
    private interface Precondition {
        void check(Node source) throws RepositoryException;
    }

    /** Checks, writes the intent, carries it out on both sides, strikes it out. */
    private List<String> underIntent(PublishJournal.Action action, String workspace, String path, boolean recursive, String user,
                                     Precondition precondition) throws RepositoryException {
        Session author = repository.login(workspace);
        try {
            Node source = author.getNode(path);
            precondition.check(source);
            PublishJournal.Intent intent = journal.begin(action, workspace, source.getIdentifier(), path, recursive, user,
                    Calendar.getInstance());
            List<String> changed = carryOut(intent, author);
            journal.end(intent);
            return changed;
        } finally {
            author.logout();
        }
    }

    /** A publish or unpublish that a stopped process left half done and this start finished. */
    public record Finished(boolean published, String workspace, String path, List<String> changed, String user) {
    }

    /**
     * Carries out the intents a stopped process left in the journal (see {@link PublishJournal}); call before
     * serving. Returns what was finished.
     */
    public List<Finished> finishInterrupted() {
        List<Finished> finished = new ArrayList<>();
        for (PublishJournal.Intent intent : journal.pending()) {
            try {
                Session author = repository.login(intent.workspace());
                try {
                    List<String> changed = carryOut(intent, author);
                    finished.add(new Finished(intent.action() == PublishJournal.Action.PUBLISH, intent.workspace(),
                            intent.path(), changed, intent.user()));
                } finally {
                    author.logout();
                }
                LOG.warn("Finished an interrupted {} of {}:{} (by {}, started {})", intent.action().name().toLowerCase(),
                        intent.workspace(), intent.path(), intent.user(), intent.at().toInstant());
            } catch (ItemNotFoundException gone) {
                LOG.warn("Dropped an interrupted publish of {}:{}: the item no longer exists on the author side",
                        intent.workspace(), intent.path());
            } catch (RepositoryException | RuntimeException e) {
                throw new RepositoryFailure("cannot finish the interrupted " + intent.action().name().toLowerCase()
                        + " of " + intent.workspace() + ":" + intent.path(), e);
            }
            journal.end(intent);
        }
        return finished;
    }

    /** Does what the intent says, both sides; running it twice gives the same result as once. */
    private List<String> carryOut(PublishJournal.Intent intent, Session author) throws RepositoryException {
        Node source = LiveCopy.find(author, intent.identifier());
        if (source == null && intent.action() == PublishJournal.Action.PUBLISH) {
            throw new ItemNotFoundException(intent.identifier());
        }
        Session live = repository.login(WorkspaceLayout.live(intent.workspace()));
        try {
            List<String> changed = new ArrayList<>();
            if (intent.action() == PublishJournal.Action.PUBLISH) {
                // Stamped first (unsaved), so the live copy carries the same status and the mark clearing.
                markPublished(source, intent.recursive(), intent.user(), intent.at(), changed);
                LiveCopy.stage(source, live, intent.recursive());
                repository.liveGate().commit(live::save);
            } else {
                Node liveNode = LiveCopy.find(live, intent.identifier());
                if (liveNode != null) {
                    collectPublishable(liveNode, changed);
                    liveNode.remove();
                    repository.liveGate().commit(live::save);
                }
                if (source != null) {
                    markUnpublished(source, intent.user());
                }
            }
            author.save();
            return changed;
        } finally {
            live.logout();
        }
    }

    private boolean liveNodeExists(String workspace, String path) {
        return repository.call(WorkspaceLayout.live(workspace), live -> live.nodeExists(path));
    }

    public static boolean isPublishable(Node node) throws RepositoryException {
        return node.isNodeType(MgnlNodeTypes.CONTENT) && !node.isNodeType(MgnlNodeTypes.CONTENT_NODE)
                || node.isNodeType(MgnlNodeTypes.FOLDER);
    }

    private void markPublished(Node node, boolean recursive, String user, Calendar at, List<String> published)
            throws RepositoryException {
        node.setProperty(MgnlNodeTypes.ACTIVATION_STATUS, true);
        Audit.clearModifiedSincePublication(node);
        node.setProperty(MgnlNodeTypes.LAST_ACTIVATED, at);
        node.setProperty(MgnlNodeTypes.LAST_ACTIVATED_BY, user);
        published.add(node.getPath());
        if (recursive) {
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (isPublishable(child)) {
                    markPublished(child, true, user, at, published);
                }
            }
        }
    }

    private void markUnpublished(Node node, String user) throws RepositoryException {
        node.setProperty(MgnlNodeTypes.ACTIVATION_STATUS, false);
        Audit.clearModifiedSincePublication(node);
        node.setProperty(MgnlNodeTypes.LAST_ACTIVATED_BY, user);
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isPublishable(child) && child.hasProperty(MgnlNodeTypes.ACTIVATION_STATUS)) {
                markUnpublished(child, user);
            }
        }
    }

    private static void collectPublishable(Node node, List<String> identifiers) throws RepositoryException {
        identifiers.add(node.getIdentifier());
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (isPublishable(child)) {
                collectPublishable(child, identifiers);
            }
        }
    }
}
