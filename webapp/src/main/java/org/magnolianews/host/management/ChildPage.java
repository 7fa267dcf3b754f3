package org.magnolianews.host.management;

/**
 * Which of a node's children the nodes endpoint lists: our documented extension of Magnolia's nodes API
 * (issue 12). {@code limit} (1–{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and {@code offset}
 * (0–{@value #MAX_OFFSET}, default 0) choose a window of the requested node's children in their JCR
 * order; deeper levels are listed whole. A folder of any size can so be read page by page instead of
 * being refused for holding more than {@link NodeJsonWriter#MAX_NODES} nodes.
 *
 * @param asked whether the client gave {@code limit} or {@code offset}: then the answer always says
 *              which page it is ({@code nodesPage}); otherwise only when the list is not whole
 */
record ChildPage(int offset, int limit, boolean asked) {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 1000;
    static final int MAX_OFFSET = 10_000_000;

    static final ChildPage FIRST = new ChildPage(0, DEFAULT_LIMIT, false);

    /** The page of {@code limit} and {@code offset} parameters; 400 naming the parameter when one is bad. */
    static ChildPage parse(String limit, String offset, int depth) {
        if (limit == null && offset == null) {
            return FIRST;
        }
        if (depth < 1) {
            throw ApiException.badRequest(limit != null ? "limit" : "offset", "pages the children of the node: ask with depth=1 or more");
        }
        return new ChildPage(number(offset, "offset", 0, MAX_OFFSET, 0), number(limit, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT), true);
    }

    private static int number(String text, String name, int min, int max, int fallback) {
        if (text == null) {
            return fallback;
        }
        if (!text.matches("\\d{1,8}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw ApiException.badRequest(name, "must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(text);
    }

    boolean contains(int index) {
        return index >= offset && index - offset < limit;
    }
}
