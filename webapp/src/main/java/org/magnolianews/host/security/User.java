package org.magnolianews.host.security;

/** An account of the author UI and management API. */
public record User(String name, Role role, boolean enabled) {

    public boolean may(Role needed) {
        return enabled && role.includes(needed);
    }
}
