package org.magnolianews.host.author.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.magnolianews.host.security.User;
import org.magnolianews.host.security.UserStore;

/**
 * Author sessions, in memory: a random id in an HttpOnly SameSite=Strict cookie names one. Sessions
 * end on logout or after {@link #MAX_AGE_MILLIS}; a restart logs everybody out, which is fine for an
 * editorial tool and keeps session ids out of the repository.
 *
 * <p>A session keeps only who logged in and under which {@link User#sessionEpoch}; every request
 * reads the account as it is now (one path lookup in the users workspace). So a change to an account
 * made any way at all (management API, Users app, code) applies to its open sessions at the next
 * request: a new role at once, and a disabled account or a new password (both raise the epoch) end
 * them. No change path has to remember to end sessions (issue 12, defect 2).
 */
public final class AuthorSessions {

    public static final String COOKIE = "MGNLAUTHOR";
    static final long MAX_AGE_MILLIS = 12L * 60 * 60 * 1000;

    /** What is kept of a session: no role, no User snapshot. */
    private record Opened(String id, String userName, long sessionEpoch, String csrfToken, long createdMillis) {
    }

    private final UserStore users;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Opened> sessions = new ConcurrentHashMap<>();

    public AuthorSessions(UserStore users) {
        this.users = users;
    }

    public AuthorSession open(User user) {
        Opened opened = new Opened(token(), user.name(), user.sessionEpoch(), token(), System.currentTimeMillis());
        sessions.put(opened.id(), opened);
        return new AuthorSession(opened.id(), user, opened.csrfToken(), opened.createdMillis());
    }

    /** The session with its account as stored now; empty (and the session gone) once it is over. */
    public Optional<AuthorSession> find(String id) {
        Opened opened = id == null ? null : sessions.get(id);
        if (opened == null) {
            return Optional.empty();
        }
        Optional<User> current = System.currentTimeMillis() - opened.createdMillis() > MAX_AGE_MILLIS ? Optional.empty()
                : users.find(opened.userName()).filter(u -> u.enabled() && u.sessionEpoch() == opened.sessionEpoch());
        if (current.isEmpty()) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(new AuthorSession(id, current.get(), opened.csrfToken(), opened.createdMillis()));
    }

    /**
     * Keeps one session going after its own user set a new password in it: the others of that user,
     * opened under the old password, stay over.
     */
    public void continueAfterOwnPasswordChange(String id) {
        sessions.computeIfPresent(id, (key, opened) -> users.find(opened.userName())
                .map(u -> new Opened(key, opened.userName(), u.sessionEpoch(), opened.csrfToken(), opened.createdMillis()))
                .orElse(null));
    }

    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
