package org.magnolianews.host.repository;

import org.apache.jackrabbit.util.ISO9075;

/**
 * The start of an XPath statement that selects the descendants of a folder.
 *
 * <p>Why not always {@code /jcr:root//}: Jackrabbit 2 turns {@code /jcr:root//element(*, t)[…]} into a
 * descendant-axis query that walks the parent chain of every hit to prove it lies under the root, which
 * it always does; at 100k articles that walk was 40 % of the author list's query time. A statement that
 * starts with {@code //} and has a predicate (a node type test counts) is answered by the predicate alone.
 */
public final class XPathScope {

    private XPathScope() {
    }

    /** {@code //} for the root, else {@code /jcr:root/encoded/path//}; append the element test. */
    public static String descendantsOf(String folder) {
        return folder.equals("/") ? "//" : "/jcr:root" + ISO9075.encodePath(folder) + "//";
    }
}
