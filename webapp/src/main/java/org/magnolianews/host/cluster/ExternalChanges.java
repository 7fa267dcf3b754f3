package org.magnolianews.host.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;
import javax.jcr.observation.EventIterator;
import javax.jcr.observation.EventListener;
import org.apache.jackrabbit.api.observation.JackrabbitEvent;
import org.magnolianews.host.content.ContentEvent;
import org.magnolianews.host.content.ContentEvents;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.RepositoryFailure;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings changes made on other cluster nodes into this node's {@link ContentEvents}, so every cache and index that
 * listens there (delivery responses, the newest-first index, pages, counts, the admincentral's lists) drops what
 * another node published, unpublished or saved, as it does for a change made here.
 *
 * <p>Jackrabbit applies what another node saved when it reads the cluster journal (every {@code syncDelay}) and
 * then delivers it to observation listeners as external events ({@link JackrabbitEvent#isExternal()}); by then the
 * change is readable here. One journal record arrives as one batch of events: its changes on a live workspace become
 * a {@code PUBLISHED} event (nodes added or changed) and an {@code UNPUBLISHED} event (nodes removed), named by the
 * author workspace as local publishes are; on an author workspace {@code SAVED} and {@code DELETED}. Local changes
 * are ignored here: {@code ContentService} announces those itself, before the write returns.
 *
 * <p>The delay from the save on the other node to the event here is recorded as
 * {@code news_cluster_change_delay_seconds} (the node clocks must agree, as NTP keeps them).
 */
public final class ExternalChanges implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalChanges.class);
    private static final int TYPES = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED | Event.PROPERTY_ADDED
            | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;

    private final List<Session> sessions = new ArrayList<>();
    private final ContentEvents events;
    private final Timer delay;

    private ExternalChanges(ContentEvents events, MeterRegistry registry) {
        this.events = events;
        this.delay = Timer.builder("news.cluster.change.delay")
                .description("from a save on another cluster node to its content event here (journal sync included)")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    /** Listens to every content workspace and its live twin until closed. */
    public static ExternalChanges listen(ContentRepository repository, ContentEvents events, MeterRegistry registry) {
        ExternalChanges changes = new ExternalChanges(events, registry);
        try {
            for (String workspace : repository.layout().contentWorkspaces()) {
                changes.listen(repository, workspace, workspace, false);
                changes.listen(repository, WorkspaceLayout.live(workspace), workspace, true);
            }
            return changes;
        } catch (RepositoryException | RuntimeException e) {
            changes.close();
            throw e instanceof RuntimeException runtime ? runtime : new RepositoryFailure("cannot observe other nodes' changes", e);
        }
    }

    private void listen(ContentRepository repository, String workspace, String named, boolean live) throws RepositoryException {
        Session session = repository.login(workspace);
        sessions.add(session);
        session.getWorkspace().getObservationManager().addEventListener(new Listener(named, live), TYPES, "/", true, null, null, false);
    }

    private final class Listener implements EventListener {
        private final String workspace;
        private final boolean live;

        Listener(String workspace, boolean live) {
            this.workspace = workspace;
            this.live = live;
        }

        @Override
        public void onEvent(EventIterator batch) {
            Set<String> changedIds = new LinkedHashSet<>();
            Set<String> changedPaths = new LinkedHashSet<>();
            Set<String> removedIds = new LinkedHashSet<>();
            Set<String> removedPaths = new LinkedHashSet<>();
            String user = "";
            long earliest = Long.MAX_VALUE;
            try {
                while (batch.hasNext()) {
                    Event event = batch.nextEvent();
                    if (!(event instanceof JackrabbitEvent jackrabbit) || !jackrabbit.isExternal()) {
                        continue;
                    }
                    earliest = Math.min(earliest, event.getDate());
                    user = event.getUserID() == null ? "" : event.getUserID();
                    boolean property = (event.getType() & (Event.PROPERTY_ADDED | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED)) != 0;
                    String path = property ? parentOf(event.getPath()) : event.getPath();
                    if (event.getType() == Event.NODE_REMOVED) {
                        removedIds.add(event.getIdentifier());
                        removedPaths.add(path);
                    } else {
                        changedIds.add(event.getIdentifier());
                        changedPaths.add(path);
                    }
                }
            } catch (RepositoryException e) {
                LOG.warn("An external change of {} could not be read; caches expire it: {}", workspace, e.getMessage());
                return;
            }
            if (earliest == Long.MAX_VALUE) {
                return; // a local batch: ContentService announced it already
            }
            changedIds.removeAll(removedIds);
            if (!removedIds.isEmpty()) {
                fire(live ? ContentEvent.Kind.UNPUBLISHED : ContentEvent.Kind.DELETED, removedIds, removedPaths, user);
            }
            if (!changedIds.isEmpty()) {
                fire(live ? ContentEvent.Kind.PUBLISHED : ContentEvent.Kind.SAVED, changedIds, changedPaths, user);
            }
            delay.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - earliest)));
        }

        private void fire(ContentEvent.Kind kind, Set<String> identifiers, Set<String> paths, String user) {
            try {
                events.fire(new ContentEvent(kind, workspace, List.copyOf(identifiers), List.copyOf(paths), user, true));
            } catch (RuntimeException e) { // one failing subscriber must not stop the observation thread
                LOG.warn("A subscriber failed on another node's change of {}: {}", workspace, e.toString());
            }
        }
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    @Override
    public void close() {
        sessions.forEach(Session::logout);
        sessions.clear();
    }
}
