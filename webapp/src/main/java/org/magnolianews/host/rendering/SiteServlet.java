package org.magnolianews.host.rendering;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.magnolianews.host.cache.CacheHeaders;
import org.magnolianews.host.cache.CachePolicy;
import org.magnolianews.host.content.Languages;
import org.magnolianews.news.rendering.ReaderCountry;

/**
 * The public site's pages ({@code /}, {@code /ru/}, {@code /news/…html} …), through the page cache.
 * Paths of the host's own machinery ({@code /.rest}, {@code /.resources} …) that no feature answered
 * go to the host's error handler, so they keep their JSON errors.
 */
final class SiteServlet extends HttpServlet {

    private final SitePages pages;
    private final PageCache cache;
    private final Languages languages;

    SiteServlet(SitePages pages, PageCache cache, Languages languages) {
        this.pages = pages;
        this.cache = cache;
        this.languages = languages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/.")) {
            response.sendError(404);
            return;
        }
        String language = languages.defaultLanguage();
        for (String other : languages.all()) {
            if (!other.equals(language) && (path.equals("/" + other) || path.startsWith("/" + other + "/"))) {
                if (path.equals("/" + other)) {
                    response.sendRedirect("/" + other + "/");
                    return;
                }
                language = other;
                path = path.substring(other.length() + 1);
            }
        }
        Map<String, String> parameters = parameters(request);
        String country = readerCountry(request, language);
        SiteRequest site = new SiteRequest(language, path, parameters, BaseUrl.of(request), country, request);
        String key = site.baseUrl() + "|" + language + "|" + path + "|" + parameters + "|" + country;
        // Only the paging parameter changes a page; other query strings are not worth a cache entry each.
        boolean cacheable = parameters.keySet().stream().allMatch("page"::equals);
        PageCache.Served served = cacheable ? cache.get(key, () -> respond(site))
                : new PageCache.Served(cache.renderUncached(() -> respond(site)), false);
        PageCache.Entry entry = served.entry();
        if (entry.status() == 301 || entry.status() == 302) {
            response.setStatus(entry.status());
            response.setHeader("Location", new String(entry.body(), java.nio.charset.StandardCharsets.UTF_8));
            response.setContentLength(0);
            return;
        }
        response.setStatus(entry.status());
        response.setContentType(entry.contentType());
        boolean shared = entry.status() == 200 && cacheable && served.shareable();
        response.setHeader("Cache-Control", shared ? CachePolicy.shared(CachePolicy.BROWSER_MAX_AGE) : CachePolicy.NO_STORE);
        if (shared) {
            CacheHeaders.keys(response, entry.keys());
        }
        response.setHeader("X-Cache", served.hit() ? "HIT" : "MISS");
        response.setHeader("Vary", "Accept-Language, CF-IPCountry");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    private PageCache.Entry respond(SiteRequest site) {
        SitePages.Response rendered = pages.render(site);
        if (rendered.location() != null) {
            return new PageCache.Entry(rendered.status(), SitePages.HTML, rendered.location().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return rendered.entry();
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                parameters.put(name, values[0]);
            }
        });
        return new LinkedHashMap<>(parameters);
    }


    /**
     * The reader's country, by the module's own rule ({@link ReaderCountry}), which its models apply to the
     * same request: so the page cache keeps one variant per country the models can tell apart.
     */
    static String readerCountry(HttpServletRequest request, String language) {
        return ReaderCountry.of(request.getHeader(ReaderCountry.COUNTRY_HEADER), request.getHeader("Accept-Language"), language);
    }
}
