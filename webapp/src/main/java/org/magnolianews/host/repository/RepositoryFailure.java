package org.magnolianews.host.repository;

/** The repository refused an operation the host cannot recover from at that point. */
public class RepositoryFailure extends RuntimeException {
    public RepositoryFailure(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
