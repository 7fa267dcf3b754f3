package org.magnolianews.host.content;

/** One field of a write that cannot be stored, and why: shown at the field in forms, listed in 400 bodies. */
public record FieldError(String field, String reason) {
}
