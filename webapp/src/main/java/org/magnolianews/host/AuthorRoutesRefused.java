package org.magnolianews.host;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.magnolianews.host.http.WebFeature;

/**
 * On a public node, the author's addresses (admincentral, previews, the management API: nodes, commands, tokens,
 * users, audit, its OpenAPI document; the SPA templating endpoints) answer 404 in their surface's error form, whatever the method: a public node
 * has no route that writes content, and says nothing about the author's.
 */
final class AuthorRoutesRefused implements WebFeature {

    static final List<String> PATHS = java.util.stream.Stream.concat(Stream.of("/.magnolia/*", "/.rest/nodes/*", "/.rest/commands/*",
            "/.rest/tokens/*", "/.rest/users/*", "/.rest/audit/*", "/.rest/openapi.json"),
            Stream.concat(org.magnolianews.host.templating.TemplatingApi.PATHS.stream(),
            Stream.of(org.magnolianews.host.templating.TemplatingApi.PAGE_EDITOR_SCRIPT,
                    org.magnolianews.host.templating.TemplatingApi.PAGE_EDITOR_STYLES))).toList();

    @Override
    public void register(ServletContextHandler context) {
        ServletHolder notHere = new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendError(404, "not served by a public node");
            }
        });
        for (String path : PATHS) {
            context.addServlet(notHere, path);
        }
    }
}
