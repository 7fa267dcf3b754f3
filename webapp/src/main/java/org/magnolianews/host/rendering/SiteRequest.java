package org.magnolianews.host.rendering;

import java.util.Map;

/**
 * A request for a site page, as the URL says it: language (from the locale prefix {@code /ru/}),
 * the path without prefix, request parameters and the reader's country; and the servlet request it came
 * with, which models see through Magnolia's {@code WebContext.getRequest()} (null for previews and feeds).
 */
record SiteRequest(String language, String path, Map<String, String> parameters, String baseUrl, String readerCountry,
                   jakarta.servlet.http.HttpServletRequest servletRequest) {

    SiteRequest(String language, String path, Map<String, String> parameters, String baseUrl, String readerCountry) {
        this(language, path, parameters, baseUrl, readerCountry, null);
    }

    /** The same request as a virtual URI forward passes it on: the browser's path, the forward's parameters. */
    SiteRequest withParameters(Map<String, String> forwarded) {
        return new SiteRequest(language, path, Map.copyOf(forwarded), baseUrl, readerCountry, servletRequest);
    }
}
