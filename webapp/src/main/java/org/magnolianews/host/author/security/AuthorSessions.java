package org.magnolianews.host.author.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.security.User;
import org.magnolianews.host.security.UserStore;

/**
 * Author sessions: a random id in an HttpOnly SameSite=Strict cookie names one. Sessions end on logout or after
 * {@link #MAX_AGE_MILLIS}.
 *
 * <p>Stored in the repository ({@code default} workspace, {@code /authorSessions/<SHA-256 of the id>}), not in one
 * JVM's memory (issue 11): a session survives a restart of its node, and on a cluster any author node behind the load
 * balancer knows it. Only the id's hash is stored, as for API tokens, so what the repository holds (a backup, the
 * database) opens no session. A node that does not find an id reads the cluster journal once and looks again, so a
 * session opened on another node a moment ago is found.
 *
 * <p>A session keeps only who logged in and under which {@link User#sessionEpoch}; every request reads the account
 * as it is now (one path lookup in the users workspace). So a change to an account made any way at all (management
 * API, Users app, code) applies to its open sessions at the next request: a new role at once, and a disabled account
 * or a new password (both raise the epoch) end them. No change path has to remember to end sessions (issue 12,
 * defect 2).
 */
public final class AuthorSessions {

    public static final String COOKIE = "MGNLAUTHOR";
    static final long MAX_AGE_MILLIS = 12L * 60 * 60 * 1000;
    private static final String WORKSPACE = "default";
    private static final String ROOT = "authorSessions";
    private static final long SWEEP_EVERY_MILLIS = 60L * 60 * 1000;

    /** What is kept of a session: no role, no User snapshot. */
    private record Opened(String userName, long sessionEpoch, String csrfToken, long createdMillis) {
    }

    private final UserStore users;
    private final ContentRepository repository;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong lastSweep = new AtomicLong();

    public AuthorSessions(UserStore users, ContentRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    public AuthorSession open(User user) {
        sweepNowAndThen();
        String id = token();
        Opened opened = new Opened(user.name(), user.sessionEpoch(), token(), System.currentTimeMillis());
        store(id, opened);
        return new AuthorSession(id, user, opened.csrfToken(), opened.createdMillis());
    }

    /** The session with its account as stored now; empty (and the session gone) once it is over. */
    public Optional<AuthorSession> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        Optional<Opened> opened = read(id);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        Opened session = opened.get();
        Optional<User> current = System.currentTimeMillis() - session.createdMillis() > MAX_AGE_MILLIS ? Optional.empty()
                : users.find(session.userName()).filter(u -> u.enabled() && u.sessionEpoch() == session.sessionEpoch());
        if (current.isEmpty()) {
            close(id);
            return Optional.empty();
        }
        return Optional.of(new AuthorSession(id, current.get(), session.csrfToken(), session.createdMillis()));
    }

    /**
     * Keeps one session going after its own user set a new password in it: the others of that user,
     * opened under the old password, stay over.
     */
    public void continueAfterOwnPasswordChange(String id) {
        read(id).ifPresent(opened -> users.find(opened.userName()).ifPresentOrElse(
                user -> store(id, new Opened(opened.userName(), user.sessionEpoch(), opened.csrfToken(), opened.createdMillis())),
                () -> close(id)));
    }

    public void close(String id) {
        if (id == null || id.isEmpty()) {
            return;
        }
        repository.call(WORKSPACE, session -> {
            String path = "/" + ROOT + "/" + hash(id);
            if (session.nodeExists(path)) {
                session.getNode(path).remove();
                saveIgnoringARace(session);
            }
            return null;
        });
    }

    private void store(String id, Opened opened) {
        repository.call(WORKSPACE, session -> {
            Node root = root(session);
            String name = hash(id);
            Node node = root.hasNode(name) ? root.getNode(name) : root.addNode(name, "nt:unstructured");
            node.setProperty("user", opened.userName());
            node.setProperty("sessionEpoch", opened.sessionEpoch());
            node.setProperty("csrf", opened.csrfToken());
            Calendar created = Calendar.getInstance();
            created.setTimeInMillis(opened.createdMillis());
            node.setProperty("created", created);
            session.save();
            return null;
        });
    }

    private Optional<Opened> read(String id) {
        return repository.call(WORKSPACE, session -> {
            String path = "/" + ROOT + "/" + hash(id);
            if (!session.nodeExists(path)) {
                session.refresh(false); // on a cluster: reads the journal, for a session another node opened just now
                if (!session.nodeExists(path)) {
                    return Optional.<Opened>empty();
                }
            }
            Node node = session.getNode(path);
            return Optional.of(new Opened(node.getProperty("user").getString(), node.getProperty("sessionEpoch").getLong(),
                    node.getProperty("csrf").getString(), node.getProperty("created").getDate().getTimeInMillis()));
        });
    }

    /** Removes expired sessions, at most once an hour (a session that is never used again would stay otherwise). */
    private void sweepNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastSweep.get();
        if (now - last < SWEEP_EVERY_MILLIS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        repository.call(WORKSPACE, session -> {
            for (NodeIterator it = root(session).getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (!node.hasProperty("created") || now - node.getProperty("created").getDate().getTimeInMillis() > MAX_AGE_MILLIS) {
                    node.remove();
                }
            }
            saveIgnoringARace(session);
            return null;
        });
    }

    /** The sessions' folder, made on first use; another node (or thread) making it at the same moment is fine. */
    private static Node root(Session session) throws RepositoryException {
        if (session.nodeExists("/" + ROOT)) {
            return session.getNode("/" + ROOT);
        }
        synchronized (AuthorSessions.class) {
            try {
                session.getRootNode().addNode(ROOT, "nt:unstructured");
                session.save();
            } catch (RepositoryException e) {
                session.refresh(false);
                if (!session.nodeExists("/" + ROOT)) {
                    throw e;
                }
            }
            return session.getNode("/" + ROOT);
        }
    }

    /** A removal another node made first (a logout racing an expiry) leaves nothing to do. */
    private static void saveIgnoringARace(Session session) throws RepositoryException {
        try {
            session.save();
        } catch (javax.jcr.InvalidItemStateException e) {
            session.refresh(false);
        }
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
