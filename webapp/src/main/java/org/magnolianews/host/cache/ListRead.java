package org.magnolianews.host.cache;

import java.util.Optional;

/**
 * One list query a response read, and which part of its result it saw: enough to tell, for a change of one item,
 * whether the response could show something else now.
 *
 * <ul>
 *   <li>{@link Extent#ALL}: the response depended on every match (it read them all, or their number): it changes
 *       when an item enters or leaves the matches;</li>
 *   <li>{@link Extent#WINDOW}: it read matches up to {@code boundary} (the order property's value of the last one
 *       read) and stopped: it changes when an item enters or leaves the matches at or before the boundary (at the
 *       window or ahead of it: ahead shifts the window). Items inside the window were read, so their own keys
 *       cover changes of their content.</li>
 * </ul>
 * A statement {@link XPathList} cannot read, or a window without an order, counts as touched by any change of
 * the workspace.
 *
 * @param key the surrogate key of this list query
 * @param parsed the statement as understood, empty when it is not
 */
public record ListRead(String key, String workspace, String statement, long offset, long limit, Extent extent, String boundary,
                       Optional<XPathList> parsed) {

    public enum Extent { ALL, WINDOW }

    /**
     * About the bytes this takes on the heap, for the registry's bound. A heap histogram of a 20k site's host after
     * 15,000 article renderings (53,700 lists: the records, the parsed statements' nodes and literals, the statement,
     * key and boundary strings, the map entries) comes to ~900 bytes a list, for statements of ~250 characters; this
     * errs high.
     */
    public int weight() {
        return 256 + 4 * statement.length() + (boundary == null ? 0 : 2 * boundary.length());
    }

    public static ListRead of(String workspace, String statement, long offset, long limit, Extent extent, String boundary) {
        String key = SurrogateKeys.list(workspace + "\n" + statement + "\n" + offset + "\n" + limit + "\n" + extent);
        return new ListRead(key, workspace, statement, offset, limit, extent, boundary, XPathList.parse(statement));
    }

    /**
     * Whether a change of one item from {@code before} to {@code after} (null: not live) may change what this list
     * showed. {@link LiveStates#UNKNOWN} for a state nobody kept counts as "may".
     */
    public boolean touchedBy(String changedWorkspace, ItemState before, ItemState after) {
        if (!workspace.equals(changedWorkspace)) {
            return false;
        }
        Optional<XPathList> list = parsed;
        if (list.isEmpty() || (extent == Extent.WINDOW && list.get().orderProperty().isEmpty())) {
            return true;
        }
        Boolean was = position(list.get(), before);
        Boolean is = position(list.get(), after);
        return was == null || is == null || !was.equals(is);
    }

    /** Whether the item is among the matches this list's response depended on; null when that cannot be told. */
    private Boolean position(XPathList list, ItemState state) {
        if (state == null) {
            return Boolean.FALSE;
        }
        if (state == LiveStates.UNKNOWN) {
            return null;
        }
        Boolean matches = list.matches(state);
        if (!Boolean.TRUE.equals(matches) || extent == Extent.ALL) {
            return matches;
        }
        return list.atOrBefore(state, boundary);
    }
}
