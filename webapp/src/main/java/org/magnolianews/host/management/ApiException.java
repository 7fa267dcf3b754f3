package org.magnolianews.host.management;

import java.util.List;
import org.magnolianews.host.content.FieldError;

/**
 * A request the management API refuses, with the HTTP status and Magnolia error code to answer.
 * Handlers throw these; {@link ApiServlet} writes them.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> fields;

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public ApiException(int status, String code, String message, List<FieldError> fields) {
        super(message);
        this.status = status;
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    public static ApiException badRequest(String field, String reason) {
        return new ApiException(400, "invalidValueFormat", field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    public static ApiException invalid(List<FieldError> fields) {
        return new ApiException(400, "invalidValueFormat", fields.size() + " invalid field(s)", fields);
    }

    public static ApiException pathNotFound(String workspace, String path) {
        return new ApiException(404, "pathNotFound", workspace + ":" + path);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fields() {
        return fields;
    }
}
