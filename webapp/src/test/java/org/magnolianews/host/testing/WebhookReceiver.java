package org.magnolianews.host.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real HTTP receiver for webhook tests: records every request (path, headers, body, the status it answered) and
 * answers each path as told: a queue of statuses (then 200), or {@link #HANG}: hold the request until released.
 */
public final class WebhookReceiver implements AutoCloseable {

    public static final int HANG = -1;

    public record Received(String path, Map<String, List<String>> headers, String body, int answered, long at) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> always = new ConcurrentHashMap<>();
    private final java.util.Set<String> failFirstTries = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> lateBy = new ConcurrentHashMap<>();
    private volatile CountDownLatch release = new CountDownLatch(1);
    private final List<String> holding = new CopyOnWriteArrayList<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The next requests to {@code path} are answered with these statuses, in order, then 200 (or what {@link #always} says). */
    public void answer(String path, Integer... statuses) {
        answers.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
    }

    /** Every request to {@code path} is answered with {@code status} (or held, {@link #HANG}) until changed. */
    public void always(String path, int status) {
        always.put(path, status);
    }

    /** Every first try ({@code X-Webhook-Attempt: 1}) to {@code path} is answered 503, so every delivery needs a retry. */
    public void failFirstTries(String path) {
        failFirstTries.add(path);
    }

    /** Requests to {@code path} are answered only after {@code delay} (counted in {@link #holding} meanwhile); null: at once. */
    public void answerLate(String path, Duration delay) {
        if (delay == null) {
            lateBy.remove(path);
        } else {
            lateBy.put(path, delay);
        }
    }

    /** Lets held requests go (answered 200). */
    public void releaseHeld() {
        CountDownLatch held = release;
        release = new CountDownLatch(1);
        held.countDown();
    }

    /** Requests being held now. */
    public List<String> holding() {
        return List.copyOf(holding);
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits (generously) until the requests to {@code path} satisfy {@code condition}; returns them. */
    public List<Received> await(String path, Predicate<List<Received>> condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            List<Received> now = received(path);
            if (condition.test(now)) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("receiver never saw " + what + " at " + path + "; it saw " + received(path));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Deque<Integer> queued = answers.get(path);
        Integer next = queued == null ? null : queued.poll();
        int status = next != null ? next : always.getOrDefault(path, 200);
        if (failFirstTries.contains(path) && "1".equals(exchange.getRequestHeaders().getFirst("X-Webhook-Attempt"))) {
            status = 503;
        }
        Duration late = lateBy.get(path);
        if (late != null && status != HANG) {
            String id = path + "#" + System.nanoTime();
            holding.add(id);
            try {
                Thread.sleep(late.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                holding.remove(id);
            }
        }
        if (status == HANG) {
            String id = path + "#" + System.nanoTime();
            holding.add(id);
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                holding.remove(id);
            }
            status = 200;
        }
        received.add(new Received(path, Map.copyOf(new java.util.TreeMap<>(exchange.getRequestHeaders())), body, status,
                System.currentTimeMillis()));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        releaseHeld();
        server.stop(0);
    }

    public static List<String> keys(List<Received> requests) {
        List<String> keys = new ArrayList<>();
        requests.forEach(r -> keys.add(r.header("Idempotency-Key")));
        return keys;
    }
}
