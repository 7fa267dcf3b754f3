package org.magnolianews.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.testing.OpenContext;

/**
 * kill -9 while items are republished in a loop, several times at different moments: after each restart,
 * author status and live content agree and no live item is half-written. Version k of an item has the title
 * "Version k" and k % 4 + 1 corrections each noted "k", so a live item mixing two versions shows.
 */
class PublishCrashIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final String PASSWORD = "crash-test-password";
    private static final int ITEMS = 4;
    private static final int KILLS = 5;
    private static final String FOLDER = "/2017/11";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void killedWhilePublishingLeavesAuthorAndLiveAgreeing() throws Exception {
        Path data = temp.resolve("data");
        Random random = new Random(7);
        List<String> report = new ArrayList<>();
        int publishesAcknowledged = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            try (HostProcess host = HostProcess.start(List.of("--port", "0", "--data-dir", data.toString()),
                    Map.of("NEWS_ADMIN_PASSWORD", PASSWORD))) {
                int port = host.awaitRunning(START);
                String auth = kill == 0 ? setUp(port) : token(port);
                AtomicBoolean stop = new AtomicBoolean();
                AtomicInteger acknowledged = new AtomicInteger();
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    int first = w;
                    Thread writer = new Thread(() -> republishLoop(port, auth, first, stop, acknowledged), "writer-" + w);
                    writer.setDaemon(true);
                    writer.start();
                    writers.add(writer);
                }
                // At least one publish of this run is acknowledged before the kill, however loaded the machine is,
                // then a different moment each time.
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
                while (acknowledged.get() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(random.nextInt(1600));
                host.kill();
                stop.set(true);
                for (Thread writer : writers) {
                    writer.join(10_000);
                }
                publishesAcknowledged += acknowledged.get();
            }
            try (OpenContext reopened = OpenContext.at(data, List.of())) {
                report.addAll(disagreements(reopened, "after kill " + (kill + 1)));
            }
        }
        assertTrue(publishesAcknowledged > KILLS, "the loop published between kills: " + publishesAcknowledged);
        assertEquals(List.of(), report);
    }

    /** Creates the items, published, and a token for the loop (stored in the repository, so it outlives restarts). */
    private String setUp(int port) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("superuser:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < ITEMS; i++) {
            String body = "{\"name\":\"crash-" + i + "\",\"type\":\"news:article\",\"properties\":["
                    + "{\"name\":\"title\",\"values\":[\"Version 0\"]},{\"name\":\"date\",\"type\":\"Date\",\"values\":[\"2017-11-2" + i + "\"]}],"
                    + "\"nodes\":[" + corrections(0) + "]}";
            assertEquals(201, send(port, basic, "PUT", "/.rest/nodes/v1/news" + FOLDER, body).statusCode());
            assertEquals(200, publish(port, basic, i).statusCode());
        }
        HttpResponse<String> token = send(port, basic, "POST", "/.rest/tokens/v1", "{\"label\":\"crash loop\"}");
        assertEquals(201, token.statusCode(), token.body());
        String bearer = "Bearer " + Json.MAPPER.readTree(token.body()).path("token").asText();
        java.nio.file.Files.writeString(temp.resolve("token"), bearer);
        return bearer;
    }

    private String token(int port) throws Exception {
        return java.nio.file.Files.readString(temp.resolve("token"));
    }

    /** Writer w updates and publishes items w, w+2, … with ever higher versions until stopped (or killed). */
    private void republishLoop(int port, String auth, int w, AtomicBoolean stop, AtomicInteger acknowledged) {
        int version = Math.floorMod(System.nanoTime(), 1000) + 1000 * (w + 1);
        while (!stop.get()) {
            for (int i = w; i < ITEMS && !stop.get(); i += 2) {
                version++;
                try {
                    String body = "{\"properties\":[{\"name\":\"title\",\"values\":[\"Version " + version + "\"]}],"
                            + "\"nodes\":[" + corrections(version) + "]}";
                    if (send(port, auth, "POST", "/.rest/nodes/v1/news" + FOLDER + "/crash-" + i, body).statusCode() == 200
                            && publish(port, auth, i).statusCode() == 200) {
                        acknowledged.incrementAndGet();
                    }
                } catch (Exception killed) {
                    return; // the host is gone
                }
            }
        }
    }

    private static String corrections(int version) {
        List<String> entries = new ArrayList<>();
        for (int c = 0; c <= version % 4; c++) {
            entries.add("{\"name\":\"corrections" + c + "\",\"type\":\"mgnl:contentNode\",\"properties\":["
                    + "{\"name\":\"date\",\"values\":[\"2017-11-2" + (c + 1) + "\"]},{\"name\":\"note\",\"values\":[\"" + version + "\"]}]}");
        }
        return String.join(",", entries);
    }

    private HttpResponse<String> publish(int port, String auth, int item) throws Exception {
        return send(port, auth, "POST", "/.rest/commands/v2/publish",
                "{\"repository\":\"news\",\"path\":\"" + FOLDER + "/crash-" + item + "\",\"recursive\":false}");
    }

    private HttpResponse<String> send(int port, String auth, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What disagrees between the author and the live side of each item, read straight from the repository. */
    private static List<String> disagreements(OpenContext opened, String when) {
        List<String> found = new ArrayList<>();
        Session author = opened.context().repository().login("news");
        Session live = opened.context().repository().login("news_live");
        try {
            for (int i = 0; i < ITEMS; i++) {
                String path = FOLDER + "/crash-" + i;
                Node draft = author.getNode(path);
                PublicationStatus status = PublicationStatus.of(draft);
                Integer authorVersion = version(draft, found, when + " author " + path);
                if (!live.nodeExists(path)) {
                    found.add(when + ": " + path + " is " + status + " on the author side and absent from live");
                    continue;
                }
                Integer liveVersion = version(live.getNode(path), found, when + " live " + path);
                if (status == PublicationStatus.PUBLISHED && authorVersion != null && !authorVersion.equals(liveVersion)) {
                    found.add(when + ": " + path + " is published at version " + authorVersion + " but live shows " + liveVersion);
                }
            }
            if (opened.context().repository().call("default", s -> s.nodeExists("/publishing-journal")
                    && s.getNode("/publishing-journal").hasNodes())) {
                found.add(when + ": the publishing journal still holds intents after the start finished them");
            }
        } catch (javax.jcr.RepositoryException e) {
            found.add(when + ": " + e);
        } finally {
            live.logout();
            author.logout();
        }
        return found;
    }

    /** The node's version when title and corrections agree on one, else null with the mix described. */
    private static Integer version(Node item, List<String> found, String where) throws javax.jcr.RepositoryException {
        int version = Integer.parseInt(item.getProperty("title").getString().substring("Version ".length()));
        List<String> notes = new ArrayList<>();
        for (NodeIterator it = item.getNodes("corrections*"); it.hasNext(); ) {
            notes.add(it.nextNode().getProperty("note").getString());
        }
        List<String> expected = new ArrayList<>();
        for (int c = 0; c <= version % 4; c++) {
            expected.add(String.valueOf(version));
        }
        if (!notes.equals(expected)) {
            found.add(where + " is half-written: title version " + version + ", corrections " + notes);
            return null;
        }
        return version;
    }
}
