package org.magnolianews.host.content;

import java.util.List;
import java.util.stream.Collectors;

/** A write rejected before anything was stored; lists every bad field. */
public class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
