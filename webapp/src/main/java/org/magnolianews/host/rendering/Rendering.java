package org.magnolianews.host.rendering;

import java.time.Clock;
import java.util.Optional;
import javax.jcr.Node;
import org.magnolianews.host.content.Languages;

/**
 * The state of one page rendering, reachable from templates' helper objects on the rendering thread
 * (as Magnolia's MgnlContext is): the request, the page, the item it shows and the live sessions.
 */
final class Rendering implements AutoCloseable {

    private static final ThreadLocal<Rendering> CURRENT = new ThreadLocal<>();

    final SiteRequest request;
    final Languages languages;
    final SiteSessions sessions;
    final SiteLinks links;
    final Clock clock;
    Node page;
    Optional<Node> item = Optional.empty();

    Rendering(SiteRequest request, Languages languages, SiteSessions sessions, SiteLinks links, Clock clock) {
        this.request = request;
        this.languages = languages;
        this.sessions = sessions;
        this.links = links;
        this.clock = clock;
        CURRENT.set(this);
    }

    static Rendering current() {
        Rendering rendering = CURRENT.get();
        if (rendering == null) {
            throw new IllegalStateException("not inside a page rendering");
        }
        return rendering;
    }

    String language() {
        return request.language();
    }

    ContentMap map(Node node) {
        return new ContentMap(node, language(), languages.defaultLanguage(), languages.all());
    }

    @Override
    public void close() {
        CURRENT.remove();
        sessions.close();
    }
}
