package org.magnolianews.host.cache;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the shared caches in front of the host (Varnish, a CDN's purge endpoint) what a publish changed, as a
 * webhook: one {@code PURGE} request per publish to each configured URL ({@code --purge-urls} /
 * {@code NEWS_PURGE_URLS}, comma separated), the keys in {@code xkey-purge} (Varnish's xkey vmod) and {@code Surrogate-Key}, space separated.
 * Sent from a background thread, so a publish never waits for a cache; an answer other than 2xx, or no answer,
 * is tried again after 1, 5 and 30 seconds, then logged and given up (entries still expire after
 * {@code s-maxage}). A long key list is split over several requests, to stay under header limits.
 */
public final class PurgeNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeNotifier.class);
    static final List<Duration> RETRIES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
    /** Keys per request: 12 characters and a space each, ~6.5 kB of header at most. */
    static final int KEYS_PER_REQUEST = 500;

    private final List<URI> targets;
    private final org.magnolianews.host.http.LazyHttpClient client = new org.magnolianews.host.http.LazyHttpClient(Duration.ofSeconds(5));
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "purge-notifier");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public PurgeNotifier(List<URI> targets) {
        this.targets = List.copyOf(targets);
    }

    public boolean enabled() {
        return !targets.isEmpty();
    }

    public void purge(Set<String> keys) {
        if (targets.isEmpty() || keys.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_REQUEST) {
            String header = String.join(" ", all.subList(from, Math.min(all.size(), from + KEYS_PER_REQUEST)));
            for (URI target : targets) {
                sender.execute(() -> send(target, header, 0));
            }
        }
    }

    private void send(URI target, String keys, int attempt) {
        try {
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .method("PURGE", HttpRequest.BodyPublishers.noBody())
                    .header("xkey-purge", keys).header("Surrogate-Key", keys).build();
            HttpResponse<Void> response = client.get().send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                sent.incrementAndGet();
                return;
            }
            retry(target, keys, attempt, "HTTP " + response.statusCode());
        } catch (java.io.IOException e) {
            retry(target, keys, attempt, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void retry(URI target, String keys, int attempt, String why) {
        if (attempt < RETRIES.size()) {
            sender.schedule(() -> send(target, keys, attempt + 1), RETRIES.get(attempt).toMillis(), TimeUnit.MILLISECONDS);
        } else {
            failed.incrementAndGet();
            LOG.warn("purge of {} keys at {} given up after {} tries: {}", keys.split(" ").length, target, attempt + 1, why);
        }
    }

    /** Purge requests answered 2xx. */
    public long sent() {
        return sent.get();
    }

    public long failed() {
        return failed.get();
    }

    public void close() {
        sender.shutdownNow();
    }
}
