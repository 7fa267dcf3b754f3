package org.magnolianews.host.content;

import java.util.List;

/**
 * Something changed in a workspace: which items (identifiers and paths) and how. Caches subscribe and
 * drop exactly what an event names; a publish or unpublish names the live side.
 *
 * @param fromAnotherNode the change was made on another node of the cluster and reached this one through the cluster
 *                        journal (see {@code cluster.ExternalChanges}): caches drop what it names like any other, but
 *                        what records an action (the audit trail, publish counts) leaves it to the node that acted
 */
public record ContentEvent(Kind kind, String workspace, List<String> identifiers, List<String> paths, String user,
                           boolean fromAnotherNode) {

    /** DELETED: moved to the trash; RESTORED: back from it (author side only); PURGED: gone from the trash for good. */
    public enum Kind { SAVED, DELETED, PUBLISHED, UNPUBLISHED, RESTORED, PURGED }

    /** A change made here. */
    public ContentEvent(Kind kind, String workspace, List<String> identifiers, List<String> paths, String user) {
        this(kind, workspace, identifiers, paths, user, false);
    }

    /** Whether the published (live) content changed: what delivery and the site serve. */
    public boolean changesLiveContent() {
        return kind == Kind.PUBLISHED || kind == Kind.UNPUBLISHED;
    }
}
