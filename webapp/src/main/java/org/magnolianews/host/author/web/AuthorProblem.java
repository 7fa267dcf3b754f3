package org.magnolianews.host.author.web;

/** A request the author UI refuses, with the status and the message the page shows. */
public class AuthorProblem extends RuntimeException {

    private final int status;
    /** Where the page offers to go on (the login form that returns to the page the user came from), if anywhere. */
    private final String onward;

    public AuthorProblem(int status, String message) {
        this(status, message, null);
    }

    public AuthorProblem(int status, String message, String onward) {
        super(message);
        this.status = status;
        this.onward = onward;
    }

    public int status() {
        return status;
    }

    public java.util.Optional<String> onward() {
        return java.util.Optional.ofNullable(onward);
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
