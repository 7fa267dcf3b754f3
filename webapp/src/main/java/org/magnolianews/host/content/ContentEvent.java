package org.magnolianews.host.content;

import java.util.List;

/**
 * Something changed in a workspace: which items (identifiers and paths) and how. Caches subscribe and
 * drop exactly what an event names; a publish or unpublish names the live side.
 */
public record ContentEvent(Kind kind, String workspace, List<String> identifiers, List<String> paths, String user) {

    /** DELETED: moved to the trash; RESTORED: back from it (author side only); PURGED: gone from the trash for good. */
    public enum Kind { SAVED, DELETED, PUBLISHED, UNPUBLISHED, RESTORED, PURGED }

    /** Whether the published (live) content changed: what delivery and the site serve. */
    public boolean changesLiveContent() {
        return kind == Kind.PUBLISHED || kind == Kind.UNPUBLISHED;
    }
}
