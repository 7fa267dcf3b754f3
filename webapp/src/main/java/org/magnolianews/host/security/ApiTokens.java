package org.magnolianews.host.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * API tokens for scripts and integrations ({@code Authorization: Bearer <token>}). A token is 32
 * random bytes shown once at creation; only its SHA-256 is stored (as the node name under
 * {@code /apitokens} in the users workspace), so a copy of the repository does not reveal usable
 * tokens, and a lookup is one path access. SHA-256 rather than bcrypt: the token has 256 bits of
 * entropy, so a slow hash adds nothing but latency to every API call.
 */
public final class ApiTokens {

    private static final String FOLDER = "/apitokens";
    private static final String PREFIX = "mnt_";
    private static final String USER = "user";
    private static final String LABEL = "label";
    private static final int MAX_LABEL = 100;

    private final ContentRepository repository;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(ContentRepository repository) {
        this.repository = repository;
        // Created once here, not lazily per call: two first calls at once would both try to add it.
        repository.call(WorkspaceLayout.USERS, ApiTokens::folder);
    }

    /** A token as listed: never the secret itself. */
    public record TokenInfo(String id, String user, String label, Calendar created, String createdBy) {
    }

    /** A newly created token: the secret is in here once and nowhere else. */
    public record IssuedToken(TokenInfo info, String secret) {
    }

    public IssuedToken create(String user, String label, String createdBy) {
        if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
            throw new IllegalArgumentException("label must have 1 to " + MAX_LABEL + " characters");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        TokenInfo info = repository.call(WorkspaceLayout.USERS, session -> {
            Node token = folder(session).addNode(hash(secret), MgnlNodeTypes.CONTENT_NODE);
            token.setProperty(USER, user);
            token.setProperty(LABEL, label.strip());
            token.setProperty(MgnlNodeTypes.CREATED, Calendar.getInstance());
            token.setProperty(MgnlNodeTypes.CREATED_BY, createdBy);
            session.save();
            return toInfo(token);
        });
        return new IssuedToken(info, secret);
    }

    /** The user name a token belongs to, if the token exists. */
    public Optional<String> ownerOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String path = FOLDER + "/" + hash(secret);
        return repository.call(WorkspaceLayout.USERS, session -> session.nodeExists(path)
                ? Optional.of(session.getNode(path).getProperty(USER).getString())
                : Optional.<String>empty());
    }

    /** Tokens of one user, or of everyone when {@code user} is empty. */
    public List<TokenInfo> list(Optional<String> user) {
        return repository.call(WorkspaceLayout.USERS, session -> {
            List<TokenInfo> tokens = new ArrayList<>();
            for (NodeIterator it = folder(session).getNodes(); it.hasNext(); ) {
                TokenInfo info = toInfo(it.nextNode());
                if (user.isEmpty() || user.get().equals(info.user())) {
                    tokens.add(info);
                }
            }
            return tokens;
        });
    }

    public Optional<TokenInfo> find(String id) {
        return repository.call(WorkspaceLayout.USERS, session -> {
            Node token = byId(session, id);
            return token == null ? Optional.<TokenInfo>empty() : Optional.of(toInfo(token));
        });
    }

    /** Revokes a token by its id; false when there is none. */
    public boolean revoke(String id) {
        return repository.call(WorkspaceLayout.USERS, session -> {
            Node token = byId(session, id);
            if (token == null) {
                return false;
            }
            token.remove();
            session.save();
            return true;
        });
    }

    private static Node byId(Session session, String id) throws RepositoryException {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return null;
        }
        try {
            Node node = session.getNodeByIdentifier(id);
            return node.getParent().getPath().equals(FOLDER) ? node : null;
        } catch (javax.jcr.ItemNotFoundException e) {
            return null;
        }
    }

    private static TokenInfo toInfo(Node token) throws RepositoryException {
        return new TokenInfo(token.getIdentifier(), token.getProperty(USER).getString(),
                token.getProperty(LABEL).getString(), token.getProperty(MgnlNodeTypes.CREATED).getDate(),
                token.getProperty(MgnlNodeTypes.CREATED_BY).getString());
    }

    private static Node folder(Session session) throws RepositoryException {
        if (session.nodeExists(FOLDER)) {
            return session.getNode(FOLDER);
        }
        Node folder = session.getRootNode().addNode(FOLDER.substring(1), MgnlNodeTypes.FOLDER);
        session.save();
        return folder;
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
