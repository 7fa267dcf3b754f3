package org.magnolianews.host.rendering;

import java.util.Map;

/**
 * A request for a site page, as the URL says it: language (from the locale prefix {@code /ru/}),
 * the path without prefix, request parameters and the reader's country.
 */
record SiteRequest(String language, String path, Map<String, String> parameters, String baseUrl, String readerCountry) {
}
