package org.magnolianews.host.management;

import java.util.regex.Pattern;

/**
 * A workspace and an absolute node path taken from a request path ({@code /news/2017/11/item}).
 * Every segment must be a plain JCR name: no {@code .} or {@code ..}, no index brackets, no
 * wildcards; anything else is a 400 before the repository sees it.
 */
record NodeAddress(String workspace, String path) {

    private static final Pattern WORKSPACE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    /** Letters and digits of any script, '-', '_', '.', and one namespace colon (jcr:content). */
    private static final Pattern SEGMENT = Pattern.compile("(?:[a-z]{1,20}:)?[\\p{L}\\p{N}_.-]{1,255}");
    private static final int MAX_PATH = 1000;

    /** Parses {@code /workspace/path…}; a missing workspace or a bad segment is an {@link ApiException}. */
    static NodeAddress parse(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) {
            throw ApiException.badRequest("workspace", "the request path must name a workspace: /{workspace}/{path}");
        }
        String rest = pathInfo.substring(1);
        int slash = rest.indexOf('/');
        String workspace = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        if (!WORKSPACE.matcher(workspace).matches()) {
            throw ApiException.badRequest("workspace", "not a workspace name");
        }
        return new NodeAddress(workspace, normalizePath(path, "path"));
    }

    /** An absolute path from a request body or query; trailing slash dropped; "/" for the root. */
    static String normalizePath(String path, String field) {
        if (path == null || !path.startsWith("/")) {
            throw ApiException.badRequest(field, "must be an absolute path starting with /");
        }
        if (path.length() > MAX_PATH) {
            throw ApiException.badRequest(field, "is longer than " + MAX_PATH + " characters");
        }
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.equals("/")) {
            return trimmed;
        }
        for (String segment : trimmed.substring(1).split("/", -1)) {
            if (!isName(segment)) {
                throw ApiException.badRequest(field, "'" + abbreviate(segment) + "' is not a valid node name");
            }
        }
        return trimmed;
    }

    static boolean isName(String segment) {
        return SEGMENT.matcher(segment).matches() && !segment.equals(".") && !segment.equals("..");
    }

    /** Jackrabbit's own trees (version storage, node types, access control): never content. */
    boolean isSystem() {
        return path.equals("/jcr:system") || path.startsWith("/jcr:system/") || path.contains("/rep:");
    }

    boolean isRoot() {
        return path.equals("/");
    }

    String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    String child(String name) {
        return isRoot() ? "/" + name : path + "/" + name;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
