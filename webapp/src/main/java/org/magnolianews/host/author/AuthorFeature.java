package org.magnolianews.host.author;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.author.apps.AppListRoutes;
import org.magnolianews.host.author.apps.AppServices;
import org.magnolianews.host.author.apps.ContentApp;
import org.magnolianews.host.author.apps.ContentApps;
import org.magnolianews.host.author.apps.DraftPreview;
import org.magnolianews.host.author.apps.FormParser;
import org.magnolianews.host.author.apps.FormRenderer;
import org.magnolianews.host.author.apps.ItemActionRoutes;
import org.magnolianews.host.author.apps.ItemRoutes;
import org.magnolianews.host.author.apps.ItemValues;
import org.magnolianews.host.author.apps.ListQuery;
import org.magnolianews.host.author.apps.ReferenceLabels;
import org.magnolianews.host.author.apps.Referrers;
import org.magnolianews.host.author.assets.AssetRoutes;
import org.magnolianews.host.author.importer.ExportRoutes;
import org.magnolianews.host.author.importer.ImportRoutes;
import org.magnolianews.host.author.pages.PageRoutes;
import org.magnolianews.host.author.schedule.PublishingScheduler;
import org.magnolianews.host.author.security.AuthorSessions;
import org.magnolianews.host.author.security.LoginRoutes;
import org.magnolianews.host.rendering.SitePreview;
import org.magnolianews.host.author.users.UserRoutes;
import org.magnolianews.host.author.versions.PublishingActions;
import org.magnolianews.host.author.versions.VersionStore;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.audit.AuditRoutes;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.author.web.Layout;
import org.magnolianews.host.author.web.StaticRoutes;
import org.magnolianews.host.author.web.UiMessages;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.http.SecurityHeaders;
import org.magnolianews.host.http.Surface;
import org.magnolianews.host.http.WebFeature;
import org.magnolianews.host.security.HostSecurity;
import org.magnolianews.host.security.Permission;

/**
 * The author UI at {@code /.magnolia/admincentral}: login, the app launcher, a content app per APP
 * definition, the Pages, Assets and Users apps, bulk import and the publishing scheduler. The
 * scheduler starts with the web context and stops with it, before the repository closes.
 */
public final class AuthorFeature implements WebFeature {

