package org.magnolianews.host.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Accounts in the {@code users} workspace, under {@code /admin} as Magnolia keeps its admin users.
 * Only bcrypt hashes are stored (property {@code pswd}, Magnolia's name for it).
 */
public final class UserStore {

    public static final String SUPERUSER = "superuser";
    private static final String FOLDER = "/admin";
    private static final String PASSWORD = "pswd";
    private static final String ROLE = "role";
    private static final String ENABLED = "enabled";
    /** See {@link User#sessionEpoch}; absent on accounts made before issue 12, which reads as 0. */
    private static final String SESSION_EPOCH = "sessionEpoch";

    private final ContentRepository repository;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(10);
    /**
     * What a password for a name that does not exist is checked against, so timing does not reveal which names exist:
     * a bcrypt hash of the same cost as the stored ones (of "no such user"; any text would do, the check is answered
     * "no" whatever it says). A constant, because hashing one at construction cost a bcrypt on every start.
     */
    static final String TIMING_HASH = "$2a$10$fVo9EE.oP5TZ/hJEaD7SDuMu5qBHnTpksbZ1ZRMFc4K0yVB9vUpw6";

    public UserStore(ContentRepository repository) {
        this.repository = repository;
    }

    /**
     * Creates the superuser on first start. Returns the generated password when none was given, so
     * the caller can print it once; it is stored only as a hash.
     */
    public Optional<String> ensureSuperuser(Optional<String> givenPassword) {
        if (find(SUPERUSER).isPresent()) {
            return Optional.empty();
        }
        String password = givenPassword.orElseGet(UserStore::generatePassword);
        create(SUPERUSER, password, Role.ADMIN, "system");
        return givenPassword.isPresent() ? Optional.empty() : Optional.of(password);
    }

    public void create(String name, String password, Role role, String createdBy) {
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("user name must be 2-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (password.length() < 8) {
            throw new IllegalArgumentException("password must have at least 8 characters");
        }
        withSession(session -> {
            Node folder = folder(session);
            if (folder.hasNode(name)) {
                throw new IllegalArgumentException("user '" + name + "' already exists");
            }
            Node user = folder.addNode(name, MgnlNodeTypes.USER);
            user.setProperty(PASSWORD, encoder.encode(password));
            user.setProperty(ROLE, role.id());
            user.setProperty(ENABLED, true);
            Calendar now = Calendar.getInstance();
            user.setProperty(MgnlNodeTypes.CREATED, now);
            user.setProperty(MgnlNodeTypes.CREATED_BY, createdBy);
            session.save();
            return null;
        });
    }

    public Optional<User> authenticate(String name, String password) {
        return withSession(session -> {
            Node folder = folder(session);
            if (name == null || password == null || !isSafeName(name) || !folder.hasNode(name)) {
                // Spend the time a real check takes, so timing does not reveal which names exist.
                encoder.matches(password == null ? "" : password, TIMING_HASH);
                return Optional.<User>empty();
            }
            Node user = folder.getNode(name);
            if (!encoder.matches(password, user.getProperty(PASSWORD).getString())) {
                return Optional.<User>empty();
            }
            User found = toUser(user);
            return found.enabled() ? Optional.of(found) : Optional.<User>empty();
        });
    }

    public Optional<User> find(String name) {
        if (!isSafeName(name)) {
            return Optional.empty();
        }
        return withSession(session -> {
            Node folder = folder(session);
            return folder.hasNode(name) ? Optional.of(toUser(folder.getNode(name))) : Optional.<User>empty();
        });
    }

    public List<User> list() {
        return withSession(session -> {
            List<User> users = new ArrayList<>();
            for (NodeIterator it = folder(session).getNodes(); it.hasNext(); ) {
                users.add(toUser(it.nextNode()));
            }
            return users;
        });
    }

    public void setPassword(String name, String password) {
        if (password.length() < 8) {
            throw new IllegalArgumentException("password must have at least 8 characters");
        }
        update(name, user -> {
            user.setProperty(PASSWORD, encoder.encode(password));
            endSessions(user);
        });
    }

    /**
     * Gives an existing user a new generated password (the operator's way back in when the superuser's was
     * lost) and returns it; like every password change it ends the user's sessions.
     */
    public String resetPassword(String name) {
        String password = generatePassword();
        setPassword(name, password);
        return password;
    }

    /**
     * Removes an account and revokes its API tokens (else a later account of the same name would inherit
     * them). Its admincentral sessions end at their next request, which reads the account.
     */
    public void delete(String name) {
        ApiTokens tokens = new ApiTokens(repository);
        if (isSafeName(name)) {
            for (ApiTokens.TokenInfo token : tokens.list(Optional.of(name))) {
                tokens.revoke(token.id());
            }
        }
        withSession(session -> {
            Node folder = folder(session);
            if (!isSafeName(name) || !folder.hasNode(name)) {
                throw new IllegalArgumentException("no user '" + name + "'");
            }
            folder.getNode(name).remove();
            session.save();
            return null;
        });
    }

    public void setRole(String name, Role role) {
        update(name, user -> user.setProperty(ROLE, role.id()));
    }

    public void setEnabled(String name, boolean enabled) {
        update(name, user -> {
            user.setProperty(ENABLED, enabled);
            if (!enabled) {
                endSessions(user); // so enabling the account again does not revive what was open before
            }
        });
    }

    /** Raises the account's session epoch: every session opened before is over (issue 12). */
    private static void endSessions(Node user) throws RepositoryException {
        user.setProperty(SESSION_EPOCH, sessionEpoch(user) + 1);
    }

    private static long sessionEpoch(Node user) throws RepositoryException {
        return user.hasProperty(SESSION_EPOCH) ? user.getProperty(SESSION_EPOCH).getLong() : 0;
    }

    private interface NodeChange {
        void apply(Node user) throws RepositoryException;
    }

    private void update(String name, NodeChange change) {
        withSession(session -> {
            Node folder = folder(session);
            if (!isSafeName(name) || !folder.hasNode(name)) {
                throw new IllegalArgumentException("no user '" + name + "'");
            }
            change.apply(folder.getNode(name));
            session.save();
            return null;
        });
    }

    private static boolean isSafeName(String name) {
        return name != null && name.matches("[a-z0-9][a-z0-9._-]{1,63}");
    }

    private static User toUser(Node node) throws RepositoryException {
        Role role = Role.of(node.getProperty(ROLE).getString()).orElse(Role.EDITOR);
        boolean enabled = !node.hasProperty(ENABLED) || node.getProperty(ENABLED).getBoolean();
        return new User(node.getName(), role, enabled, sessionEpoch(node));
    }

    private static Node folder(Session session) throws RepositoryException {
        if (session.nodeExists(FOLDER)) {
            return session.getNode(FOLDER);
        }
        Node folder = session.getRootNode().addNode(FOLDER.substring(1), MgnlNodeTypes.FOLDER);
        session.save();
        return folder;
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private <T> T withSession(ContentRepository.SessionWork<T> work) {
        return repository.call(WorkspaceLayout.USERS, work);
    }
}
