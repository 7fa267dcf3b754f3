package org.magnolianews.host.author.web;

/** A request the author UI refuses, with the status and the message the page shows. */
public class AuthorProblem extends RuntimeException {

    private final int status;

    public AuthorProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static AuthorProblem badRequest(String message) {
        return new AuthorProblem(400, message);
    }

    public static AuthorProblem forbidden(String message) {
        return new AuthorProblem(403, message);
    }

    public static AuthorProblem notFound(String message) {
        return new AuthorProblem(404, message);
    }
}
