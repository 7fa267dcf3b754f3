package org.magnolianews.host.http;

import java.time.Duration;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's {@link CrossOriginHandler} (preflights, allowed origins, methods and headers) for the paths
 * {@link CorsSettings} names only, as Magnolia's CORS filter applies to its {@code uris}: the rest of the
 * host (the site, the admincentral) answers as if it were not there.
 */
public final class ScopedCrossOriginHandler extends CrossOriginHandler {

    private final CorsSettings settings;

    public ScopedCrossOriginHandler(CorsSettings settings, Handler handler) {
        this.settings = settings;
        setAllowedOriginPatterns(settings.originPatterns());
        setAllowedMethods(settings.allowedMethods());
        setAllowedHeaders(settings.allowedHeaders());
        setExposedHeaders(Set.of("ETag", "Content-Language", "Cache-Control"));
        setAllowCredentials(false);
        setPreflightMaxAge(Duration.ofMinutes(10));
        setHandler(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        for (String prefix : settings.paths()) {
            if (path.startsWith(prefix)) {
                return super.handle(request, response, callback);
            }
        }
        return getHandler().handle(request, response, callback);
    }
}
