package org.magnolianews.host.management;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.http.WebFeature;
import org.magnolianews.host.security.ApiAuthFilter;
import org.magnolianews.host.security.HostSecurity;

/**
 * The authenticated management API: Magnolia's nodes endpoint, the publishing commands, API tokens
 * and user accounts, behind one authentication filter; plus the public OpenAPI document.
 */
public final class ManagementApi implements WebFeature {

    static final String[] PROTECTED = {"/.rest/nodes/*", "/.rest/commands/*", "/.rest/tokens/*", "/.rest/users/*", "/.rest/audit/*",
        "/.rest/webhooks/*"};

    private final HostContext context;
    private final HostSecurity security;

    public ManagementApi(HostContext context, HostSecurity security) {
        this.context = context;
        this.security = security;
    }

    @Override
    public void register(ServletContextHandler handler) {
        FilterHolder auth = new FilterHolder(new ApiAuthFilter(security.authenticator(), security.clients()));
        for (String path : PROTECTED) {
            handler.addFilter(auth, path, EnumSet.of(DispatcherType.REQUEST));
        }
        handler.addServlet(new ServletHolder(new NodesServlet(context.repository(), context.definitions(), context.content())),
                "/.rest/nodes/v1/*");
        handler.addServlet(new ServletHolder(new CommandsServlet(context.repository(), context.content())), "/.rest/commands/v2/*");
        handler.addServlet(new ServletHolder(new TokensServlet(security.authenticator().tokens(), context.users())), "/.rest/tokens/v1/*");
        handler.addServlet(new ServletHolder(new UsersServlet(context.users(), context.audit(), security.clients())), "/.rest/users/v1/*");
        handler.addServlet(new ServletHolder(new AuditServlet(context.audit())), "/.rest/audit/v1");
        handler.addServlet(new ServletHolder(new WebhooksServlet(new org.magnolianews.host.webhooks.WebhookOutbox(context.repository()))),
                "/.rest/webhooks/v1/*");
        handler.addServlet(new ServletHolder(new OpenApiServlet()), "/.rest/openapi.json");
    }
}
