package org.magnolianews.host.security;

import jakarta.servlet.http.HttpServletRequest;

/** The authenticated user of a request, and the role checks handlers make before acting. */
public final class Access {

    private static final String ATTRIBUTE = Access.class.getName() + ".user";

    private Access() {
    }

    static void setUser(HttpServletRequest request, User user) {
        request.setAttribute(ATTRIBUTE, user);
    }

    /** The user the authentication filter let through. */
    public static User user(HttpServletRequest request) {
        Object user = request.getAttribute(ATTRIBUTE);
        if (!(user instanceof User found)) {
            throw new IllegalStateException("no authenticated user: the request did not pass ApiAuthFilter");
        }
        return found;
    }

    /** The request's user, when they have the role; otherwise {@link AccessDeniedException} (403). */
    public static User require(HttpServletRequest request, Role role) {
        User user = user(request);
        if (!user.may(role)) {
            throw new AccessDeniedException(user.name() + " has the role " + user.role().id() + "; this needs " + role.id());
        }
        return user;
    }
}
