package org.magnolianews.host.security;

import java.util.Optional;

/** What a user may do. Each role includes the ones before it. */
public enum Role {
    /** Creates, edits and deletes drafts. */
    EDITOR,
    /** Also publishes, unpublishes and schedules. */
    PUBLISHER,
    /** Also manages users and roles. */
    ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Role> of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
