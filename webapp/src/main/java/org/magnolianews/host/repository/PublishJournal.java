package org.magnolianews.host.repository;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.UUID;
import javax.jcr.Node;
import javax.jcr.NodeIterator;

/**
 * Publishes and unpublishes under way, written down before they touch anything and struck out after both
 * sides are saved. A publish changes two workspaces (the live copy, then the author status), which are two
 * databases and cannot commit together; so instead of pretending to, the host rolls every intent forward:
 * on start, an intent still written down is carried out again from the author side, which is idempotent
 * (the live copy is made equal to the author node, the status stamped with the intent's time and user).
 * After a crash at any moment, author status and live content agree again before the first request.
 *
 * <p>Intents live in the {@code default} workspace under {@code /publishing-journal}, one node each, saved
 * on their own (H2 with {@code WRITE_DELAY=0} commits them durably before the publish goes on).
 */
final class PublishJournal {

    static final String WORKSPACE = "default";
    private static final String ROOT = "publishing-journal";

    /** One intended change of the live side. */
    record Intent(String id, Action action, String workspace, String identifier, String path, boolean recursive,
                  String user, Calendar at) {
    }

    enum Action { PUBLISH, UNPUBLISH }

    private final ContentRepository repository;

    PublishJournal(ContentRepository repository) {
        this.repository = repository;
        // Made once here, not by the first intent: two first publishes in different workspaces would race for it.
        repository.call(WORKSPACE, session -> {
            if (!session.nodeExists("/" + ROOT)) {
                session.getRootNode().addNode(ROOT, "nt:unstructured");
                session.save();
            }
            return null;
        });
    }

    Intent begin(Action action, String workspace, String identifier, String path, boolean recursive, String user,
                 Calendar at) {
        Intent intent = new Intent(UUID.randomUUID().toString(), action, workspace, identifier, path, recursive, user, at);
        repository.call(WORKSPACE, session -> {
            Node node = session.getNode("/" + ROOT).addNode(intent.id(), "nt:unstructured");
            node.setProperty("action", action.name());
            node.setProperty("workspace", workspace);
            node.setProperty("identifier", identifier);
            node.setProperty("path", path);
            node.setProperty("recursive", recursive);
            node.setProperty("user", user);
            node.setProperty("at", at);
            session.save();
            return null;
        });
        return intent;
    }

    void end(Intent intent) {
        repository.call(WORKSPACE, session -> {
            String path = "/" + ROOT + "/" + intent.id();
            if (session.nodeExists(path)) {
                session.getNode(path).remove();
                session.save();
            }
            return null;
        });
    }

    /** Intents left by a process that stopped before finishing them, oldest first. */
    List<Intent> pending() {
        return repository.call(WORKSPACE, session -> {
            List<Intent> intents = new ArrayList<>();
            if (!session.nodeExists("/" + ROOT)) {
                return intents;
            }
            for (NodeIterator it = session.getNode("/" + ROOT).getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                intents.add(new Intent(node.getName(), Action.valueOf(node.getProperty("action").getString()),
                        node.getProperty("workspace").getString(), node.getProperty("identifier").getString(),
                        node.getProperty("path").getString(), node.getProperty("recursive").getBoolean(),
                        node.getProperty("user").getString(), node.getProperty("at").getDate()));
            }
            intents.sort((a, b) -> a.at().compareTo(b.at()));
            return intents;
        });
    }
}
