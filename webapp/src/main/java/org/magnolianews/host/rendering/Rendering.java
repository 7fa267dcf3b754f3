package org.magnolianews.host.rendering;

import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.content.Languages;

/**
 * The state of one page rendering, reachable from templates' helper objects on the rendering thread.
 * It is also Magnolia's view of the rendering: while it is open, {@code MgnlContext}'s instance on this
 * thread is a {@link HostWebContext} over it, with Magnolia's {@link info.magnolia.cms.core.AggregationState}
 * ({@link #state}: page, current node, selector, locale, URIs); closing it clears the context.
 */
final class Rendering implements AutoCloseable {

    private static final ThreadLocal<Rendering> CURRENT = new ThreadLocal<>();

    final SiteRequest request;
    final Languages languages;
    final SiteSessions sessions;
    final SiteLinks links;
    final Clock clock;
    final info.magnolia.cms.core.AggregationState state = new info.magnolia.cms.core.AggregationState();
    /**
     * The pages app's edit mode (author side, a user who may edit): the {@code cms} directives write the page editor's
     * comments. Never on the public site, never in a preview.
     */
    final boolean editMode;
    /** Template definitions of the renderables being rendered, innermost first: what a {@code cms.area} belongs to. */
    final Deque<org.magnolianews.host.definition.Definition> definitions = new ArrayDeque<>();
    /** Models of the renderables being rendered, innermost first: the parent of the next model is on top. */
    final Deque<RenderingModel<?>> models = new ArrayDeque<>();
    /** A status a model asked for through the web context's response ({@code sendError(404)}); 200 otherwise. */
    int status = 200;
    Node page;
    /** The item a detail page shows, for {@code cmsfn.localizedLinks()}: the languages it exists in. */
    Optional<Node> item = Optional.empty();

    Rendering(SiteRequest request, Languages languages, SiteSessions sessions, SiteLinks links, Clock clock) {
        this(request, languages, sessions, links, clock, false);
    }

    Rendering(SiteRequest request, Languages languages, SiteSessions sessions, SiteLinks links, Clock clock, boolean editMode) {
        this.editMode = editMode && sessions.drafts();
        this.request = request;
        this.languages = languages;
        this.sessions = sessions;
        this.links = links;
        this.clock = clock;
        state.setLocale(Locale.forLanguageTag(request.language()));
        state.setCharacterEncoding("UTF-8");
        state.setPreviewMode(sessions.drafts() && !this.editMode);
        String uri = links.languagePrefix(request.language()) + request.path();
        state.setOriginalURI(uri);
        state.setCurrentURI(uri);
        state.setOriginalURL(request.baseUrl() + uri);
        CURRENT.set(this);
        MgnlContext.setInstance(new HostWebContext(this));
    }

    static Rendering current() {
        Rendering rendering = CURRENT.get();
        if (rendering == null) {
            throw new IllegalStateException("not inside a page rendering");
        }
        return rendering;
    }

    /**
     * The page this rendering shows, at the URI it renders: a virtual URI mapping's forward target
     * ({@code /news/article} for {@code /news/2017/11/talks.html}) is the current URI while the original URI and
     * URL stay the browser's, as after Magnolia's forward.
     */
    void show(Node page, Optional<Node> item, String currentUri) throws RepositoryException {
        this.page = page;
        this.item = item;
        state.setMainContentNode(page);
        state.setCurrentContentNode(page);
        state.setRepository("website");
        state.setHandle(page.getPath());
        state.setExtension("html");
        state.setCurrentURI(links.languagePrefix(language()) + currentUri);
    }

    String language() {
        return request.language();
    }

    /** A node as the script's {@code content}: localized and HTML-escaped, as Magnolia's renderer wraps it. */
    ContentMap content(Node node) {
        org.magnolianews.host.cache.ReadLog.node(node); // what reaches a template is what the page shows
        return new ContentMap(node, language(), languages.defaultLanguage(), languages.all(), true, true);
    }

    /**
     * A node as {@code cmsfn.asContentMap} makes it: unescaped, localized only if {@code cmsfn.wrapForI18n} marked
     * the node; and as {@code cmsfn.contentById}/{@code contentByPath} return it (never marked). Recorded as read.
     */
    ContentMap plain(Node node) {
        org.magnolianews.host.cache.ReadLog.node(I18nNodes.unwrap(node));
        return new ContentMap(node, language(), languages.defaultLanguage(), languages.all(), I18nNodes.isWrapped(node), false);
    }

    @Override
    public void close() {
        CURRENT.remove();
        MgnlContext.setInstance(null);
        sessions.close();
    }
}
