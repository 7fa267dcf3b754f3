package org.magnolianews.host.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Times every request: {@code news_http_requests_seconds} by surface (site, delivery, management,
 * admincentral, assets, health, other), method and status class. Few tag values, so the series stay few
 * whatever the URLs.
 */
public final class RequestMetricsFilter extends HttpFilter {

    private final MeterRegistry registry;

    public RequestMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Timer.builder("news.http.requests").description("HTTP requests answered")
                    .tag("surface", surface(request.getRequestURI()))
                    .tag("method", method(request.getMethod()))
                    .tag("status", response.getStatus() / 100 + "xx")
                    .publishPercentileHistogram(false)
                    .register(registry)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    static String surface(String uri) {
        String path = uri == null ? "/" : uri;
        if (path.startsWith("/.rest/delivery/")) {
            return "delivery";
        }
        if (path.startsWith("/.rest/health")) {
            return "health";
        }
        if (path.startsWith("/.rest/")) {
            return "management";
        }
        if (path.startsWith("/.magnolia/")) {
            return "admincentral";
        }
        if (path.startsWith("/dam/") || path.startsWith("/.imaging/") || path.startsWith("/.resources/")) {
            return "assets";
        }
        return path.startsWith("/.") ? "other" : "site";
    }

    private static String method(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS" -> method;
            default -> "other";
        };
    }
}
