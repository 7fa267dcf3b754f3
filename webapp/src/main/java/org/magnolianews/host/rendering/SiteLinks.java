package org.magnolianews.host.rendering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.news.jcr.Items;

/**
 * URLs of the site: the reverse of {@link SiteResolver}. Pages of {@code /home/x} are {@code /x.html},
 * items are {@code /<prefix><path>.html}, the default language has no prefix, others {@code /ru}.
 * An item is linked in the wanted language if it exists in it, else in the first language it has.
 */
final class SiteLinks {

    static final String DAM_PREFIX = "/dam/";

    private final SiteRoutes routes;
    private final Languages languages;

    SiteLinks(SiteRoutes routes, Languages languages) {
        this.routes = routes;
        this.languages = languages;
    }

    String languagePrefix(String language) {
        return language.equals(languages.defaultLanguage()) ? "" : "/" + language;
    }

    /** Link to a page or an item in a language; null for nodes the site does not show (folders, areas). */
    String link(Node node, String language) throws RepositoryException {
        String workspace = logicalWorkspace(node.getSession());
        if (workspace.equals("website")) {
            Node page = node;
            while (!page.isNodeType(MgnlNodeTypes.PAGE) && page.getDepth() > 0) {
                page = page.getParent();
            }
            return pageLink(page.getPath(), language);
        }
        Optional<SiteRoutes.ItemRoute> route = routes.byWorkspace(workspace);
        if (route.isEmpty() || !node.isNodeType(route.get().nodeType())) {
            return null;
        }
        return languagePrefix(itemLanguage(node, language)) + "/" + route.get().prefix() + encodePath(node.getPath()) + ".html";
    }

    String pageLink(String pagePath, String language) {
        String prefix = languagePrefix(language);
        if (pagePath.equals(routes.homePage())) {
            return prefix + "/";
        }
        String relative = pagePath.startsWith(routes.homePage() + "/") ? pagePath.substring(routes.homePage().length()) : pagePath;
        return prefix + encodePath(relative) + ".html";
    }

    /** The language an item is shown in when {@code wanted} is asked for. */
    String itemLanguage(Node item, String wanted) throws RepositoryException {
        if (Items.existsIn(item, wanted, languages.defaultLanguage())) {
            return wanted;
        }
        for (String language : languages.all()) {
            if (Items.existsIn(item, language, languages.defaultLanguage())) {
                return language;
            }
        }
        return wanted;
    }

    static String logicalWorkspace(Session session) {
        String name = session.getWorkspace().getName();
        return name.endsWith("_live") ? name.substring(0, name.length() - "_live".length()) : name;
    }

    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                out.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return out.toString();
    }
}
