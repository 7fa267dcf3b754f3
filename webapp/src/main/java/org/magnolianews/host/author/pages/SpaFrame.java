package org.magnolianews.host.author.pages;

import java.net.URI;
import java.util.Optional;
import org.magnolianews.host.definition.Definition;

/**
 * Where the page editor's frame loads an SPA page: a page template of {@code renderType: spa} (or {@code site-spa})
 * with a {@code baseUrl} is rendered by its front end, at {@code baseUrl} + {@code routeTemplate} ({@code {language}}
 * and {@code {{@path}}} filled in, Magnolia's default {@code /{{@path}}}), with {@code mgnlPreview=false} (what
 * {@code @magnolia/template-annotations}' getMagnoliaContext reads as edit mode) and {@code mgnlChannel=desktop}.
 */
final class SpaFrame {

    private SpaFrame() {
    }

    static Optional<URI> of(Definition template, String pagePath, String language) {
        String renderType = template.string("renderType").orElse("");
        Optional<String> baseUrl = template.string("baseUrl");
        if (!(renderType.equals("spa") || renderType.equals("site-spa")) || baseUrl.isEmpty()) {
            return Optional.empty();
        }
        String route = template.string("routeTemplate").orElse("/{{@path}}")
                .replace("{{@path}}", pagePath).replace("{@path}", pagePath).replace("{language}", language);
        String base = baseUrl.get().endsWith("/") ? baseUrl.get().substring(0, baseUrl.get().length() - 1) : baseUrl.get();
        try {
            URI uri = URI.create(base + (route.startsWith("/") ? route : "/" + route));
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(URI.create(uri + (uri.getQuery() == null ? "?" : "&") + "mgnlPreview=false&mgnlChannel=desktop"));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a baseUrl that is no URL: the definition's problem, shown in the Definitions screen
        }
    }

    /** {@code http://host:port} of the frame, for the editor's frame-src. */
    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