    /**
     * How often the scheduler looks for due jobs: system property {@code news.scheduler.pollMs} or
     * environment {@code NEWS_SCHEDULER_POLL_MS}, default 5 s (tests shorten it).
     */
    private static long pollMillis() {
        String value = System.getProperty("news.scheduler.pollMs", System.getenv().getOrDefault("NEWS_SCHEDULER_POLL_MS", "5000"));
        try {
            return Math.max(100, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("news.scheduler.pollMs / NEWS_SCHEDULER_POLL_MS must be milliseconds, found '" + value + "'");
        }
    }

    private final HostContext host;
    private final SitePreview sitePreview;
    private final HostSecurity security;
    private final ContentApps apps;
    private final UiMessages messages;
    private final Layout layout;

    public AuthorFeature(HostContext host, SitePreview sitePreview, HostSecurity security) {
        this.host = host;
        this.sitePreview = sitePreview;
        this.security = security;
        this.apps = new ContentApps(host.definitions());
        this.messages = new UiMessages(host.modules(), host.resources());
        this.layout = new Layout(navigation(apps));
    }

    /** The admincentral: its own policy (see {@link SecurityHeaders#ADMIN}) and its problem page for refused requests. */
    @Override
    public List<Surface> surfaces() {
        return List.of(new Surface(Exchange.BASE, SecurityHeaders.ADMIN, AdmincentralServlet.errorPage(messages, layout)));
    }

    @Override
    public void register(ServletContextHandler context) {
        ReferenceLabels labels = new ReferenceLabels(host.definitions(), host.repository(), host.languages(), host.events());
        ItemValues values = new ItemValues(host.languages());
        VersionStore versions = new VersionStore(host.repository());
        PublishingActions publishing = new PublishingActions(host.content(), host.repository(), host.definitions(), versions, values);
        PublishingScheduler scheduler = new PublishingScheduler(host.repository(), publishing, pollMillis());
        FormRenderer forms = new FormRenderer(host.languages(), labels);
        FormParser parser = new FormParser(host.languages(), host.assets());
        DraftPreview drafts = new DraftPreview(sitePreview);
        AppServices services = new AppServices(host, apps, new ListQuery(host.repository(), host.languages(), labels), labels, values,
                forms, parser, versions, publishing, scheduler);

        AuthorSessions sessions = new AuthorSessions(host.users(), host.repository());
        AdmincentralServlet servlet = new AdmincentralServlet(sessions, messages, layout, security.clients());
        new StaticRoutes().register(servlet);
        // The API's authenticator and throttle: one policy and one count for every password check (issue 12).
        new LoginRoutes(security.authenticator(), sessions, host.logins()).register(servlet);
        new AppListRoutes(services, layout).register(servlet);
        ItemRoutes items = new ItemRoutes(services);
        items.register(servlet);
        Referrers referrers = new Referrers(host.definitions(), host.repository(), host.languages());
        new ItemActionRoutes(services, items, referrers, drafts).register(servlet);
        new PageRoutes(host, forms, parser, publishing, drafts).register(servlet);
        new AssetRoutes(host, referrers, apps).register(servlet);
        AdminTemplates templates = new AdminTemplates();
        new UserRoutes(host.users(), sessions, host.audit(), templates).register(servlet);
        new AuditRoutes(host.audit(), templates).register(servlet);
        new org.magnolianews.host.author.definitions.DefinitionRoutes(host.definitions(), templates).register(servlet);
        new org.magnolianews.host.author.webhooks.WebhookRoutes(
                () -> org.magnolianews.host.webhooks.WebhookDefinitions.read(host.definitions()),
                host.settings().webhooks(), new org.magnolianews.host.webhooks.WebhookOutbox(host.repository()), templates).register(servlet);
        new org.magnolianews.host.author.trash.TrashRoutes(host.content().trash(), apps, templates).register(servlet);
        org.magnolianews.host.author.trash.TrashSweep sweep = org.magnolianews.host.author.trash.TrashSweep.start(host.content().trash());
        ImportRoutes imports = new ImportRoutes(services);
        imports.register(servlet);
        new ExportRoutes(services).register(servlet);
        servlet.requireEveryRouteHandled();

        ServletHolder holder = new ServletHolder(servlet);
        holder.getRegistration().setMultipartConfig(new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), 60L * 1024 * 1024, AdmincentralServlet.MAX_REQUEST_BYTES, 1024 * 1024));
        context.addServlet(holder, "/.magnolia/admincentral/*");
        context.addEventListener(new ServletContextListener() {
            @Override
            public void contextDestroyed(ServletContextEvent event) {
                scheduler.close();
                imports.close();
                sweep.close();
            }
        });
    }

    private static List<Layout.NavEntry> navigation(ContentApps apps) {
        List<Layout.NavEntry> entries = new ArrayList<>();
        for (ContentApp app : apps.all()) {
            entries.add(new Layout.NavEntry("/app?app=" + app.name(), app.name() + ".app.label", app.label(), Permission.READ_CONTENT));
        }
        entries.add(new Layout.NavEntry("/pages", "nav.pages", "Pages", Permission.READ_CONTENT));
        entries.add(new Layout.NavEntry("/assets", "nav.assets", "Assets", Permission.READ_CONTENT));
        entries.add(new Layout.NavEntry("/import", "nav.import", "Import", Permission.WRITE_DRAFTS));
        entries.add(new Layout.NavEntry("/users", "nav.users", "Users", Permission.MANAGE_USERS));
        entries.add(new Layout.NavEntry("/trash", "nav.trash", "Trash", Permission.READ_CONTENT));
        entries.add(new Layout.NavEntry("/audit", "nav.audit", "Audit", Permission.READ_AUDIT));
        entries.add(new Layout.NavEntry("/definitions", "nav.definitions", "Definitions", Permission.READ_DEFINITIONS));
        entries.add(new Layout.NavEntry("/webhooks", "nav.webhooks", "Webhooks", Permission.READ_AUDIT));
        return entries;
    }
}
