package org.magnolianews.host.repository;

/** A publish request that the content's state forbids; callers answer it with 409. */
public abstract class PublishingException extends RuntimeException {

    protected PublishingException(String message) {
        super(message);
    }

    /** Magnolia's rule: a child cannot be published before its parent. */
    public static final class ParentNotPublished extends PublishingException {
        public ParentNotPublished(String workspace, String path, String parentPath) {
            super("cannot publish " + workspace + ":" + path + " before its parent " + parentPath + " is published");
        }
    }

    /**
     * The live side holds another node where this one goes: an item that was moved or deleted on the author
     * side after its publication still sits there. Publishing (or unpublishing) that one first clears the way.
     */
    public static final class PathTaken extends PublishingException {
        public PathTaken(String path) {
            super("cannot publish " + path + ": the live side holds another published node there; publish or unpublish"
                    + " the item that was there first");
        }
    }
}
