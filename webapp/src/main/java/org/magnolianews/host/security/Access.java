package org.magnolianews.host.security;

import jakarta.servlet.http.HttpServletRequest;

/** The authenticated user of a request, and the permission checks handlers make before acting. */
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

    /** The request's user, when they have the permission; otherwise {@link AccessDeniedException} (403). */
    public static User require(HttpServletRequest request, Permission permission) {
        return require(user(request), permission);
    }

    /** The user, when they have the permission; otherwise {@link AccessDeniedException} (403) naming what it needs. */
    public static User require(User user, Permission permission) {
        if (!user.may(permission)) {
            throw new AccessDeniedException(permission.refusal(user));
        }
        return user;
    }
}
