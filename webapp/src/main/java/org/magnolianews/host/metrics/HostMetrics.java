package org.magnolianews.host.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.magnolianews.host.content.ContentEvent;

/**
 * The host's metrics, one Micrometer registry per host (so two hosts in one JVM, as in tests, count
 * apart), in Prometheus' text format: HTTP requests by surface and status class with latencies
 * ({@link RequestMetricsFilter}), the response and page caches' hits and misses (Caffeine's statistics),
 * publishes and unpublishes by workspace, and the JVM's memory, GC, threads and CPU.
 */
public final class HostMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private boolean jvmBound;

    /**
     * Adds the JVM's memory, GC, threads, class loading, CPU and uptime. Called when the metrics are served
     * ({@code NEWS_METRICS_PORT}), before the first scrape: the binders read the JVM's management beans (JMX, GC
     * notification listeners), work a host whose metrics nobody reads should not do at start.
     */
    public synchronized void bindJvm() {
        if (jvmBound) {
            return;
        }
        jvmBound = true;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /**
     * On a cluster node: {@code news_cluster_journal_lag} (journal revisions other nodes wrote that this node has not
     * applied; NaN when the database does not answer) and {@code news_cluster_journal_revision} (applied here).
     */
    public void bindJournal(org.magnolianews.host.cluster.ClusterJournal journal) {
        io.micrometer.core.instrument.Gauge.builder("news.cluster.journal.lag", journal, j -> {
            try {
                return j.lag();
            } catch (java.sql.SQLException e) {
                return Double.NaN;
            }
        }).description("cluster journal revisions not yet applied on this node").tag("node", journal.clusterId()).register(registry);
        io.micrometer.core.instrument.Gauge.builder("news.cluster.journal.revision", journal, j -> j.localRevision())
                .description("the cluster journal revision this node has applied").tag("node", journal.clusterId()).register(registry);
    }

    /** The text a Prometheus server scrapes. */
    public String scrape() {
        return registry.scrape();
    }

    /** Counts what reaches readers: publishes and unpublishes (every way in), by workspace. */
    public void onContentEvent(ContentEvent event) {
        if (event.fromAnotherNode()) {
            return; // counted where it was published
        }
        String name = switch (event.kind()) {
            case PUBLISHED -> "news.publishes";
            case UNPUBLISHED -> "news.unpublishes";
            default -> null;
        };
        if (name != null) {
            Counter.builder(name).description("publish or unpublish calls that changed the live side")
                    .tag("workspace", event.workspace()).register(registry).increment();
        }
    }
}
