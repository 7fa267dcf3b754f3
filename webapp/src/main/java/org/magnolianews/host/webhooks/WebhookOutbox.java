package org.magnolianews.host.webhooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;

/**
 * The webhook deliveries, persisted in the repository (workspace {@code default}, {@code /webhooks}), so a crash or a
 * restart loses none and a cluster's author nodes share them: {@code pending/<key>} waits for its next try,
 * {@code done/<key>} was delivered or given up. Each delivery keeps its body, its idempotency key (the node name, chosen
 * once when the event is recorded) and one {@code attempt-<n>} child per try (when, HTTP status, duration, error).
 * Writes are serialised here: the publish thread adds deliveries while the senders record tries.
 */
public final class WebhookOutbox {

    static final String WORKSPACE = "default";
    static final String ROOT = "/webhooks";
    static final String PENDING = ROOT + "/pending";
    static final String DONE = ROOT + "/done";
    /** Delivered and given-up deliveries kept for the log; older ones are removed as new ones finish. */
    static final int KEEP_DONE = 2000;

    private final ContentRepository repository;

    public WebhookOutbox(ContentRepository repository) {
        this.repository = repository;
    }

    /** Creates the folders, so author nodes of a cluster do not race to create them with their first deliveries. */
    public synchronized void prepare() {
        retried(() -> repository.call(WORKSPACE, session -> {
            folder(session, PENDING);
            folder(session, DONE);
            session.save();
            return null;
        }));
    }

    /** Records a delivery to make; its first try is due at once. */
    public synchronized void add(WebhookDelivery delivery) {
        retried(() -> repository.call(WORKSPACE, session -> {
            Node entry = folder(session, PENDING).addNode(delivery.key(), "nt:unstructured");
            entry.setProperty("webhook", delivery.webhook());
            entry.setProperty("event", delivery.event());
            entry.setProperty("eventType", delivery.eventType());
            entry.setProperty("method", delivery.method());
            entry.setProperty("url", delivery.url());
            entry.setProperty("body", delivery.body());
            entry.setProperty("createdAt", delivery.createdAt());
            entry.setProperty("nextAttemptAt", delivery.createdAt());
            entry.setProperty("status", WebhookDelivery.Status.PENDING.name().toLowerCase(java.util.Locale.ROOT));
            session.save();
            return null;
        }));
    }

