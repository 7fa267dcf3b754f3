package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.repository.PublishingException;
import org.magnolianews.host.testing.RunningHost;

/**
 * Readers race publishes over real HTTP while the delivery response cache is on: a folder's first
 * publish must never show its drafts (neither at once nor later from the cache), and a recursive
 * publish racing a publish of a child must end in a consistent state, never a failure.
 */
class PublishingRaceIT {

    private static final String NEWS = "/.rest/delivery/news";
    private static final String USER = "race";
    private static final int ROUNDS = 100;
    private static final int READERS = 3;

    private static RunningHost host;
    private static ContentService content;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContent();
        content = host.host().context().content();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void aFoldersFirstPublishNeverServesItsDrafts() throws Exception {
        List<String> leaks = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String folder = "/leak-" + round;
                content.createFolder("news", "/", "leak-" + round, USER);
                List<String> drafts = new ArrayList<>();
                for (String name : List.of("draft-a", "draft-b")) {
                    drafts.add(content.create("news", Optional.of(folder), Optional.of(name), Map.of(
                            "title", "Draft " + name + " " + round, "date", "2030-01-01T10:00:00+03:00",
                            "corrections", List.of(Map.of("date", "2030-01-02", "note", "draft entry")))
                            , USER).path());
                }
                List<String> urls = new ArrayList<>();
                for (String draft : drafts) {
                    urls.add(NEWS + draft);
                }
                urls.add(NEWS + folder + "@nodes");
                urls.add(NEWS + "?@ancestor=" + folder);

                leaks.addAll(readWhile(readers, urls, () -> content.publish("news", folder, false, USER)));
                leaks.addAll(sightings(urls, "after the folder's publish"));
                content.unpublish("news", folder, USER);
                leaks.addAll(sightings(urls, "after the folder's unpublish"));
                content.publish("news", folder, false, USER);
                for (String draft : drafts) {
                    content.delete("news", draft, USER);
                }
                leaks.addAll(sightings(urls, "after the drafts' delete"));
                content.unpublish("news", folder, USER);
                content.delete("news", folder, USER);
            }
        } finally {
            readers.shutdownNow();
        }
        System.out.printf("PublishingRaceIT: %d rounds of a folder's first publish under %d readers, %d draft sightings%n",
                ROUNDS, READERS, leaks.size());
        assertEquals(0, leaks.size(), "no draft is ever served to a reader; " + leaks.size() + " sightings, the first: "
                + leaks.subList(0, Math.min(5, leaks.size())));
    }

    @Test
    void aPagesFirstPublishNeverServesItsDraftSubpages() throws Exception {
        List<String> leaks = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        Map<String, Object> section = Map.of("mgnl:template", "news-module:pages/section", "title", "Section");
        try {
            for (int round = 0; round < 20; round++) {
                String page = "/home/leak-page-" + round;
                content.createPageNode("/home", "leak-page-" + round, "mgnl:page", section, USER);
                String draft = content.createPageNode(page, "draft-page", "mgnl:page", section, USER).path();
                List<String> urls = List.of("/.rest/delivery/pages" + draft, "/.rest/delivery/pages" + page + "@nodes",
                        "/.rest/delivery/pages" + page);
                leaks.addAll(readWhile(readers, urls, () -> content.publish("website", page, false, USER)));
                leaks.addAll(sightings(urls, "after the page's publish"));
                content.unpublish("website", page, USER);
                leaks.addAll(sightings(urls, "after the page's unpublish"));
                content.delete("website", draft, USER);
                leaks.addAll(sightings(urls, "after the draft's delete"));
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(0, leaks.size(), leaks.size() + " sightings of a draft page, the first: " + leaks.subList(0, Math.min(5, leaks.size())));
    }

    /**
     * Runs {@code publish} while {@link #READERS} threads read the URLs as fast as they can; returns every
     * response that showed a draft. Readers are under way before the publish starts and go on after it.
     */
    private static List<String> readWhile(ExecutorService pool, List<String> urls, Runnable publish) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch reading = new CountDownLatch(READERS);
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            running.add(pool.submit(() -> {
                boolean counted = false;
                while (!stop.get()) {
                    for (String url : urls) {
                        String leak = leak(url);
                        if (leak != null) {
                            seen.add("during the publish: " + leak);
                        }
                    }
                    if (!counted) {
                        reading.countDown();
                        counted = true;
                    }
                }
                return null;
            }));
        }
        assertTrue(reading.await(30, TimeUnit.SECONDS));
        publish.run();
        Thread.sleep(5);
        stop.set(true);
        for (Future<?> reader : running) {
            reader.get(30, TimeUnit.SECONDS);
        }
        return seen;
    }

    private static List<String> sightings(List<String> urls, String when) throws Exception {
        List<String> seen = new ArrayList<>();
        for (String url : urls) {
            String leak = leak(url);
            if (leak != null) {
                seen.add(when + ": " + leak);
            }
        }
        return seen;
    }

    /** A description of the draft this response shows, or null when it shows none. */
    private static String leak(String url) {
        try {
            HttpResponse<String> response = host.get(url);
            if (response.statusCode() == 200 && (response.body().contains("draft-a") || response.body().contains("draft-b")
                    || response.body().contains("draft-page"))) {
                return url + " → " + response.body().substring(0, Math.min(200, response.body().length()));
            }
            if (response.statusCode() != 200 && response.statusCode() != 404) {
                return url + " → " + response.statusCode() + " " + response.body();
            }
            return null;
        } catch (Exception e) {
            return url + " → " + e;
        }
    }

    @Test
    void aRecursivePublishRacingAChildPublishEndsConsistent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Set<String> failures = ConcurrentHashMap.newKeySet();
        AtomicInteger refusedChildPublishes = new AtomicInteger();
        try {
            for (int round = 0; round < 30; round++) {
                String folder = "/race-" + round;
                content.createFolder("news", "/", "race-" + round, USER);
                String item = content.create("news", Optional.of(folder), Optional.of("child"), Map.of(
                        "title", "Child " + round, "date", "2030-02-01T10:00:00+03:00"), USER).path();
                CountDownLatch go = new CountDownLatch(1);
                Future<?> recursive = pool.submit(() -> {
                    go.await();
                    content.publish("news", folder, true, USER);
                    return null;
                });
                Future<?> child = pool.submit(() -> {
                    go.await();
                    try {
                        content.publish("news", item, false, USER);
                    } catch (PublishingException.ParentNotPublished beforeTheFolder) {
                        refusedChildPublishes.incrementAndGet(); // lost the race to the folder: a clear 409, not a failure
                    }
                    return null;
                });
                go.countDown();
                for (Future<?> publish : List.of(recursive, child)) {
                    try {
                        publish.get(30, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add(folder + ": " + e.getCause());
                    }
                }
                HttpResponse<String> live = host.get(NEWS + item);
                if (live.statusCode() != 200 || !live.body().contains("Child " + round)) {
                    failures.add(folder + ": the child is not live after both publishes: " + live.statusCode());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.of(), failures);
    }
}
