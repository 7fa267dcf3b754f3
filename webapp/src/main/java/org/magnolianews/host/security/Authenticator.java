package org.magnolianews.host.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling: checks HTTP Basic credentials against the {@link UserStore} (bcrypt) and bearer
 * tokens against {@link ApiTokens}, with failed passwords counted by a {@link LoginThrottle} (whose
 * class comment is the throttling policy). Knows nothing of servlets, so the author UI's login form
 * (session cookies) uses the same checks and the same throttle through {@link #password};
 * {@link ApiAuthFilter} uses {@link #authorizationHeader} for the REST API. User names are matched
 * in lower case, as they are stored.
 */
public final class Authenticator {

    private final UserStore users;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;
    private final LoginObserver observer;

    public Authenticator(UserStore users, ApiTokens tokens, LoginThrottle throttle) {
        this(users, tokens, throttle, LoginObserver.NONE);
    }

    public Authenticator(UserStore users, ApiTokens tokens, LoginThrottle throttle, LoginObserver observer) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
        this.observer = observer;
    }

    /** The result of one authentication attempt. */
    public sealed interface Outcome {
        /** No credentials were given. */
        record Anonymous() implements Outcome {
        }

        record Authenticated(User user) implements Outcome {
        }

        /** Credentials were given and are wrong (or the account is disabled); the reason is safe to show. */
        record Rejected(String reason) implements Outcome {
        }

        /** Too many failures for this user or address: try again later. */
        record Throttled(Duration retryAfter) implements Outcome {
        }
    }

    /** A user name and password, as the login form or Basic authentication sends them. */
    public Outcome password(String name, String password, String clientAddress) {
        String account = LoginThrottle.account(name);
        Optional<Duration> blocked = throttle.blockedFor(account, clientAddress);
        if (blocked.isPresent()) {
            observer.throttled(account, clientAddress);
            return new Outcome.Throttled(blocked.get());
        }
        Optional<User> user = users.authenticate(account, password);
        if (user.isEmpty()) {
            throttle.failed(account, clientAddress);
            observer.failed(account, clientAddress);
            return new Outcome.Rejected("wrong user name or password");
        }
        throttle.succeeded(account, clientAddress);
        return new Outcome.Authenticated(user.get());
    }

    /**
     * An API token; its owner must still exist and be enabled. Never throttled (see {@link LoginThrottle}):
     * a wrong token costs one path lookup and reveals nothing.
     */
    public Outcome token(String secret) {
        Optional<User> user = tokens.ownerOf(secret).flatMap(users::find).filter(User::enabled);
        return user.<Outcome>map(Outcome.Authenticated::new).orElseGet(() -> new Outcome.Rejected("unknown or revoked token"));
    }

    /** The tokens this authenticator accepts, for the endpoint that issues them. */
    public ApiTokens tokens() {
        return tokens;
    }

    /** The value of an {@code Authorization} header: {@code Basic …}, {@code Bearer …} or absent. */
    public Outcome authorizationHeader(String header, String clientAddress) {
        if (header == null || header.isBlank()) {
            return new Outcome.Anonymous();
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String credentials = space < 0 ? "" : header.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return token(credentials);
        }
        if (!scheme.equalsIgnoreCase("Basic")) {
            return new Outcome.Rejected("unsupported authorization scheme; use Basic or Bearer");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Outcome.Rejected("malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return new Outcome.Rejected("malformed Basic credentials");
        }
        return password(decoded.substring(0, colon), decoded.substring(colon + 1), clientAddress);
    }
}
