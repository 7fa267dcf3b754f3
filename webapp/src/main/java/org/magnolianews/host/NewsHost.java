package org.magnolianews.host;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.magnolianews.host.audit.AuditLog;
import org.magnolianews.host.audit.LoginAudit;
import org.magnolianews.host.cache.PurgeNotifier;
import org.magnolianews.host.cache.Purges;
import org.magnolianews.host.cluster.ExternalChanges;
import org.magnolianews.host.config.HostSettings;
import org.magnolianews.host.config.Role;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.content.ContentEvents;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.content.FolderPolicy;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.DefinitionLoader;
import org.magnolianews.host.definition.LightModuleWatcher;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.http.CorsSettings;
import org.magnolianews.host.http.HealthServlet;
import org.magnolianews.host.http.MalformedRequestFilter;
import org.magnolianews.host.http.QuietErrorHandler;
import org.magnolianews.host.http.ScopedCrossOriginHandler;
import org.magnolianews.host.http.SecurityHeadersFilter;
import org.magnolianews.host.http.Surfaces;
import org.magnolianews.host.http.UnreadBodyFilter;
import org.magnolianews.host.http.WebFeature;
import org.magnolianews.host.metrics.HostMetrics;
import org.magnolianews.host.metrics.MetricsServer;
import org.magnolianews.host.metrics.MetricsSettings;
import org.magnolianews.host.metrics.RequestMetricsFilter;
import org.magnolianews.host.module.InstalledModule;
import org.magnolianews.host.module.ModuleDiscovery;
import org.magnolianews.host.module.Resources;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.sample.SampleContent;
import org.magnolianews.host.security.HostSecurity;
import org.magnolianews.host.security.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: modules → definitions → repository → services → HTTP. Start-up fails with
 * one clear message when a definition or module is broken; nothing is served half-configured.
 */
