package org.magnolianews.host.content;

/** No item of the expected type at a path: answered with 404. */
public class ItemNotFoundException extends RuntimeException {
    public ItemNotFoundException(String workspace, String path) {
        super("no item at " + workspace + ":" + path);
    }
}
