package org.magnolianews.host.http;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * One way into the host (delivery, management, site, author UI): registers its servlets and
 * filters. The host lists its features in one place; a feature knows nothing of the others.
 */
public interface WebFeature {
    void register(ServletContextHandler context);
}