public final class NewsHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsHost.class);

    /** Where content types place new items; the one news-specific piece of wiring. */
    /** How often the light-modules directory is looked at for edits (Magnolia's light development). */
    static final java.time.Duration LIGHT_MODULE_CHECK = java.time.Duration.ofSeconds(1);

    private static final Map<String, FolderPolicy> FOLDER_POLICIES = Map.of("news", FolderPolicy.byMonthOf("date"));

    private final HostContext context;
    private final Server server;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final Optional<String> generatedPassword;
    private MetricsServer metricsServer;
    /** How long a stopping host waits for requests under way before it closes them (load balancers drain first: ready is 503). */
    static final java.time.Duration SHUTDOWN_GRACE = java.time.Duration.ofSeconds(10);
    private final List<WebFeature> features;
    /** Targeted purge of the page and delivery caches, and of shared caches in front ({@code NEWS_PURGE_URLS}). */
    private final Purges purges;
    private final PurgeNotifier purgeNotifier;
    private final Surfaces surfaces;
    /** Webhooks on publish and unpublish, on the nodes that publish (null on a public node). */
    private org.magnolianews.host.webhooks.Webhooks webhooks;

    private NewsHost(HostContext context, Server server, Optional<String> generatedPassword, PurgeNotifier purgeNotifier) {
        this.context = context;
        this.server = server;
        this.generatedPassword = generatedPassword;
        this.purges = new Purges(context.repository());
        // Light development: nothing rendered from the definitions before a reload is served after it.
        context.definitions().afterReload(() -> purges.purge(java.util.Set.of(org.magnolianews.host.cache.SurrogateKeys.ALL)));
        this.purgeNotifier = purgeNotifier;
        purges.onPurge(purgeNotifier::purge);
        this.features = features();
        this.surfaces = Surfaces.of(features);
    }

    /** Opens the repository and the services, without HTTP: for the generator and tests. */
    public static HostContext openContext(HostSettings settings) {
        long started = System.nanoTime();
        List<InstalledModule> modules = new ModuleDiscovery().discover(NewsHost.class.getClassLoader(), settings.lightModules());
        Resources resources = new Resources(modules);
        DefinitionRegistry definitions = new DefinitionLoader(resources).load(modules, WorkspaceLayout.declared(modules));
        long defined = System.nanoTime();
        ContentRepository repository = ContentRepository.open(settings.dataDir(), settings.repositoryConfig(), settings.cluster(), modules,
                definitions.contentTypes(), Languages.EN_RU);
        long repositoryOpened = System.nanoTime();
        LOG.debug("Start-up: modules and definitions {} ms, repository {} ms", (defined - started) / 1_000_000,
                (repositoryOpened - defined) / 1_000_000);
        ContentEvents events = new ContentEvents();
        AuditLog audit = new AuditLog(repository);
        events.subscribe(audit::onContentEvent);
        HostMetrics metrics = new HostMetrics();
        events.subscribe(metrics::onContentEvent);
        repository.journal().ifPresent(journal -> {
            // Other nodes' changes reach this node's caches and indexes as content events, like its own.
            repository.closeBefore(ExternalChanges.listen(repository, events, metrics.registry()));
            metrics.bindJournal(journal);
        });
        ContentService content = new ContentService(definitions, repository, Languages.EN_RU, events, FOLDER_POLICIES);
        // Publishes are an author's: a public node leaves an interrupted one to the author's next start.
        int finished = settings.role().servesAuthoring() ? content.finishInterruptedPublishing() : 0;
        if (finished > 0) {
            LOG.warn("Finished {} publish(es) that the last run left half done; author status and live content agree again", finished);
        }
        long services = System.nanoTime();
        int typed = new org.magnolianews.host.content.DialogValueMigration(repository, definitions, Languages.EN_RU).run();
        if (typed > 0) {
            LOG.info("Stored {} dialog value(s) with the JCR type their field stores (Boolean, Long, Date) instead of a String", typed);
        }
        LOG.debug("Start-up: services and interrupted publishes {} ms, dialog value migration {} ms",
                (services - repositoryOpened) / 1_000_000, (System.nanoTime() - services) / 1_000_000);
        settings.lightModules().ifPresent(directory -> repository.closeBefore(LightModuleWatcher.start(directory, LIGHT_MODULE_CHECK,
                () -> definitions.replaceWith(new DefinitionLoader(resources).read(modules, WorkspaceLayout.declared(modules))))));
        AssetStore assets = new AssetStore(repository, events);
        UserStore users = new UserStore(repository);
        return new HostContext(settings, modules, resources, definitions, repository, Languages.EN_RU, events, content, assets, users,
                audit, new LoginAudit(audit, java.time.Clock.systemUTC()), metrics);
    }

    public static NewsHost start(HostSettings settings) throws Exception {
        long started = System.nanoTime();
        CorsSettings cors = CorsSettings.fromEnvironment(); // options are checked before anything else happens
        Optional<MetricsSettings> metricsSettings = MetricsSettings.fromEnvironment();
        // The port first: a start that cannot listen must fail before it touches the data directory (a first
        // start would otherwise create the superuser and never get to show its password).
        Server server = new Server();
        ServerConnector connector = ListeningPort.open(server, settings.port(),
                System.getenv().getOrDefault("NEWS_HOST", "0.0.0.0"));
        HostContext context;
        try {
            context = openContext(settings);
        } catch (RuntimeException | Error e) {
            connector.close();
            throw e;
        }
        try {
            long opened = System.nanoTime();
            org.magnolianews.host.generate.StagingDirectory.leftoverOf(settings.dataDir()).ifPresent(leftover -> LOG.warn(
                    "{} holds an interrupted generate (it never became a data directory and is not used); delete it,"
                    + " or run generate again, which replaces it", leftover));
            // A public node writes nothing: the author (or a both node) creates the superuser and the sample content.
            boolean author = settings.role().servesAuthoring();
            Optional<String> generatedPassword = author ? context.users().ensureSuperuser(settings.adminPassword()) : Optional.empty();
            SampleContent sample = new SampleContent(context.repository(), context.content(), context.assets());
            if (author && settings.loadSampleContent() && sample.isRepositoryEmpty()) {
                LOG.info("Empty repository: loading the sample content");
                sample.load();
            }
            long users = System.nanoTime();
            NewsHost host = new NewsHost(context, server, generatedPassword, new PurgeNotifier(settings.purgeUrls()));
            if (author) {
                host.webhooks = org.magnolianews.host.webhooks.Webhooks.start(context);
            }
            // Graceful: on stop the connector closes at once and requests under way get SHUTDOWN_GRACE to finish.
            GracefulHandler graceful = new GracefulHandler();
            graceful.setHandler(cors.enabled() ? new ScopedCrossOriginHandler(cors, host.handlers()) : host.handlers());
            server.setHandler(graceful);
            server.setStopTimeout(SHUTDOWN_GRACE.toMillis());
            server.setErrorHandler(new QuietErrorHandler(host.surfaces));
            server.setStopAtShutdown(false);
            long content = System.nanoTime();
            server.start();
            if (metricsSettings.isPresent()) {
                host.metricsServer = MetricsServer.start(context.metrics(), metricsSettings.get());
                LOG.info("Metrics at http://{}:{}/metrics", metricsSettings.get().host(), host.metricsServer.port());
            }
            LOG.debug("Start-up: users and sample content {} ms, web features {} ms, Jetty {} ms", (users - opened) / 1_000_000,
                    (content - users) / 1_000_000, (System.nanoTime() - content) / 1_000_000);
            host.ready.set(true);
            LOG.info("Magnolia News host ready on port {} in {} ms ({} definitions, data in {}, role {}{})", host.port(),
                    (System.nanoTime() - started) / 1_000_000, context.definitions().size(), settings.dataDir(),
                    settings.role().name().toLowerCase(java.util.Locale.ROOT), settings.cluster().map(c -> ", " + c).orElse(""));
            host.features.forEach(WebFeature::afterReady);
            return host;
        } catch (Exception | Error e) {
            connector.close();
            context.repository().close();
            throw e;
        }
    }

    private ServletContextHandler handlers() {
        ServletContextHandler root = new ServletContextHandler("/");
        root.setErrorHandler(new QuietErrorHandler(surfaces));
        // Outermost first: whatever answers early (a filter below included), the unread body is drained after it.
        root.addFilter(UnreadBodyFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
        root.addFilter(new FilterHolder(new RequestMetricsFilter(context.metrics().registry())), "/*", EnumSet.of(DispatcherType.REQUEST));
        root.addFilter(new FilterHolder(new SecurityHeadersFilter(surfaces)), "/*", EnumSet.of(DispatcherType.REQUEST));
        root.addFilter(new FilterHolder(new MalformedRequestFilter(surfaces)), "/*", EnumSet.of(DispatcherType.REQUEST));
        HealthServlet health = new HealthServlet(ready::get, this::repositoryProblem, context.repository().journal()
                .map(journal -> (java.util.function.Supplier<String>) journal::catchUpProblem));
        root.addServlet(new ServletHolder(health), "/.rest/health");
        root.addServlet(new ServletHolder(health), "/.rest/health/*");
        for (WebFeature feature : features) {
            feature.register(root);
        }
        // After every feature's own listeners (the delivery's in-memory orders first): the purge sees them current.
        context.events().subscribe(purges::onContentEvent);
        return root;
    }

    /**
     * The ways into the host, by role: an author node serves the admincentral, the management API and previews; a
     * public node the site, feeds, sitemaps, delivery and published assets, and answers the author routes 404.
     */
    private List<WebFeature> features() {
        Role role = context.settings().role();
        org.magnolianews.host.rendering.RenderingFeature site = new org.magnolianews.host.rendering.RenderingFeature(context, purges);
        List<WebFeature> features = new java.util.ArrayList<>();
        if (role.servesAuthoring()) {
            HostSecurity security = HostSecurity.open(context.users(), context.repository(), context.settings().trustedProxies(),
                    context.logins());
            features.add(new org.magnolianews.host.management.ManagementApi(context, security));
            features.add(new org.magnolianews.host.author.AuthorFeature(context, site.preview(), security));
            features.add(new org.magnolianews.host.templating.TemplatingApi(context, security));
        } else {
            features.add(new AuthorRoutesRefused());
        }
        if (role.servesReaders()) {
            features.add(new org.magnolianews.host.delivery.DeliveryFeature(context, purges));
            features.add(site);
        } else {
            features.add(site.previewsOnly());
        }
        return List.copyOf(features);
    }

    /** Null when the repository answers a read, else why not (for the readiness check). */
    private String repositoryProblem() {
        try {
            context.repository().call("default", session -> session.getRootNode().getIdentifier());
            return null;
        } catch (RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    /** The metrics port, when the metrics listen ({@code NEWS_METRICS_PORT}). */
    public Optional<Integer> metricsPort() {
        return Optional.ofNullable(metricsServer).map(MetricsServer::port);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public HostContext context() {
        return context;
    }

    /** The targeted purge of the host's caches (tests read what it watches). */
    public Purges purges() {
        return purges;
    }

    /** The superuser password generated on this first start, if one was; printed once by Main. */
    public Optional<String> generatedPassword() {
        return generatedPassword;
    }

    @Override
    public void close() {
        ready.set(false);
        purgeNotifier.close();
        if (webhooks != null) {
            webhooks.close();
        }
        if (metricsServer != null) {
            try {
                metricsServer.close();
            } catch (Exception e) {
                LOG.warn("Metrics server did not stop cleanly: {}", e.getMessage());
            }
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("HTTP server did not stop cleanly: {}", e.getMessage());
        } finally {
            context.repository().close();
        }
    }
}
