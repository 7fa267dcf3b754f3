package org.magnolianews.host.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Gives every response the security headers of its surface (issue 12), before the handler runs, so an
 * error answer has them too. A handler that resets its response to write an error page gets them back
 * at once; a handler with a stricter or looser need (the admincentral's preview of a site page) sets
 * its own after.
 */
public final class SecurityHeadersFilter extends HttpFilter {

    private final Surfaces surfaces;

    public SecurityHeadersFilter(Surfaces surfaces) {
        this.surfaces = surfaces;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders headers = surfaces.of(request.getRequestURI(), MalformedRequestFilter.asksForHtml(request)).headers();
        headers.applyTo(response);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                headers.applyTo((HttpServletResponse) getResponse());
            }
        });
    }
}
