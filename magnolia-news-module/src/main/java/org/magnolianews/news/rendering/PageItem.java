package org.magnolianews.news.rendering;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.context.MgnlContext;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The content item a detail page shows (a news item, a subject, a publication). In Magnolia a detail page
 * learns its item from the URL's selector, as Magnolia's demos do for content-app items
 * ({@code /news/article~2017/11/talks~.html}, typically reached through a virtual URI mapping): the first
 * selector is the item's path in the workspace the page's template shows. Any other page shows no item.
 */
public final class PageItem {

    /** A detail page template: which workspace its selector names an item of, and the item's node type. */
    record DetailPage(String workspace, String nodeType) {
    }

    static final Map<String, DetailPage> DETAIL_PAGES = Map.of(
            "news-module:pages/article", new DetailPage("news", "news:article"),
            "news-module:pages/subject", new DetailPage("subjects", "news:subject"),
            "news-module:pages/publication", new DetailPage("publications", "news:publication"));

    private PageItem() {
    }

    /** The item of the current rendering's page, if the page is a detail page and its selector names one. */
    public static Optional<Node> of(AggregationState state) throws RepositoryException {
        Optional<DetailPage> detail = detailPage(state);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        String[] selectors = state.getSelectors();
        String selector = selectors.length == 0 ? null : selectors[0];
        if (selector == null || selector.isBlank()) {
            return Optional.empty();
        }
        String path = selector.startsWith("/") ? selector : "/" + selector;
        Session session = MgnlContext.getJCRSession(detail.get().workspace());
        if (path.contains("//") || path.contains("/../") || !session.nodeExists(path)) {
            return Optional.empty();
        }
        Node item = session.getNode(path);
        return item.isNodeType(detail.get().nodeType()) ? Optional.of(item) : Optional.empty();
    }

    /**
     * The workspace the page's items live in, as templates name it to {@code cmsfn.contentById}; empty when
     * the page is no detail page.
     */
    public static Optional<String> workspaceOf(AggregationState state) throws RepositoryException {
        return detailPage(state).map(DetailPage::workspace);
    }

    private static Optional<DetailPage> detailPage(AggregationState state) throws RepositoryException {
        Node page = state.getMainContentNode();
        if (page == null || !page.hasProperty("mgnl:template")) {
            return Optional.empty();
        }
        return Optional.ofNullable(DETAIL_PAGES.get(page.getProperty("mgnl:template").getString()));
    }
}
