package org.magnolianews.host.security;

import java.util.List;
import java.util.Map;

/**
 * A Magnolia role's access control lists as stored in the {@code userroles} workspace: child nodes
 * {@code acl_<workspace>} and {@code acl_uri}, each entry a node with {@code path} and {@code permissions}.
 *
 * @param workspaces entries by workspace name ({@code acl_news} → {@code news})
 * @param uris       the {@code acl_uri} entries (web access)
 * @param source     where the role was defined (a bootstrap file, or the host's stand-in for Magnolia's own)
 */
public record RoleAcls(String name, Map<String, List<AclEntry>> workspaces, List<AclEntry> uris, String source) {
}
