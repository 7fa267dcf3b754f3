package org.magnolianews.host.http;

import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * One way into the host (delivery, management, site, author UI): registers its servlets and
 * filters. The host lists its features in one place; a feature knows nothing of the others.
 */
public interface WebFeature {
    void register(ServletContextHandler context);

    /**
     * The parts of the URL space this feature answers, with their security headers and error form; the
     * host applies them to every response there, including the errors it answers before this feature's
     * servlets run. None by default: paths under /.rest/ are APIs with Magnolia's JSON errors anyway.
     */
    default List<Surface> surfaces() {
        return List.of();
    }

    /**
     * Called once the host is ready (health answers 200): background work that only makes later requests faster
     * (warm-ups) starts here, so it does not share the CPU with the start. Requests must not depend on it.
     */
    default void afterReady() {
    }
}
