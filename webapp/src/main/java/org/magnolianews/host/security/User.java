package org.magnolianews.host.security;

/**
 * An account of the author UI and management API, as stored now.
 *
 * @param sessionEpoch raised whenever the password is set or the account is disabled: a session
 *                     opened under an older epoch is over (issue 12)
 */
public record User(String name, Role role, boolean enabled, long sessionEpoch) {

    public boolean may(Permission permission) {
        return enabled && role.includes(permission.least());
    }
}
