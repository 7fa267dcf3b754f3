package org.magnolianews.news.search;

import javax.jcr.Node;

/** One search result: the item (a node; templates make it a map with site.localized) and the plain text shown under its title. */
public final class SearchHit {

    private final Node item;
    private final String excerpt;

    SearchHit(Node item, String excerpt) {
        this.item = item;
        this.excerpt = excerpt;
    }

    public Node getItem() {
        return item;
    }

    public String getExcerpt() {
        return excerpt;
    }
}
