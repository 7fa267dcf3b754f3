package org.magnolianews.host.delivery;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.AnonymousAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /.rest/delivery/<endpoint>/…}: finds the endpoint, parses the request, answers from the
 * response cache or the live workspaces, with a strong ETag, {@code 304} on a matching
 * {@code If-None-Match}, and Magnolia's JSON errors.
 */
public final class DeliveryServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryServlet.class);

    /** What is served: replaced as a whole when a light module's endpoint changes on disk. */
    record Served(EndpointCatalog catalog, DeliveryService service) {
    }

    private volatile Served served;
    private final ResponseCache cache;
    private final AnonymousAccess access;
    private final LanguageSelector languages;
    private final DeliverySettings settings;

    DeliveryServlet(Served served, ResponseCache cache, LanguageSelector languages, DeliverySettings settings,
                    AnonymousAccess access) {
        this.access = access;
        this.served = served;
        this.cache = cache;
        this.languages = languages;
        this.settings = settings;
    }

    /** Serves another set of endpoints from now on (the caller purges the responses of the old ones). */
    void serve(Served next) {
        this.served = next;
    }

    Served served() {
        return served;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            error(response, new DeliveryException(405, "methodNotAllowed", "delivery endpoints are read-only: " + method + " is not allowed"));
            return;
        }
        try {
            answer(request, response);
        } catch (DeliveryException e) {
            error(response, e);
        } catch (RuntimeException e) {
            LOG.error("delivery request {} failed", request.getRequestURI(), e);
            error(response, new DeliveryException(500, "unknown", "the request could not be answered"));
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Served current = served;
        DeliveryService service = current.service();
        Optional<EndpointDefinition> matched = current.catalog().endpointFor(path);
        Optional<String> refusal = current.catalog().refusal(path, matched);
        if (refusal.isPresent()) {
            throw new DeliveryException(503, "definitionProblem", refusal.get());
        }
        EndpointDefinition endpoint = matched.orElseThrow(() -> new DeliveryException(404, "notFound",
                "no delivery endpoint at /.rest/delivery" + QueryString.printable(path)));
        String subPath = path.substring(endpoint.deliveryPath().length() + 1);
        List<QueryString.Parameter> parameters = QueryString.parse(request.getQueryString());
        Optional<String> lang = parameters.stream().filter(p -> p.name().equals("lang")).map(QueryString.Parameter::value).findFirst();
        if (parameters.stream().filter(p -> p.name().equals("lang")).count() > 1) {
            throw DeliveryException.invalidQuery("parameter 'lang' is given more than once");
        }
        LanguageChoice language = languages.choose(lang, request.getHeader("Accept-Language"), endpoint);
        DeliveryRequest parsed = new DeliveryRequestParser(endpoint, service.catalog(endpoint)).parse(subPath, parameters);
        checkAccess(endpoint, parsed, path);
        if (language.raw() && parsed instanceof DeliveryRequest.Query query && query.query().translated()) {
            throw DeliveryException.invalidQuery("translated=true needs one language (lang=en, lang=ru …), not lang=all");
        }
        String key = endpoint.path() + "|" + language.cacheKey() + "|" + parsed;
        CachedResponse cached = cache.get(key).orElseGet(() -> cache.compute(key, HttpCaching.acceptsGzip(request), () -> service.answer(endpoint, parsed, language)));
        boolean gzip = cached.gzipped() != null && HttpCaching.acceptsGzip(request);
        String etag = gzip ? cached.gzippedEtag() : cached.etag();
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", settings.cacheControl());
        org.magnolianews.host.cache.CacheHeaders.keys(response, cached.keys());
        response.addHeader("Vary", "Accept-Language, Accept-Encoding"); // added: CORS may have set "Vary: Origin"
        if (!language.raw()) {
            response.setHeader("Content-Language", language.language()); // also when a language asked for is not offered
        }
        if (HttpCaching.notModified(request, etag)) {
            response.setStatus(304);
            return;
        }
        byte[] body = gzip ? cached.gzipped() : cached.body();
        response.setStatus(200);
        response.setContentType(Json.CONTENT_TYPE);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * Delivery reads as the anonymous user: its roles' web access must allow the URI and, unless the endpoint sets
     * {@code bypassWorkspaceAcls}, their workspace ACLs the node read (a query: the endpoint's root).
     */
    private void checkAccess(EndpointDefinition endpoint, DeliveryRequest parsed, String path) {
        if (!access.canGet("/.rest/delivery" + path)) {
            throw new DeliveryException(403, "accessDenied", "anonymous has no web access to /.rest/delivery" + QueryString.printable(path));
        }
        String node = parsed instanceof DeliveryRequest.Read read ? endpoint.absolutePath(read.path())
                : parsed instanceof DeliveryRequest.Children children ? endpoint.absolutePath(children.path())
                : endpoint.rootPath();
        if (!endpoint.bypassWorkspaceAcls() && !access.canRead(endpoint.workspace(), node)) {
            throw new DeliveryException(403, "accessDenied", "anonymous may not read " + QueryString.printable(node) + " in workspace '"
                    + endpoint.workspace() + "': grant the rest-anonymous role read access (acl_" + endpoint.workspace()
                    + ") or set bypassWorkspaceAcls: true on the endpoint");
        }
    }

    private static void error(HttpServletResponse response, DeliveryException e) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Json.error(response, e.status(), e.code(), e.getMessage());
    }
}
