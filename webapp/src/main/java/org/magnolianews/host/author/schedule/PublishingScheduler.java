package org.magnolianews.host.author.schedule;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.author.versions.PublishingActions;
import org.magnolianews.host.repository.ContentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduled publishing. Jobs are nodes in the repository ({@code default} workspace,
 * {@code /authorSchedule/<id>}), so they survive a restart: a job due while the host was down runs
 * at the first poll after start. Jobs name their item by identifier, so a moved item is still found.
 * A failed run keeps the job with the reason, shown to editors, instead of retrying forever.
 */
public final class PublishingScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublishingScheduler.class);
    private static final String WORKSPACE = ScheduledJobs.WORKSPACE;

    private final ContentRepository repository;
    private final PublishingActions publishing;
    private final ScheduledJobs jobs;
    private final ScheduledExecutorService executor;

    public PublishingScheduler(ContentRepository repository, PublishingActions publishing, long pollMillis) {
        this.repository = repository;
        this.publishing = publishing;
        this.jobs = new ScheduledJobs(repository);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "publishing-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runDue, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    public ScheduledJob schedule(String action, String workspace, String identifier, String path, Calendar at, String user) {
        return jobs.add(action, workspace, identifier, path, at, user);
    }

    /** Jobs of one item (or all, when identifier is null), soonest first. */
    public List<ScheduledJob> jobs(String identifier) {
        return repository.call(WORKSPACE, session -> {
            List<ScheduledJob> jobs = new ArrayList<>();
            for (NodeIterator it = root(session).getNodes(); it.hasNext(); ) {
                ScheduledJob job = read(it.nextNode());
                if (identifier == null || job.identifier().equals(identifier)) {
                    jobs.add(job);
                }
            }
            jobs.sort((a, b) -> a.at().compareTo(b.at()));
            return jobs;
        });
    }

    public void cancel(String id) {
        repository.call(WORKSPACE, session -> {
            Node root = root(session);
            if (!id.matches("[0-9a-f-]{36}") || !root.hasNode(id)) {
                throw new IllegalArgumentException("no scheduled job " + id);
            }
            root.getNode(id).remove();
            session.save();
            return null;
        });
    }

    /** Runs every job that is due; called by the poller (and by tests that do not want to wait). */
    public void runDue() {
        try {
            Calendar now = Calendar.getInstance();
            for (ScheduledJob job : jobs(null)) {
                if (job.failure() == null && !job.at().after(now)) {
                    run(job);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled publishing poll failed: {}", e.getMessage());
        }
    }

    private void run(ScheduledJob job) {
        String failure = null;
        try {
            String path = repository.call(job.workspace(), session -> session.getNodeByIdentifier(job.identifier()).getPath());
            if (job.action().equals(ScheduledJob.PUBLISH)) {
                publishing.publish(job.workspace(), path, false, job.user());
            } else {
                publishing.unpublish(job.workspace(), path, job.user());
            }
            LOG.info("Scheduled {} of {}:{} done", job.action(), job.workspace(), path);
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("Scheduled {} of {}:{} failed: {}", job.action(), job.workspace(), job.path(), failure);
        }
        String reason = failure;
        repository.call(WORKSPACE, session -> {
            Node root = root(session);
            if (root.hasNode(job.id())) {
                if (reason == null) {
                    root.getNode(job.id()).remove();
                } else {
                    root.getNode(job.id()).setProperty("failure", reason);
                }
                session.save();
            }
            return null;
        });
    }

    private static ScheduledJob read(Node node) throws RepositoryException {
        return new ScheduledJob(node.getName(), node.getProperty("action").getString(), node.getProperty("workspace").getString(),
                node.getProperty("identifier").getString(), node.getProperty("path").getString(), node.getProperty("at").getDate(),
                node.getProperty("user").getString(), node.hasProperty("failure") ? node.getProperty("failure").getString() : null);
    }

    private static Node root(Session session) throws RepositoryException {
        return ScheduledJobs.root(session);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
