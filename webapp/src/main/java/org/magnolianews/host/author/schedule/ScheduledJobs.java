package org.magnolianews.host.author.schedule;

import java.util.Calendar;
import java.util.UUID;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;

/**
 * Where scheduled publishes and unpublishes are kept: nodes in the {@code default} workspace under
 * {@code /authorSchedule}, so they survive a restart. The author UI and the commands API
 * ({@code publicationDate}) add jobs here; {@link PublishingScheduler} runs them when due.
 */
public final class ScheduledJobs {

    static final String WORKSPACE = "default";
    static final String ROOT = "authorSchedule";

    private final ContentRepository repository;

    public ScheduledJobs(ContentRepository repository) {
        this.repository = repository;
    }

    public ScheduledJob add(String action, String workspace, String identifier, String path, Calendar at, String user) {
        if (!action.equals(ScheduledJob.PUBLISH) && !action.equals(ScheduledJob.UNPUBLISH)) {
            throw new IllegalArgumentException("action must be publish or unpublish");
        }
        String id = UUID.randomUUID().toString();
        repository.call(WORKSPACE, session -> {
            Node job = root(session).addNode(id, "nt:unstructured");
            job.setProperty("action", action);
            job.setProperty("workspace", workspace);
            job.setProperty("identifier", identifier);
            job.setProperty("path", path);
            job.setProperty("at", at);
            job.setProperty("user", user);
            session.save();
            return null;
        });
        return new ScheduledJob(id, action, workspace, identifier, path, at, user, null);
    }

    /** The jobs' folder, made on first use (one writer at a time: two first jobs would both make it). */
    static synchronized Node root(Session session) throws RepositoryException {
        if (session.nodeExists("/" + ROOT)) {
            return session.getNode("/" + ROOT);
        }
        Node root = session.getRootNode().addNode(ROOT, "nt:unstructured");
        session.save();
        return root;
    }
}
