package org.magnolianews.host.webhooks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.magnolianews.host.cluster.ClusterJournal;
import org.magnolianews.host.config.WebhookSettings;
import org.magnolianews.host.definition.WebhookDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background: one thread looks for due deliveries (woken at once by a new one, else every
 * {@link #POLL}), a small pool makes the calls, each bounded by the timeout and one at a time per webhook, so a receiver
 * that hangs holds one sender thread and its own deliveries, never a publish or another webhook. A 2xx answer finishes a delivery; anything else is tried again after
 * {@link WebhookSettings#waitAfter} (exponential) until {@link WebhookSettings#maxAttempts}, then given up (logged, and
 * shown as failed). Every try sends the same idempotency key. On a cluster each try is claimed in PostgreSQL first
 * ({@link ClusterJournal#claim}), so only one author node makes it.
 */
public final class WebhookSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    static final Duration POLL = Duration.ofSeconds(1);
    /** How long a stop waits for tries under way to get their answer. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final WebhookOutbox outbox;
    private final WebhookDefinitions webhooks;
    private final WebhookSettings settings;
    private final Optional<ClusterJournal> cluster;
    private final org.magnolianews.host.http.LazyHttpClient client = new org.magnolianews.host.http.LazyHttpClient(Duration.ofSeconds(5));
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** Webhooks with a call under way: one at a time each, so a receiver that hangs holds one thread and its own queue only. */
    private final Set<String> busyWebhooks = ConcurrentHashMap.newKeySet();
    private io.micrometer.core.instrument.MeterRegistry metrics;
    private final Object signal = new Object();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(4, runnable -> daemon(runnable, "webhook-sender-" + threads.incrementAndGet()));
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "webhook-retry-timer"));
    private final Thread scanner;
    private volatile boolean running = true;
    private boolean woken;

    public WebhookSender(WebhookOutbox outbox, WebhookDefinitions webhooks, WebhookSettings settings,
                         Optional<ClusterJournal> cluster) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.settings = settings;
        this.cluster = cluster;
        this.scanner = daemon(this::scan, "webhook-outbox");
        webhooks.all().stream().filter(w -> settings.secretOf(w.name()).isEmpty()).forEach(w -> LOG.warn(
                "webhook '{}' ({}) is sent unsigned: set {} (or NEWS_WEBHOOK_SECRET) to sign it", w.name(), w.file(),
                WebhookSettings.secretVariable(w.name())));
    }

    public void start() {
        scanner.start();
    }

    /** Counts tries in {@code news_webhook_tries_total{webhook, outcome}} (outcome: delivered, retry, failed). */
    public void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        this.metrics = registry;
    }

    private void count(String webhook, String outcome) {
        if (metrics != null) {
            metrics.counter("news_webhook_tries", "webhook", webhook, "outcome", outcome).increment();
        }
    }

    /** A delivery was added: look now rather than at the next poll. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void scan() {
        while (running) {
            try {
                for (WebhookDelivery delivery : outbox.due(System.currentTimeMillis())) {
                    // oldest first, one call per webhook at a time: a receiver gets its events in order, retries aside
                    if (running && !busyWebhooks.contains(delivery.webhook()) && inFlight.add(delivery.key())) {
                        busyWebhooks.add(delivery.webhook());
                        pool.execute(() -> {
                            try {
                                attempt(delivery.key());
                            } finally {
                                inFlight.remove(delivery.key());
                                busyWebhooks.remove(delivery.webhook());
                                wake(); // a finished try may have made room, or be due again soon
                            }
                        });
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("webhooks: the outbox could not be read ({}); trying again", e.toString());
                }
            }
            synchronized (signal) {
                if (!woken && running) {
                    try {
                        signal.wait(POLL.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    private void attempt(String key) {
        // On a cluster, read what the other author nodes recorded first (a try they made, a delivery they finished).
        cluster.ifPresent(ClusterJournal::catchUpProblem);
        Optional<WebhookDelivery> stored = outbox.pending(key);
        if (stored.isEmpty() || stored.get().nextAttemptAt() > System.currentTimeMillis() || !running) {
            return;
        }
        WebhookDelivery delivery = stored.get();
        int number = delivery.attempts().size() + 1;
        if (!claimed(key, number)) {
            return;
        }
        Map<String, String> headers = webhooks.named(delivery.webhook()).map(WebhookDefinition::headers).orElse(Map.of());
        Optional<String> secret = settings.secretOf(delivery.webhook());
        long started = System.currentTimeMillis();
        long startedNanos = System.nanoTime();
        int status = 0;
        String error = null;
        try {
            HttpRequest request = WebhookRequests.request(delivery, number, headers, secret, settings.timeout());
            HttpResponse<Void> response = client.get().send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (java.net.http.HttpTimeoutException e) {
            error = "no answer within " + settings.timeout().toMillis() + " ms";
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopping: the try is not recorded, the delivery stays due
        }
        if (!running && status == 0) {
            return; // cut short by the stop: tried again after the next start
        }
        long duration = (System.nanoTime() - startedNanos) / 1_000_000;
        WebhookDelivery.Attempt attempt = new WebhookDelivery.Attempt(number, started, status, duration, error);
        try {
            record(delivery, attempt);
        } catch (RuntimeException e) {
            // The try happened; the outbox could not say so. The delivery stays due: it is sent again, with its key (on a
            // cluster once this try's claim is stale).
            LOG.error("webhook '{}': try {} of delivery {} could not be recorded: {}", delivery.webhook(), number, key, e.toString());
        }
    }

    private void record(WebhookDelivery delivery, WebhookDelivery.Attempt attempt) {
        String key = delivery.key();
        int number = attempt.number();
        String error = attempt.error();
        if (error == null) {
            outbox.record(key, attempt, WebhookDelivery.Status.DELIVERED, 0);
            count(delivery.webhook(), "delivered");
        } else if (number >= settings.maxAttempts()) {
            outbox.record(key, attempt, WebhookDelivery.Status.FAILED, 0);
            count(delivery.webhook(), "failed");
            LOG.warn("webhook '{}' {} given up after {} tries: {} (delivery {})", delivery.webhook(), delivery.url(), number, error, key);
        } else {
            long next = System.currentTimeMillis() + settings.waitAfter(number).toMillis();
            outbox.record(key, attempt, WebhookDelivery.Status.PENDING, next);
            count(delivery.webhook(), "retry");
            timer.schedule(this::wake, settings.waitAfter(number).toMillis(), TimeUnit.MILLISECONDS);
            LOG.info("webhook '{}' try {} failed: {}; next try in {} ms (delivery {})", delivery.webhook(), number, error,
                    settings.waitAfter(number).toMillis(), key);
        }
    }

    /** On a cluster, whether this node makes try {@code number} of the delivery (one node does); always true otherwise. */
    private boolean claimed(String key, int number) {
        if (cluster.isEmpty()) {
            return true;
        }
        try {
            return cluster.get().claim("webhook:" + key + ":" + number, cluster.get().clusterId(),
                    settings.timeout().toMillis() + Duration.ofMinutes(1).toMillis());
        } catch (java.sql.SQLException e) {
            LOG.warn("webhooks: cannot claim delivery {} in PostgreSQL ({}); trying again later", key, e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        scanner.interrupt();
        timer.shutdownNow();
        // A try under way is let finish (up to STOP_GRACE) so its answer is recorded: interrupting it would leave a call
        // the receiver saw out of the log. Tries not started yet see !running and return; they stay due for the next start.
        pool.shutdown();
        try {
            if (!pool.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow(); // a receiver that hangs: that try is not recorded and is made again after the next start
                pool.awaitTermination(5, TimeUnit.SECONDS);
            }
            scanner.join(5000);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
