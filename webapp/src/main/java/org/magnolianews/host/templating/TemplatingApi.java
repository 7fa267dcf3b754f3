package org.magnolianews.host.templating;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.author.pages.EditorResources;
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
    /** The endpoints' servlet paths (authenticated). */
    public static final List<String> PATHS = List.of("/.rest/template-annotations/*", "/.rest/template-definitions/*");
    /**
     * Where an SPA in the page editor's frame loads Magnolia's page editor script and stylesheet from (the paths
     * {@code @magnolia/template-annotations}' PageEditorBridge builds from the editor's address): the host's bars.
     */
    public static final String PAGE_EDITOR_SCRIPT = "/VAADIN/widgetsets/info.magnolia.PageEditor/info.magnolia.PageEditor.nocache.js";
    public static final String PAGE_EDITOR_STYLES = "/VAADIN/themes/pages-app/page-editor.css";

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
        ServletHolder pageEditorFiles = new ServletHolder(new PageEditorFiles());
        handler.addServlet(pageEditorFiles, PAGE_EDITOR_SCRIPT);
        handler.addServlet(pageEditorFiles, PAGE_EDITOR_STYLES);
    }

    /** The page editor's frame script and stylesheet at Magnolia's addresses. */
    private static final class PageEditorFiles extends jakarta.servlet.http.HttpServlet {
        private final transient EditorResources resources = new EditorResources();

        @Override
        protected void doGet(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
                throws java.io.IOException {
            resources.serve(response, request.getServletPath().endsWith(".js") ? "page-editor-frame.js" : "page-editor.css");
        }
    }
}
