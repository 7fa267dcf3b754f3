package org.magnolianews.host.templating;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.http.WebFeature;
import org.magnolianews.host.security.ApiAuthFilter;
import org.magnolianews.host.security.HostSecurity;

/**
 * Magnolia's SPA templating endpoints on an author node (Pages module's spa-rendering): the template annotations of a
 * page and template definitions by id, for front ends edited in the page editor. Behind the management API's
 * authentication (an author instance grants no anonymous access to them); a public node refuses them as it refuses
 * every author address.
 */
public final class TemplatingApi implements WebFeature {

    public static final String ANNOTATIONS = "/.rest/template-annotations/v1";
    public static final String DEFINITIONS = "/.rest/template-definitions/v1";
    /** The servlet paths a public node answers 404. */
    public static final List<String> PATHS = List.of("/.rest/template-annotations/*", "/.rest/template-definitions/*");

    private final HostContext context;
    private final HostSecurity security;

    public TemplatingApi(HostContext context, HostSecurity security) {
        this.context = context;
        this.security = security;
    }

    @Override
    public void register(ServletContextHandler handler) {
        FilterHolder auth = new FilterHolder(new ApiAuthFilter(security.authenticator(), security.clients()));
        for (String path : PATHS) {
            handler.addFilter(auth, path, EnumSet.of(DispatcherType.REQUEST));
        }
        EditorAnnotations annotations = new EditorAnnotations(context.definitions());
        handler.addServlet(new ServletHolder(new TemplateAnnotationsServlet(context.repository(), annotations)), ANNOTATIONS + "/*");
        handler.addServlet(new ServletHolder(new TemplateAnnotationsServlet(context.repository(), annotations)), ANNOTATIONS);
        handler.addServlet(new ServletHolder(new TemplateDefinitionsServlet(context.definitions())), DEFINITIONS + "/*");
        handler.addServlet(new ServletHolder(new TemplateDefinitionsServlet(context.definitions())), DEFINITIONS);
    }
}
