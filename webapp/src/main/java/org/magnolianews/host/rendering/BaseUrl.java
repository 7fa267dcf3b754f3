package org.magnolianews.host.rendering;

import jakarta.servlet.http.HttpServletRequest;

/** The site's absolute base URL as the reader asked for it ({@code https://news.example.com}), for links in pages, feeds and robots.txt. */
final class BaseUrl {

    private BaseUrl() {
    }

    /** From the Host header when it is a plain host name (with a port), else from the connection. */
    static String of(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return request.getScheme() + "://" + host;
    }
}
