package org.magnolianews.host.content;

/** A delete of content that is still live: answered with 409; unpublish it first. */
public class PublishedContentException extends RuntimeException {
    public PublishedContentException(String workspace, String path) {
        super(workspace + ":" + path + " is published; unpublish it before deleting or moving it");
    }
}
