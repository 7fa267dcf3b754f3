package org.magnolianews.host.security;

/**
 * The one table of who may do what, shared by the author UI and the management API (issue 12):
 * each action names the least role it needs. Routes and handlers ask for a permission, never for
 * a role, so the table below is the whole answer to "who can do this?".
 *
 * <table>
 *   <caption>Least role per action</caption>
 *   <tr><th>editor</th><td>read content, write drafts, manage own API tokens</td></tr>
 *   <tr><th>publisher</th><td>also publish, unpublish, schedule, and delete or move published content</td></tr>
 *   <tr><th>admin</th><td>also manage users and everyone's API tokens, read the audit trail and the definitions</td></tr>
 * </table>
 */
public enum Permission {

    READ_CONTENT(Role.EDITOR, "opening the admincentral and reading content"),
    WRITE_DRAFTS(Role.EDITOR, "creating and changing drafts"),
    MANAGE_OWN_TOKENS(Role.EDITOR, "managing one's own API tokens"),
    PUBLISH(Role.PUBLISHER, "publishing, unpublishing and scheduling"),
    /** Deleting or moving takes content off the site (or off its address), so it is a publisher's decision. */
    CHANGE_PUBLISHED(Role.PUBLISHER, "deleting or moving published content (the item or anything published below it)"),
    MANAGE_USERS(Role.ADMIN, "managing users"),
    MANAGE_ALL_TOKENS(Role.ADMIN, "managing other users' API tokens"),
    READ_AUDIT(Role.ADMIN, "reading the audit trail"),
    /** The Definitions screen (issue 9): every definition of every module with its problems, as Magnolia's Definitions app. */
    READ_DEFINITIONS(Role.ADMIN, "reading the definitions and their problems");

    private final Role least;
    private final String action;

    Permission(Role least, String action) {
        this.least = least;
        this.action = action;
    }

    /** The least role that has this permission; every higher role has it too. */
    public Role least() {
        return least;
    }

    /** What the permission allows, as a refusal names it: "publishing, unpublishing and scheduling". */
    public String action() {
        return action;
    }

    /** The sentence a refusal shows: who the caller is and what the action needs. */
    public String refusal(User user) {
        return action + " needs the " + least.id() + " role; " + user.name() + " has the " + user.role().id() + " role";
    }
}
