package org.magnolianews.host.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.magnolianews.host.http.Json;

/**
 * Lets only authenticated callers through to the management API, answering 401 {@code notAuthorized}
 * with a {@code WWW-Authenticate} challenge (and 429 when throttled) in Magnolia's error shape.
 * The caller's {@link User} is left on the request for {@link Access}.
 */
public final class ApiAuthFilter extends HttpFilter {

    static final String REALM = "Basic realm=\"Magnolia News\", Bearer realm=\"Magnolia News\"";

    private final Authenticator authenticator;
    private final ClientOrigin clients;

    public ApiAuthFilter(Authenticator authenticator, ClientOrigin clients) {
        this.authenticator = authenticator;
        this.clients = clients;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Authenticator.Outcome outcome = authenticator.authorizationHeader(request.getHeader("Authorization"), clients.address(request));
        response.setHeader("Cache-Control", "no-store");
        if (outcome instanceof Authenticator.Outcome.Authenticated authenticated) {
            Access.setUser(request, authenticated.user());
            chain.doFilter(request, response);
        } else if (outcome instanceof Authenticator.Outcome.Throttled throttled) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            Json.error(response, 429, "tooManyRequests", "too many failed logins; try again later");
        } else if (outcome instanceof Authenticator.Outcome.Rejected rejected) {
            challenge(response, rejected.reason());
        } else {
            challenge(response, "authentication required");
        }
    }

    private static void challenge(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", REALM);
        Json.error(response, 401, "notAuthorized", message);
    }
}
