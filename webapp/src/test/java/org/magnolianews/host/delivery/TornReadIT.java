package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.magnolianews.host.http.Json;
import org.magnolianews.host.testing.RunningHost;

/**
 * Readers never see a mix of two versions of one item. The response cache is off, so every read renders
 * from the live workspace while an item is republished with a new title and a new set of corrections.
 * Version k has title "Version k" and k % 4 + 1 corrections each noted "k": any other combination is torn.
 */
class TornReadIT {

    private static final String NEWS = "/.rest/delivery/news";
    private static final String USER = "torn";
    private static final int MIN_READS = 2_000;

    private static RunningHost host;
    private static ContentService content;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContentAndProperty(DeliverySettings.CACHE_MB, "0");
        content = host.host().context().content();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void republishingNeverServesAMixOfTwoVersions() throws Exception {
        content.createFolder("news", "/", "torn", USER);
        content.publish("news", "/torn", false, USER);
        String path = content.create("news", Optional.of("/torn"), Optional.of("item"), version(0), USER).path();
        content.publish("news", path, false, USER);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        List<String> torn = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int r = 0; r < 3; r++) {
                running.add(readers.submit(() -> {
                    while (!stop.get()) {
                        HttpResponse<String> response = host.get(NEWS + path);
                        reads.incrementAndGet();
                        String problem = response.statusCode() == 200 ? tornIn(Json.MAPPER.readTree(response.body()))
                                : "status " + response.statusCode() + ": " + response.body();
                        if (problem != null) {
                            torn.add(problem);
                        }
                    }
                    return null;
                }));
            }
            int version = 1;
            while (reads.get() < MIN_READS || version < 50) {
                content.update("news", path, version(version), Optional.empty(), USER);
                content.publish("news", path, false, USER);
                version++;
            }
        } finally {
            stop.set(true);
            for (Future<?> reader : running) {
                reader.get(30, TimeUnit.SECONDS);
            }
            readers.shutdownNow();
        }
        System.out.printf("TornReadIT: %d reads during republishes, %d torn%n", reads.get(), torn.size());
        assertTrue(reads.get() >= MIN_READS);
        assertEquals(0, torn.size(), torn.size() + " torn reads among " + reads.get() + ", the first: "
                + torn.subList(0, Math.min(5, torn.size())));
    }

    private static Map<String, Object> version(int k) {
        List<Map<String, Object>> corrections = new ArrayList<>();
        for (int i = 0; i <= k % 4; i++) {
            corrections.add(Map.of("date", "2030-03-0" + (i + 1), "note", String.valueOf(k)));
        }
        return Map.of("title", "Version " + k, "date", "2030-03-01T10:00:00+03:00", "corrections", corrections);
    }

    /** What is inconsistent in one delivered item, or null. */
    private static String tornIn(JsonNode item) {
        String title = item.path("title").asText();
        int k = Integer.parseInt(title.substring("Version ".length()));
        List<String> notes = new ArrayList<>();
        for (JsonNode name : item.path("@nodes")) {
            JsonNode entry = item.path(name.asText());
            if (name.asText().startsWith("corrections")) {
                notes.add(entry.path("note").asText());
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= k % 4; i++) {
            expected.add(String.valueOf(k));
        }
        return notes.equals(expected) ? null : title + " with corrections " + notes;
    }
}
