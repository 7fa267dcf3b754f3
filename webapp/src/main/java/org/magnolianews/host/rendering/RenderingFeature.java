package org.magnolianews.host.rendering;

import freemarker.template.Configuration;
import info.magnolia.cms.i18n.I18nContentSupport;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.http.WebFeature;
import org.magnolianews.news.rendering.ItemCounts;
import org.magnolianews.news.rendering.SiteClock;

/**
 * The server-rendered public site: pages from the {@code website} tree and content items through
 * detail pages ({@code /news/…html}, {@code /ru/…}), feeds and sitemaps, DAM assets and the
 * modules' web resources. Reads only the live workspaces.
 */
public final class RenderingFeature implements WebFeature {

    /** Dates on the site are shown in the portal's home time zone. */
    static final ZoneId SITE_ZONE = SiteClock.SITE_ZONE;
    static final String STYLESHEET = "/.resources/news-module/webresources/css/news.css";

    private final HostContext host;
    private final Clock clock;
    private volatile SitePages pages;

    public RenderingFeature(HostContext host) {
        this(host, Clock.system(SITE_ZONE));
    }

    /** Renders drafts with the site's templates once the site is registered (for the author UI's preview). */
    public SitePreview preview() {
        return new SitePreview(() -> pages);
    }

    public RenderingFeature(HostContext host, Clock clock) {
        this.host = host;
        this.clock = clock;
    }

    /**
     * What the modules' models may have injected, by type: Magnolia's i18n settings, and the news module's own
     * components (its descriptor's defaults replaced: the site's clock, counts remembered until a publish).
     */
    private Map<Class<?>, Object> modelComponents(PageCache cache) {
        return Map.of(
                I18nContentSupport.class, new HostI18nContentSupport(host.languages()),
                SiteClock.class, new SiteClock(clock),
                ItemCounts.class, new QueryCounts(host.repository(), host.events(), cache::invalidateAll));
    }

    @Override
    public void register(ServletContextHandler context) {
        SiteLinks links = new SiteLinks(SiteRoutes.NEWS_SITE, host.languages());
        Messages messages = new Messages(host.modules(), host.resources(), host.languages());
        Configuration freemarker = FreemarkerSetup.configuration(host.resources(), TimeZone.getTimeZone(SITE_ZONE));
        PageCache cache = new PageCache(host.events(), host.repository().liveGate(), 10_000);
        TemplateRenderer renderer = new TemplateRenderer(freemarker, host.definitions(),
                new ModelFactory(RenderingFeature.class.getClassLoader(), modelComponents(cache)), messages,
                TimeZone.getTimeZone(SITE_ZONE));
        pages = new SitePages(host.repository(), host.languages(), new SiteResolver(SiteRoutes.NEWS_SITE), links,
                renderer, new ErrorPages(messages, links, STYLESHEET), clock);
        context.addServlet(new ServletHolder(new SiteServlet(pages, cache, host.languages())), "/");
        FeedServlet feeds = new FeedServlet(host.repository(), host.languages(), links, cache, clock);
        context.addServlet(new ServletHolder(feeds), "/feeds/*");
        context.addServlet(new ServletHolder(feeds), "/sitemap.xml");
        context.addServlet(new ServletHolder(feeds), "/sitemaps/*");
        context.addServlet(new ServletHolder(feeds), "/sitemap-news.xml");
        // /dam/* (published asset bytes) is served by the delivery feature; the site links there too.
        context.addServlet(new ServletHolder(new WebResourcesServlet(host.resources())), "/.resources/*");
    }
}
