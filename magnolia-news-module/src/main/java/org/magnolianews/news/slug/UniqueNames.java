package org.magnolianews.news.slug;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** Picks a node name that is free in a folder: the slug itself, else the slug with -2, -3 … appended. */
public final class UniqueNames {

    private UniqueNames() {
    }

    public static String freeName(Node folder, String slug) throws RepositoryException {
        if (!folder.hasNode(slug)) {
            return slug;
        }
        for (int suffix = 2; ; suffix++) {
            String candidate = slug + "-" + suffix;
            if (!folder.hasNode(candidate)) {
                return candidate;
            }
        }
    }
}
