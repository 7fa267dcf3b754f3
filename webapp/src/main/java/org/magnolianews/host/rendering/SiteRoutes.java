package org.magnolianews.host.rendering;

import java.util.List;
import java.util.Optional;

/**
 * Where content items appear on the site, for the links the host makes ({@code cmsfn.link} of an item): an item
 * at path P in a workspace is at {@code /<prefix>P.html}, which the module's virtual URI mapping forwards to its
 * detail page of the {@code website} tree with {@code ?item=P}; the prefix alone ({@code /news.html}) is the
 * section page. Every other {@code /x/y.html} is the page {@code /home/x/y}.
 */
record SiteRoutes(String homePage, List<ItemRoute> items) {

    /** Items of {@code workspace} of type {@code nodeType} render at {@code /<prefix>/…html} through {@code detailPage}. */
    record ItemRoute(String prefix, String workspace, String nodeType, String detailPage) {
    }

    static final SiteRoutes NEWS_SITE = new SiteRoutes("/home", List.of(
            new ItemRoute("news", "news", "news:article", "/home/news/article"),
            new ItemRoute("subjects", "subjects", "news:subject", "/home/subjects/subject"),
            new ItemRoute("publications", "publications", "news:publication", "/home/publications/publication")));

    Optional<ItemRoute> byPrefix(String prefix) {
        return items.stream().filter(r -> r.prefix().equals(prefix)).findFirst();
    }

    Optional<ItemRoute> byDetailPage(String pagePath) {
        return items.stream().filter(r -> r.detailPage().equals(pagePath)).findFirst();
    }

    Optional<ItemRoute> byWorkspace(String workspace) {
        return items.stream().filter(r -> r.workspace().equals(workspace)).findFirst();
    }
}
