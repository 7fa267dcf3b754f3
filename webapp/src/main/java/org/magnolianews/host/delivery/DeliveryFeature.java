package org.magnolianews.host.delivery;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.http.WebFeature;
import org.magnolianews.host.security.AnonymousAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery API: every {@code jcrDeliveryEndpoint_v2} definition of every module (light modules
 * included) served at {@code /.rest/delivery/<path>} from the live workspaces, plus the asset
 * binaries ({@code /dam/…}) and renditions ({@code /.imaging/mte/…}, sized by the themes' image variations)
 * its responses link to.
 */
public final class DeliveryFeature implements WebFeature {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryFeature.class);

    private final HostContext host;
    private final DeliverySettings settings;
    private final org.magnolianews.host.cache.Purges purges;

    public DeliveryFeature(HostContext host) {
        this(host, DeliverySettings.fromEnvironment());
    }

    public DeliveryFeature(HostContext host, DeliverySettings settings) {
        this(host, settings, null);
    }

    /** With the host's targeted purge: the response cache is purged by it instead of by the events directly. */
    public DeliveryFeature(HostContext host, org.magnolianews.host.cache.Purges purges) {
        this(host, DeliverySettings.fromEnvironment(), purges);
    }

    private final ResolvedTargets targets;
    private Runnable warmUp;

    private DeliveryFeature(HostContext host, DeliverySettings settings, org.magnolianews.host.cache.Purges purges) {
        this.host = host;
        this.settings = settings;
        this.purges = purges;
        this.targets = new ResolvedTargets(settings.targetBytes(), host.repository().liveGate());
    }

    @Override
    public void register(ServletContextHandler context) {
        DeliveryServlet.Served served = served();
        List<EndpointDefinition> endpoints = served.catalog().served();
        ResponseCache cache = new ResponseCache(settings.cacheBytes(), host.repository().liveGate());
        cache.bindMetrics(host.metrics().registry());
        targets.bindMetrics(host.metrics().registry());
        AnonymousAccess access = AnonymousAccess.of(host.modules());
        DeliveryServlet servlet = new DeliveryServlet(served, cache, new LanguageSelector(host.languages()), settings, access);
        // The index first: a response computed after the cache's invalidation must already see the new order.
        host.events().subscribe(event -> servlet.served().service().onContentEvent(event));
        // The kept reference targets are purged before the responses: a response computed between the two purges must
        // not take a target the publish changed and then be kept under the responses' new generation.
        if (purges == null) {
            host.events().subscribe(targets::onContentEvent);
            host.events().subscribe(cache::onContentEvent);
        } else {
            purges.serve(targets.keyed()); // the host subscribes the purge after every feature's own listeners
            purges.serve(cache.keyed());
        }
        context.addServlet(new ServletHolder(servlet), "/.rest/delivery/*");
        // Light development: an endpoint edited on disk is served as it now reads (the host purges every cached response).
        host.definitions().onReload(() -> {
            EndpointCatalog catalog = EndpointCatalog.read(host);
            DeliveryServlet.Served current = servlet.served();
            if (catalog.toString().equals(current.catalog().toString())) {
                return; // a template or script changed, no endpoint: the service and its in-memory orders stay
            }
            targets.keyed().purgeAll(); // written by the endpoints as they were
            DeliveryServlet.Served next = new DeliveryServlet.Served(catalog,
                    new DeliveryService(host.repository(), host.definitions(), host.languages(), catalog.served(), targets));
            servlet.serve(next);
            SortWarmUp.start(host.repository(), host.definitions(), next.catalog().served());
            LOG.info("Delivery endpoints reloaded: {}", next.catalog().served().stream().map(e -> "/.rest/" + e.path()).toList());
        });
        PublishedAssets assets = new PublishedAssets(host.repository());
        context.addServlet(new ServletHolder(new DamServlet(assets, settings, access)), "/dam/*");
        System.setProperty("java.awt.headless", "true");
        context.addServlet(new ServletHolder(new ImagingServlet(assets, ImagingUrls.of(host.definitions()), settings, access)), "/.imaging/*");
        this.warmUp = () -> SortWarmUp.start(host.repository(), host.definitions(), endpoints);
        LOG.info("Anonymous delivery access from {}", access.describe());
        LOG.info("Delivery endpoints: {}", endpoints.stream().map(e -> "/.rest/" + e.path() + " (" + e.workspace() + ")").toList());
    }

    /** The date orders' warm-up (each endpoint's first sorted query) after the start, not during it. */
    @Override
    public void afterReady() {
        if (warmUp != null) {
            warmUp.run();
        }
    }

    /** The image renditions served under {@code /.imaging/}: the themes' variations (the site links them too). */
    public static ImagingUrls renditions(HostContext host) {
        return ImagingUrls.of(host.definitions());
    }

    private DeliveryServlet.Served served() {
        EndpointCatalog catalog = EndpointCatalog.read(host);
        return new DeliveryServlet.Served(catalog,
                new DeliveryService(host.repository(), host.definitions(), host.languages(), catalog.served(), targets));
    }
}
