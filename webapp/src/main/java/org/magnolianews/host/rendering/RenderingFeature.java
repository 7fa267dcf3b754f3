package org.magnolianews.host.rendering;

import freemarker.template.Configuration;
import info.magnolia.cms.i18n.I18nContentSupport;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.definition.DefinitionProblem;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.http.ErrorPage;
import org.magnolianews.host.http.SecurityHeaders;
import org.magnolianews.host.http.Surface;
import org.magnolianews.host.http.WebFeature;
import org.magnolianews.host.virtualuri.VirtualUriMappings;
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
    private final Purges purges;
    /** The sessions of every rendering of published content (pages, feeds, counts). */
    private final PublishedSessions published;
    private final Clock clock;
    private final SiteLinks links;
    private final Messages messages;
    private final ErrorPages errorPages;
    private volatile SitePages pages;
    private boolean servesSite = true;

    public RenderingFeature(HostContext host) {
        this(host, Clock.system(SITE_ZONE));
    }

    /** With the host's targeted purge, shared with the delivery cache. */
    public RenderingFeature(HostContext host, Purges purges) {
        this(host, Clock.system(SITE_ZONE), purges);
    }

    /**
     * On an author node: the templates for the admincentral's previews and the web resources they link, but no site,
     * feeds or sitemaps (the public nodes serve those).
     */
    public RenderingFeature previewsOnly() {
        servesSite = false;
        return this;
    }

    /** Renders drafts with the site's templates once the site is registered (for the author UI's preview). */
    public SitePreview preview() {
        return new SitePreview(() -> pages);
    }

    /** On its own (tests): its own purge, subscribed to the host's events. */
    public RenderingFeature(HostContext host, Clock clock) {
        this(host, clock, ownPurges(host));
    }

    private static Purges ownPurges(HostContext host) {
        Purges purges = new Purges(host.repository());
        host.events().subscribe(purges::onContentEvent);
        return purges;
    }

    public RenderingFeature(HostContext host, Clock clock, Purges purges) {
        this.purges = purges;
        this.published = new PublishedSessions(host.repository(), purges.queries());
        this.host = host;
        this.clock = clock;
        this.links = new SiteLinks(SiteRoutes.NEWS_SITE, host.languages());
        this.messages = new Messages(host.modules(), host.resources(), host.languages());
        this.errorPages = new ErrorPages(messages, links, STYLESHEET);
    }

    /**
     * Pages get the site's policy; feeds, sitemaps, web resources and the asset and rendition URLs the
     * pages link to get the data policy. Errors the host answers for them are the site's page, in the
     * language of the path, except under /dam and /.imaging, which answer JSON like the delivery
     * servlets behind them.
     */
    @Override
    public List<Surface> surfaces() {
        ErrorPage page = (path, status, message) -> new ErrorPage.Body(SitePages.HTML, status == 404 && pages != null
                ? pages.notFoundPage(new SiteRequest(languageOf(path), SitePages.NOT_FOUND_PATH, Map.of(), "", null))
                : errorPages.forStatus(languageOf(path), status));
        List<Surface> surfaces = new java.util.ArrayList<>(List.of(new Surface("/", SecurityHeaders.SITE, page)));
        for (String data : List.of("/feeds/", "/sitemap.xml", "/sitemaps/", "/sitemap-news.xml", "/.resources/", "/robots.txt")) {
            surfaces.add(new Surface(data, SecurityHeaders.DATA, page));
        }
        surfaces.add(new Surface("/dam/", SecurityHeaders.DATA, ErrorPage.JSON));
        surfaces.add(new Surface("/.imaging/", SecurityHeaders.DATA, ErrorPage.JSON));
        return surfaces;
    }

    private String languageOf(String path) {
        return host.languages().all().stream()
                .filter(language -> !language.equals(host.languages().defaultLanguage()))
                .filter(language -> path.equals("/" + language) || path.startsWith("/" + language + "/"))
                .findFirst().orElse(host.languages().defaultLanguage());
    }

    /**
     * What the modules' models may have injected, by type: Magnolia's i18n settings, and the news module's own
     * components (its descriptor's defaults replaced: the site's clock, counts remembered until a publish).
     */
    private Map<Class<?>, Object> modelComponents() {
        return Map.of(
                I18nContentSupport.class, new HostI18nContentSupport(host.languages()),
                SiteClock.class, new SiteClock(clock),
                ItemCounts.class, new QueryCounts(published, purges));
    }

    /** The modules' virtual URI mappings; a broken one is left out and registered with its problem, file and line. */
    private VirtualUriMappings virtualUriMappings() {
        List<DefinitionProblem> problems = new ArrayList<>();
        VirtualUriMappings mappings = VirtualUriMappings.read(host.definitions().all(DefinitionType.VIRTUAL_URI_MAPPING), problems);
        problems.forEach(host.definitions()::report);
        return mappings;
    }

    @Override
    public void register(ServletContextHandler context) {
        Configuration freemarker = FreemarkerSetup.configuration(host.resources());
        host.definitions().onReload(freemarker::clearTemplateCache); // light development: an edited .ftl is read again
        PageCache cache = new PageCache(purges, host.repository().liveGate(),
                org.magnolianews.host.config.MemoryBudget.ofThisJvm().pageCacheBytes());
        cache.bindMetrics(host.metrics().registry());
        TemplateRenderer renderer = new TemplateRenderer(freemarker, host.definitions(),
                new ModelFactory(RenderingFeature.class.getClassLoader(), modelComponents()), messages,
                org.magnolianews.host.delivery.DeliveryFeature.renditions(host));
        pages = new SitePages(host.repository(), published, host.languages(), new SiteResolver(SiteRoutes.NEWS_SITE, virtualUriMappings()), links,
                renderer, errorPages, clock, new SpaPages(host.definitions(), host.resources()));
        // the previews' stylesheet and scripts come from here
        context.addServlet(new ServletHolder(new WebResourcesServlet(host.resources())), "/.resources/*");
        if (!servesSite) {
            return;
        }
        context.addServlet(new ServletHolder(new SiteServlet(pages, cache, host.languages())), "/");
        FeedServlet feeds = new FeedServlet(host.repository(), published, host.languages(), links, cache, clock);
        context.addServlet(new ServletHolder(feeds), "/feeds/*");
        context.addServlet(new ServletHolder(feeds), "/sitemap.xml");
        context.addServlet(new ServletHolder(feeds), "/sitemaps/*");
        context.addServlet(new ServletHolder(feeds), "/sitemap-news.xml");
        // /dam/* (published asset bytes) is served by the delivery feature; the site links there too.
        SiteFilesServlet files = new SiteFilesServlet();
        context.addServlet(new ServletHolder(files), "/robots.txt");
        context.addServlet(new ServletHolder(files), "/favicon.ico");
    }
}
