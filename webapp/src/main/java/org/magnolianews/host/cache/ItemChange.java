package org.magnolianews.host.cache;

/**
 * One item's live state before and after a publish or unpublish (null: not live; {@link LiveStates#UNKNOWN}: not
 * kept), for structures that keep themselves current (counts, lists) and for the purge.
 */
public record ItemChange(String workspace, String identifier, ItemState before, ItemState after) {
}
