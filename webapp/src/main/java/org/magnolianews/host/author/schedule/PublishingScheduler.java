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
 * A failed run keeps the job with the reason, shown to editors, instead of retrying forever. On a cluster every
 * author node polls, and each due job is run by the one node that {@link #claim claims} it.
 */
public final class PublishingScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublishingScheduler.class);
    private static final String WORKSPACE = ScheduledJobs.WORKSPACE;

    private final ContentRepository repository;
    private final PublishingActions publishing;
    private final ScheduledJobs jobs;
    private final ScheduledExecutorService executor;
    /** Who claims jobs here: the cluster node's id (or "local") and this run, so a restarted node is another claimant. */
    private final String claimant;
    static final long CLAIM_TIMEOUT_MILLIS = 10L * 60 * 1000;

    public PublishingScheduler(ContentRepository repository, PublishingActions publishing, long pollMillis) {
        this.repository = repository;
        this.publishing = publishing;
        this.jobs = new ScheduledJobs(repository);
        this.claimant = repository.journal().map(j -> j.clusterId()).orElse("local") + "/" + java.util.UUID.randomUUID();
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
        if (!claim(job)) {
            return; // another author node of the cluster runs it
        }
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

    /**
     * Takes a due job for this node, so each job runs once however many author nodes poll (issue 11): on a cluster
     * node the shared database decides first ({@link org.magnolianews.host.cluster.ClusterJournal#claim}); then the
     * claim is a save of {@code claimedBy} on the job's node, which also keeps one node from running a job twice. A claim older
     * than {@link #CLAIM_TIMEOUT_MILLIS} belongs to a node that died while running the job: it is taken over, and the
     * job runs again (a publish is idempotent).
     */
    boolean claim(ScheduledJob job) {
        if (repository.journal().isPresent()) {
            try {
                if (!repository.journal().get().claim(job.id(), claimant, CLAIM_TIMEOUT_MILLIS)) {
                    return false; // another author node holds it
                }
            } catch (java.sql.SQLException e) {
                LOG.warn("Scheduled job {} could not be claimed: {}", job.id(), e.getMessage());
                return false;
            }
        }
        try {
            return repository.call(WORKSPACE, session -> {
                session.refresh(false);
                Node root = root(session);
                if (!root.hasNode(job.id())) {
                    return false;
                }
                Node node = root.getNode(job.id());
                long now = System.currentTimeMillis();
                if (node.hasProperty("failure") || node.hasProperty("claimedAt")
                        && now - node.getProperty("claimedAt").getDate().getTimeInMillis() < CLAIM_TIMEOUT_MILLIS) {
                    return false;
                }
                Calendar at = Calendar.getInstance();
                at.setTimeInMillis(now);
                node.setProperty("claimedBy", claimant);
                node.setProperty("claimedAt", at);
                try {
                    session.save();
                    return true;
                } catch (RepositoryException e) { // stale: claimed (or removed) elsewhere since it was read
                    LOG.debug("Scheduled job {} taken by another node: {}", job.id(), e.getMessage());
                    session.refresh(false);
                    return false;
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Scheduled job {} could not be claimed: {}", job.id(), e.getMessage());
            return false;
        }
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
