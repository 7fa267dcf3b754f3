package org.magnolianews.news.rendering;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.context.Context;
import info.magnolia.context.MgnlContext;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The content item a detail page shows (a news item, a subject, a publication). The module's virtual URI
 * mappings forward {@code /news/2017/11/talks.html} to the article page with the item's path as the {@code item}
 * request parameter ({@code /news/article?item=/2017/11/talks}), as Magnolia's travel demo forwards
 * {@code /tours/<name>.html} with {@code ?tour=/<name>}; the path is read in the workspace the page's template
 * shows. (A {@code ~selector~} cannot carry a path: Magnolia's repository mapping looks for the selector only after
 * the URI's last slash.) Any other page shows no item.
 */
public final class PageItem {

    /** Characters JCR names may not hold (a reader can type anything into the URL; it names no item then). */
    private static final java.util.regex.Pattern INVALID_IN_PATH = java.util.regex.Pattern.compile("[\\[\\]*|:\\u0000-\\u001f]");

    /** The request parameter a detail page reads its item's path from. */
    public static final String PARAMETER = "item";

    /** A detail page template: which workspace its item parameter names an item of, and the item's node type. */
    record DetailPage(String workspace, String nodeType) {
    }

    static final Map<String, DetailPage> DETAIL_PAGES = Map.of(
            "news-module:pages/article", new DetailPage("news", "news:article"),
            "news-module:pages/subject", new DetailPage("subjects", "news:subject"),
            "news-module:pages/publication", new DetailPage("publications", "news:publication"));

    private PageItem() {
    }

    /**
     * The item found for a page and parameter, kept for the rest of the request (Magnolia's request-scoped context
     * attribute): every model of an article page asks for it, and each look-up resolved the path twice.
     */
    private record Found(Node page, String path, Optional<Node> item) {
    }

    static final String FOUND_ATTRIBUTE = PageItem.class.getName() + ".found";

    /** The item of the current rendering's page, if the page is a detail page and its item parameter names one. */
    public static Optional<Node> of(AggregationState state) throws RepositoryException {
        Node page = state.getMainContentNode();
        String path = MgnlContext.getParameter(PARAMETER);
        Object found = MgnlContext.getAttribute(FOUND_ATTRIBUTE);
        if (found instanceof Found known && known.page() == page && page != null && Objects.equals(known.path(), path)) {
            return known.item();
        }
        Optional<Node> item = find(state);
        if (page != null) {
            MgnlContext.getInstance().setAttribute(FOUND_ATTRIBUTE, new Found(page, path, item), Context.LOCAL_SCOPE);
        }
        return item;
    }

    private static Optional<Node> find(AggregationState state) throws RepositoryException {
        Optional<DetailPage> detail = detailPage(state);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        String path = MgnlContext.getParameter(PARAMETER);
        if (path == null || !path.startsWith("/") || path.length() == 1) {
            return Optional.empty();
        }
        Session session = MgnlContext.getJCRSession(detail.get().workspace());
        if (path.contains("//") || path.contains("/../") || path.endsWith("/..") || INVALID_IN_PATH.matcher(path).find()
                || !session.nodeExists(path)) {
            return Optional.empty();
        }
        Node item = session.getNode(path);
        return item.isNodeType(detail.get().nodeType()) ? Optional.of(item) : Optional.empty();
    }

    /** Whether the current rendering's page is a detail page (one that needs an item to show anything). */
    public static boolean isDetailPage(AggregationState state) throws RepositoryException {
        return detailPage(state).isPresent();
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