    /**
     * Runs a write again (in a fresh session) when it fails: on a cluster another author node may have changed the same
     * folder at the same moment, which Jackrabbit refuses as a stale save.
     */
    private static void retried(Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (org.magnolianews.host.repository.RepositoryFailure e) {
                if (attempt == 3) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The pending deliveries whose next try is due, oldest first. */
    public List<WebhookDelivery> due(long now) {
        return repository.call(WORKSPACE, session -> {
            List<WebhookDelivery> due = new ArrayList<>();
            if (!session.nodeExists(PENDING)) {
                return due;
            }
            for (NodeIterator entries = session.getNode(PENDING).getNodes(); entries.hasNext(); ) {
                Node entry = entries.nextNode();
                if (entry.getProperty("nextAttemptAt").getLong() <= now && isPending(entry)) {
                    due.add(read(entry));
                }
            }
            due.sort(Comparator.comparingLong(WebhookDelivery::createdAt));
            return due;
        });
    }

    /** The pending delivery of this key, as stored now (another node may have tried it meanwhile). */
    public Optional<WebhookDelivery> pending(String key) {
        return repository.call(WORKSPACE, session -> session.nodeExists(PENDING + "/" + key) && isPending(session.getNode(PENDING + "/" + key))
                ? Optional.of(read(session.getNode(PENDING + "/" + key))) : Optional.<WebhookDelivery>empty());
    }

    private static boolean isPending(Node entry) throws RepositoryException {
        return entry.getProperty("status").getString().equals("pending");
    }

    /**
     * Records a try; {@code nextAttemptAt} empty: the delivery is finished ({@code status} delivered or failed) and moves
     * to {@code done}.
     */
    public synchronized void record(String key, WebhookDelivery.Attempt attempt, WebhookDelivery.Status status, long nextAttemptAt) {
        retried(() -> repository.call(WORKSPACE, session -> {
            if (!session.nodeExists(PENDING + "/" + key)) {
                return null; // finished elsewhere (another author node)
            }
            Node entry = session.getNode(PENDING + "/" + key);
            Node tried = entry.addNode("attempt-" + attempt.number(), "nt:unstructured");
            tried.setProperty("at", attempt.at());
            tried.setProperty("status", attempt.status());
            tried.setProperty("durationMs", attempt.durationMillis());
            if (attempt.error() != null) {
                tried.setProperty("error", attempt.error());
            }
            entry.setProperty("attempts", attempt.number());
            entry.setProperty("status", status.name().toLowerCase(java.util.Locale.ROOT));
            entry.setProperty("nextAttemptAt", nextAttemptAt);
            if (status != WebhookDelivery.Status.PENDING) {
                entry.setProperty("finishedAt", attempt.at());
                Node done = folder(session, DONE);
                session.move(entry.getPath(), done.getPath() + "/" + key);
                trim(done);
            }
            // One save: another author node sees the try and the move together, never a finished delivery still pending.
            session.save();
            return null;
        }));
    }

    /** The newest deliveries first (pending ones before finished ones), at most {@code limit}. */
    public List<WebhookDelivery> recent(int limit) {
        return repository.call(WORKSPACE, session -> {
            List<WebhookDelivery> pending = list(session, PENDING);
            List<WebhookDelivery> done = list(session, DONE);
            List<WebhookDelivery> all = new ArrayList<>(pending);
            all.addAll(done);
            all.sort(Comparator.comparingLong(WebhookDelivery::createdAt).reversed());
            return List.copyOf(all.subList(0, Math.min(limit, all.size())));
        });
    }

    /** One delivery, pending or finished. */
    public Optional<WebhookDelivery> find(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return repository.call(WORKSPACE, session -> {
            for (String folder : List.of(PENDING, DONE)) {
                if (session.nodeExists(folder + "/" + key)) {
                    return Optional.of(read(session.getNode(folder + "/" + key)));
                }
            }
            return Optional.<WebhookDelivery>empty();
        });
    }

    private static List<WebhookDelivery> list(Session session, String folder) throws RepositoryException {
        List<WebhookDelivery> list = new ArrayList<>();
        if (session.nodeExists(folder)) {
            for (NodeIterator entries = session.getNode(folder).getNodes(); entries.hasNext(); ) {
                list.add(read(entries.nextNode()));
            }
        }
        return list;
    }

    private static void trim(Node done) throws RepositoryException {
        long size = done.getNodes().getSize();
        if (size <= KEEP_DONE) {
            return;
        }
        List<Node> finished = new ArrayList<>();
        for (NodeIterator entries = done.getNodes(); entries.hasNext(); ) {
            finished.add(entries.nextNode());
        }
        finished.sort(Comparator.comparingLong(WebhookOutbox::finishedAt));
        for (int i = 0; i < size - KEEP_DONE; i++) {
            finished.get(i).remove();
        }
    }

    private static long finishedAt(Node entry) {
        try {
            return entry.hasProperty("finishedAt") ? entry.getProperty("finishedAt").getLong() : 0;
        } catch (RepositoryException e) {
            return 0;
        }
    }

    private static WebhookDelivery read(Node entry) throws RepositoryException {
        List<WebhookDelivery.Attempt> attempts = new ArrayList<>();
        for (NodeIterator children = entry.getNodes("attempt-*"); children.hasNext(); ) {
            Node attempt = children.nextNode();
            attempts.add(new WebhookDelivery.Attempt(Integer.parseInt(attempt.getName().substring("attempt-".length())),
                    attempt.getProperty("at").getLong(), (int) attempt.getProperty("status").getLong(),
                    attempt.getProperty("durationMs").getLong(), attempt.hasProperty("error") ? attempt.getProperty("error").getString() : null));
        }
        attempts.sort(Comparator.comparingInt(WebhookDelivery.Attempt::number));
        return new WebhookDelivery(entry.getName(), entry.getProperty("webhook").getString(), entry.getProperty("event").getString(),
                entry.getProperty("eventType").getString(), entry.getProperty("method").getString(), entry.getProperty("url").getString(),
                entry.getProperty("body").getString(), entry.getProperty("createdAt").getLong(),
                WebhookDelivery.Status.valueOf(entry.getProperty("status").getString().toUpperCase(java.util.Locale.ROOT)),
                entry.getProperty("nextAttemptAt").getLong(), List.copyOf(attempts));
    }

    private static Node folder(Session session, String path) throws RepositoryException {
        Node node = session.getRootNode();
        for (String name : path.substring(1).split("/")) {
            node = node.hasNode(name) ? node.getNode(name) : node.addNode(name, "nt:unstructured");
        }
        return node;
    }
}
