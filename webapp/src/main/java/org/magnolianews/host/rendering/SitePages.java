package org.magnolianews.host.rendering;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.DefinitionException;
import org.magnolianews.host.repository.ContentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders one site request to a response: resolves the URL, sends a reader who asks for an item in
 * a language it does not exist in to the language it has, renders the page, and answers unknown
 * paths with the site's 404 page and failures with a 500 page, never with a stack trace.
 */
final class SitePages {

    private static final Logger LOG = LoggerFactory.getLogger(SitePages.class);
    static final String HTML = "text/html;charset=utf-8";
    /**
     * The site's own "not found" page ({@code /home/not-found} of the website tree, in the reader's language), as a
     * Magnolia site names a page of its tree as the 404 location: answered with status 404 wherever a page is
     * missing, and for its own address too. Without that page the built-in plain one answers.
     */
    static final String NOT_FOUND_PATH = "/not-found.html";

    /** A rendered response, or a redirect. */
    record Response(int status, String contentType, byte[] body, String location) {
        PageCache.Entry entry() {
            return new PageCache.Entry(status, contentType, body);
        }
    }

    private final ContentRepository repository;
    private final Languages languages;
    private final SiteResolver resolver;
    private final SiteLinks links;
    private final TemplateRenderer renderer;
    private final ErrorPages errorPages;
    private final Clock clock;
    private final SpaPages spaPages;
    private final PublishedSessions published;

    /** With SPA pages answered as Magnolia's SPA renderer does ({@link SpaPages}). */
    SitePages(ContentRepository repository, PublishedSessions published, Languages languages, SiteResolver resolver, SiteLinks links,
              TemplateRenderer renderer, ErrorPages errorPages, Clock clock, SpaPages spaPages) {
        this.spaPages = spaPages;
        this.repository = repository;
        this.published = published;
        this.languages = languages;
        this.resolver = resolver;
        this.links = links;
        this.renderer = renderer;
        this.errorPages = errorPages;
        this.clock = clock;
    }

    Response render(SiteRequest request) {
        return render(request, published.open());
    }

    /**
     * The site page of a draft (an item, or a page of the website tree) as it would look once published,
     * rendered from the editing workspaces; empty when the site has no page for the node. For the author
     * UI's preview only: never cached, never reachable from the public site.
     */
    Optional<Response> preview(String workspace, String path, String language, String baseUrl, Function<String, String> assetLinks) {
        return draft(workspace, path, language, baseUrl, assetLinks, false);
    }

    /**
     * As {@link #preview}, in the pages app's edit mode: the {@code cms} directives write the page editor's comments
     * ({@link CmsDirectives}). For the author UI's edit frame only.
     */
    Optional<Response> edit(String path, String language, String baseUrl, Function<String, String> assetLinks) {
        return draft(org.magnolianews.host.repository.WorkspaceLayout.WEBSITE, path, language, baseUrl, assetLinks, true);
    }

    private Optional<Response> draft(String workspace, String path, String language, String baseUrl, Function<String, String> assetLinks,
                                     boolean editMode) {
        SiteSessions sessions = SiteSessions.drafts(repository, assetLinks);
        try {
            Session session = sessions.session(workspace);
            String link = session.nodeExists(path) ? links.link(session.getNode(path), language) : null;
            if (link == null) {
                sessions.close();
                return Optional.empty();
            }
            String shown = languages.all().stream().filter(l -> !links.languagePrefix(l).isEmpty() && link.startsWith(links.languagePrefix(l) + "/"))
                    .findFirst().orElse(languages.defaultLanguage());
            String sitePath = link.substring(links.languagePrefix(shown).length());
            return Optional.of(render(new SiteRequest(shown, sitePath, Map.of(), baseUrl, null), sessions, editMode));
        } catch (RepositoryException | RuntimeException e) {
            sessions.close();
            LOG.error("cannot preview {}:{}: {}", workspace, path, e.toString(), e);
            return Optional.of(new Response(500, HTML, errorPages.serverError(language), null));
        }
    }

    private Response render(SiteRequest request, SiteSessions sessions) {
        return render(request, sessions, false);
    }

