package org.magnolianews.host.security;

import java.util.Optional;

/** A user's role. Each role includes the ones before it; which role each action needs is {@link Permission}. */
public enum Role {
    /** Creates, edits and deletes drafts. */
    EDITOR,
    /** Also publishes, unpublishes, schedules, and deletes or moves published content. */
    PUBLISHER,
    /** Also manages users and roles, and everyone's API tokens. */
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
