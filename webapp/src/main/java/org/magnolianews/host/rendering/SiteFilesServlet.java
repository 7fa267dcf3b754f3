package org.magnolianews.host.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The files every site is asked for at its root (issue 10): {@code /robots.txt} (everything may be
 * crawled but the admincentral and the REST API; the sitemap index named) and {@code /favicon.ico}
 * (a permanent redirect to the module's icon, for clients that ask before reading the page's link).
 */
final class SiteFilesServlet extends HttpServlet {

    static final String ICON = "/.resources/news-module/webresources/favicon.svg";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/favicon.ico")) {
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setStatus(301);
            response.setHeader("Location", ICON);
            return;
        }
        byte[] body = ("User-agent: *\n"
                + "Disallow: /.magnolia/\n"
                + "Disallow: /.rest/\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + BaseUrl.of(request) + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