    private Response render(SiteRequest request, SiteSessions sessions, boolean editMode) {
        Response response = renderPage(request, sessions, editMode);
        if (response.body() == null) { // not found: the site's page for it, with the status
            return sessions.drafts() ? new Response(response.status(), HTML, errorPages.notFound(request.language()), null)
                    : new Response(response.status(), HTML, notFoundPage(request), null);
        }
        if (request.path().equals(NOT_FOUND_PATH) && response.status() == 200) {
            return new Response(404, HTML, response.body(), null);
        }
        return response;
    }

    /** The site's "not found" page in the request's language: the website tree's, else the built-in one. */
    byte[] notFoundPage(SiteRequest request) {
        SiteRequest notFound = new SiteRequest(request.language(), NOT_FOUND_PATH, Map.of(), request.baseUrl(),
                request.readerCountry(), request.servletRequest());
        Response page = renderPage(notFound, published.open(), false);
        return page.status() == 200 && page.body() != null ? page.body() : errorPages.notFound(request.language());
    }

    /** The rendered page; a missing page (or one its model declared missing) has no body, only its status. */
    private Response renderPage(SiteRequest request, SiteSessions sessions, boolean editMode) {
        Optional<SiteResolver.Resolution> resolution;
        try {
            resolution = resolver.resolve(request.path(), request.parameters(), sessions);
        } catch (RepositoryException | RuntimeException e) {
            sessions.close();
            LOG.error("cannot resolve {}: {}", request.path(), e.toString(), e);
            return new Response(500, HTML, errorPages.serverError(request.language()), null);
        }
        if (resolution.isEmpty()) {
            sessions.close();
            return new Response(404, HTML, null, null);
        }
        if (resolution.get() instanceof SiteResolver.Redirect redirect) {
            sessions.close();
            return new Response(redirect.status(), HTML, new byte[0], links.languagePrefix(request.language()) + redirect.location());
        }
        SiteResolver.Page resolved = (SiteResolver.Page) resolution.get();
        try (Rendering rendering = new Rendering(request.withParameters(resolved.parameters()), languages, sessions, links, clock,
                editMode)) {
            Optional<Node> item = resolved.item();
            if (item.isPresent() && !sessions.drafts()) {
                String shown = links.itemLanguage(item.get(), request.language());
                if (!shown.equals(request.language())) {
                    return new Response(302, HTML, new byte[0], links.link(item.get(), shown));
                }
            }
            rendering.show(resolved.page(), item, resolved.currentUri());
            Optional<Response> spa = spaPages == null ? Optional.empty() : spaPages.answer(rendering.page, request.language());
            if (spa.isPresent()) {
                return spa.get();
            }
            StringWriter out = new StringWriter(16_384);
            renderer.renderPage(rendering.page, out);
            if (rendering.status == 404 || rendering.status == 410) {
                // A model said this page does not exist (a page number past the list, a detail page without its
                // item): the site's 404, not a soft one.
                return new Response(rendering.status, HTML, null, null);
            }
            return new Response(200, HTML, out.toString().getBytes(StandardCharsets.UTF_8), null);
        } catch (org.magnolianews.host.definition.UnusableDefinitionException e) {
            // The template is not registered or has a problem that keeps it from use: logged once when it was registered,
            // shown on the Definitions screen; not again on every request.
            LOG.debug("cannot render {}: {}", request.path(), e.getMessage());
            return new Response(404, HTML, null, null);
        } catch (DefinitionException e) {
            LOG.error("cannot render {}: {}", request.path(), e.getMessage()); // file:line says it all
            return new Response(500, HTML, errorPages.serverError(request.language()), null);
        } catch (freemarker.template.TemplateException e) {
            LOG.error("cannot render {}: {}", request.path(), ScriptProblem.describe(e));
            return new Response(500, HTML, errorPages.serverError(request.language()), null);
        } catch (Exception e) {
            LOG.error("cannot render {}: {}", request.path(), e.toString(), e);
            return new Response(500, HTML, errorPages.serverError(request.language()), null);
        }
    }
}
