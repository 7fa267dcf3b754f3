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
}
