package org.magnolianews.host.rendering;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.virtualuri.VirtualUriMapping;
import org.magnolianews.host.virtualuri.VirtualUriMappings;

/**
 * Maps a site path (without language prefix) to what renders it, reading only live workspaces, the way
 * Magnolia's filter chain does: first the modules' virtual URI mappings (a {@code forward:} changes the path
 * and adds its query's parameters, a {@code redirect:}/{@code permanent:} answers at once), then the page of the
 * website tree at that path below the site's home ({@code /news.html} and {@code /news} are {@code /home/news};
 * {@code /} is the home page). Anything else is not found.
 */
final class SiteResolver {

    /** What a URL resolved to. */
    sealed interface Resolution permits Page, Redirect {
    }

    /**
     * A page to render, with the parameters its rendering sees (the request's, overridden by a forward's), the
     * URI it renders (a forward's target) and, on a detail page, the item its {@code item} parameter names.
     */
    record Page(Node page, Optional<Node> item, String currentUri, Map<String, String> parameters) implements Resolution {
    }

    record Redirect(int status, String location) implements Resolution {
    }

    private final SiteRoutes routes;
    private final VirtualUriMappings mappings;

    SiteResolver(SiteRoutes routes, VirtualUriMappings mappings) {
        this.routes = routes;
        this.mappings = mappings;
    }

    Optional<Resolution> resolve(String path, Map<String, String> parameters, SiteSessions sessions) throws RepositoryException {
        Session website = sessions.session("website");
        if (path.equals("/") || path.isEmpty()) {
            return page(website, routes.homePage()).map(page -> new Page(page, Optional.empty(), path, parameters));
        }
        Optional<VirtualUriMapping.Result> mapped = mappings.map(path);
        String target = path;
        Map<String, String> seen = parameters;
        if (mapped.isPresent()) {
            VirtualUriMapping.Result result = mapped.get();
            if (result.action() != VirtualUriMapping.Action.FORWARD) {
                return Optional.of(new Redirect(result.action() == VirtualUriMapping.Action.PERMANENT ? 301 : 302, result.uri()));
            }
            int query = result.uri().indexOf('?');
            target = query < 0 ? result.uri() : result.uri().substring(0, query);
            seen = query < 0 ? parameters : withQuery(parameters, result.uri().substring(query + 1));
        } else if (!path.endsWith(".html")) {
            return Optional.empty(); // only a forward reaches a page by its extension-less URI
        }
        if (target.contains("//") || target.contains("/.") || target.contains("[") || target.contains("]")) {
            return Optional.empty();
        }
        String base = target.endsWith(".html") ? target.substring(0, target.length() - ".html".length()) : target;
        Optional<Node> page = page(website, routes.homePage() + base);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Page(page.get(), item(page.get(), seen, sessions), target, seen));
    }

    /** The item a detail page's {@code item} parameter names, for the host's own use (language redirects, previews). */
    private Optional<Node> item(Node page, Map<String, String> parameters, SiteSessions sessions) throws RepositoryException {
        String itemPath = parameters.get("item");
        Optional<SiteRoutes.ItemRoute> route = routes.byDetailPage(page.getPath());
        if (itemPath == null || route.isEmpty() || !itemPath.startsWith("/") || itemPath.contains("//")) {
            return Optional.empty();
        }
        return node(sessions.session(route.get().workspace()), itemPath).filter(n -> isType(n, route.get().nodeType()));
    }

    /** A forward's query parameters override the request's, as a servlet forward's do. */
    private static Map<String, String> withQuery(Map<String, String> parameters, String query) {
        Map<String, String> merged = new LinkedHashMap<>(parameters);
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!name.isEmpty()) {
                merged.put(name, value);
            }
        }
        return merged;
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
