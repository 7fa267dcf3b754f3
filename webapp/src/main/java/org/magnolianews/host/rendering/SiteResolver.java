package org.magnolianews.host.rendering;

import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.MgnlNodeTypes;

/**
 * Maps a site path (without language prefix) to what renders it, reading only live workspaces:
 * {@code /} is the home page, {@code /news.html} the page {@code /home/news},
 * {@code /news/2017/11/x.html} the news item {@code /2017/11/x} through the article detail page.
 * Detail pages are not reachable by their own URL, and anything else is not found.
 */
final class SiteResolver {

    /** What a URL resolved to: the page to render and the item it shows, if any. */
    record Resolved(Node page, Optional<Node> item) {
    }

    private final SiteRoutes routes;

    SiteResolver(SiteRoutes routes) {
        this.routes = routes;
    }

    Optional<Resolved> resolve(String path, SiteSessions sessions) throws RepositoryException {
        Session website = sessions.session("website");
        if (path.equals("/") || path.isEmpty()) {
            return page(website, routes.homePage()).map(page -> new Resolved(page, Optional.empty()));
        }
        if (!path.endsWith(".html") || path.contains("//") || path.contains("/.") || path.contains("[") || path.contains("]")) {
            return Optional.empty();
        }
        String base = path.substring(0, path.length() - ".html".length());
        String[] split = base.substring(1).split("/", 2);
        Optional<SiteRoutes.ItemRoute> itemRoute = routes.byPrefix(split[0]);
        if (itemRoute.isPresent() && split.length == 2) {
            SiteRoutes.ItemRoute route = itemRoute.get();
            Optional<Node> item = node(sessions.session(route.workspace()), "/" + split[1]).filter(n -> isType(n, route.nodeType()));
            Optional<Node> detail = page(website, route.detailPage());
            if (item.isPresent() && detail.isPresent()) {
                return Optional.of(new Resolved(detail.get(), item));
            }
            return Optional.empty();
        }
        String pagePath = routes.homePage() + base;
        boolean detailPage = routes.items().stream().anyMatch(r -> r.detailPage().equals(pagePath));
        if (detailPage) {
            return Optional.empty();
        }
        return page(website, pagePath).map(page -> new Resolved(page, Optional.empty()));
    }

    private static Optional<Node> page(Session website, String path) throws RepositoryException {
        return node(website, path).filter(n -> isType(n, MgnlNodeTypes.PAGE));
    }

    private static Optional<Node> node(Session session, String path) throws RepositoryException {
        try {
            return session.nodeExists(path) ? Optional.of(session.getNode(path)) : Optional.empty();
        } catch (javax.jcr.PathNotFoundException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (RepositoryException e) {
            // A path that is not a valid JCR path (odd characters) names nothing on the site.
            if (e.getClass().getSimpleName().contains("Path") || e.getMessage() != null && e.getMessage().contains("path")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean isType(Node node, String type) {
        try {
            return node.isNodeType(type);
        } catch (RepositoryException e) {
            return false;
        }
    }
}
