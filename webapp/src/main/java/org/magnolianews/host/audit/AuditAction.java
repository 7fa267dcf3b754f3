package org.magnolianews.host.audit;

import java.util.Locale;
import java.util.Optional;

/** What the audit trail records: changes to what readers see, and everything about who may get in. */
public enum AuditAction {
    PUBLISHED, UNPUBLISHED, DELETED, RESTORED, PURGED,
    LOGIN, LOGIN_FAILED, LOGIN_THROTTLED,
    USER_CREATED, ROLE_CHANGED, PASSWORD_CHANGED, USER_ENABLED, USER_DISABLED, USER_DELETED;

    /** The stored and shown name: {@code login-failed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AuditAction> of(String id) {
        for (AuditAction action : values()) {
            if (action.id().equals(id)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
