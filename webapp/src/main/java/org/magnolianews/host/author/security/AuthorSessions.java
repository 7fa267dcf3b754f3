package org.magnolianews.host.author.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.magnolianews.host.security.User;

/**
 * Author sessions, in memory: a random id in an HttpOnly SameSite=Strict cookie names one. Sessions
 * end on logout or after {@link #MAX_AGE_MILLIS}; a restart logs everybody out, which is fine for an
 * editorial tool and keeps session ids out of the repository.
 */
public final class AuthorSessions {

    public static final String COOKIE = "MGNLAUTHOR";
    static final long MAX_AGE_MILLIS = 12L * 60 * 60 * 1000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, AuthorSession> sessions = new ConcurrentHashMap<>();

    public AuthorSession open(User user) {
        AuthorSession session = new AuthorSession(token(), user, token(), System.currentTimeMillis());
        sessions.put(session.id(), session);
        return session;
    }

    public Optional<AuthorSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        AuthorSession session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (System.currentTimeMillis() - session.createdMillis() > MAX_AGE_MILLIS) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Ends every session of a user (password reset, role change), so the change applies at once. */
    public void closeAllOf(String userName) {
        sessions.values().removeIf(s -> s.user().name().equals(userName));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
