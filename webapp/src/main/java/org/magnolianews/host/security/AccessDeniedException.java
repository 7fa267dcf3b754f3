package org.magnolianews.host.security;

/** An authenticated user lacks the role an action needs: answered with 403 {@code accessDenied}. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
