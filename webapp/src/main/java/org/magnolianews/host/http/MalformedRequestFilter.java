package org.magnolianews.host.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's first filter: a request whose query string or form body cannot be decoded is answered
 * 400 in its surface's error form (Magnolia's JSON under /.rest, the site's or the admincentral's page
 * elsewhere) with one WARN line and no stack trace, before any servlet sees it (issue 12, defect 9).
 * Malformed paths never get this far: Jetty refuses them, and {@link QuietErrorHandler} answers.
 */
public final class MalformedRequestFilter extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedRequestFilter.class);
    private static final int LOGGED_URI_CHARS = 200;

    private final Surfaces surfaces;

    public MalformedRequestFilter(Surfaces surfaces) {
        this.surfaces = surfaces;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> problem = RequestDecoding.problem(request);
        if (problem.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        // The raw URI is still %-encoded, so it cannot break the log line; cut so a long one cannot flood it.
        String uri = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        LOG.warn("400 {} {}: {}", request.getMethod(), uri.length() > LOGGED_URI_CHARS ? uri.substring(0, LOGGED_URI_CHARS) + "…" : uri,
                problem.get());
        ErrorPage.Body body = surfaces.of(path, asksForHtml(request)).errorPage().render(path, 400, problem.get());
        response.setStatus(400);
        response.setContentType(body.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.bytes().length);
        response.getOutputStream().write(body.bytes());
    }

    static boolean asksForHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
