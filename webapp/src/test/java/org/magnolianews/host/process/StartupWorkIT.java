package org.magnolianews.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start does before the host is ready, read from the classes its JVM has loaded when it says it runs
 * ({@code -Xlog:class+load}): work nothing before the first request needs stays out of the start (issue 13, start-up),
 * and the first request that needs it is still answered correctly.
 */
class StartupWorkIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final String PASSWORD = "startup-work-password";
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source:");

    @TempDir
    Path temp;

    @Test
    void aRestartOpensNoLiveWorkspaceAndLoadsNoTlsBcryptOrJvmMetricBindersBeforeReadyAndStillServesThem() throws Exception {
        Path data = temp.resolve("data");
        List<String> args = List.of("--port", "0", "--data-dir", data.toString(), "--no-sample-content");
        Map<String, String> env = Map.of("NEWS_ADMIN_PASSWORD", PASSWORD);
        try (HostProcess first = HostProcess.start(args, env)) { // creates the superuser: a bcrypt hash
            first.awaitRunning(START);
            first.terminate();
            first.awaitExit(Duration.ofMinutes(1));
        }
        Path classLog = temp.resolve("classes.log");
        // Jackrabbit names each workspace it opens ("initializing workspace 'news_live'...") at INFO.
        List<String> jvm = List.of("-Xlog:class+load=info:file=" + classLog,
                "-Dorg.slf4j.simpleLogger.log.org.apache.jackrabbit.core.RepositoryImpl=info");
        try (HostProcess again = HostProcess.start(jvm, args, env)) {
            int port = again.awaitRunning(START);
            List<String> openedBeforeReady = again.output().lines().takeWhile(line -> !line.contains("host ready on port"))
                    .filter(line -> line.contains("initializing workspace")).toList();
            assertTrue(openedBeforeReady.stream().noneMatch(line -> line.contains("_live'")),
                    "no live workspace opened before ready (the dialog value scan, the delivery's sort warm-up): " + openedBeforeReady);
            List<String> loaded = loadedClasses(classLog);
            assertTrue(loaded.size() > 1000, "the class log is read: " + loaded.size() + " classes");
            List<String> early = new java.util.ArrayList<>();
            early.addAll(startingWith(loaded, "sun.security.ssl.", "TLS (an HTTP client for purges or webhooks built at start)"));
            early.addAll(startingWith(loaded, "org.springframework.security.crypto.bcrypt.BCrypt ", "a bcrypt hash computed at start"));
            early.addAll(startingWith(loaded, "io.micrometer.core.instrument.binder.jvm.", "JVM metric binders while no metrics port is set"));
            assertTrue(early.isEmpty(), "loaded before ready: " + early);

            assertEquals(401, get(port, "/.rest/nodes/v1/news", "nobody", PASSWORD).statusCode(), "an unknown name");
            assertEquals(401, get(port, "/.rest/nodes/v1/news", "superuser", "wrong-password").statusCode(), "a wrong password");
            assertEquals(200, get(port, "/.rest/nodes/v1/news", "superuser", PASSWORD).statusCode(), "the superuser's password");
            // the first reader's request opens the live workspace itself, with or without the warm-up done
            HttpResponse<String> latest = get(port, "/.rest/delivery/news?orderBy=date%20desc&limit=1", null, null);
            assertEquals(200, latest.statusCode(), latest.body());
            assertTrue(latest.body().contains("\"results\""), latest.body());
        }
    }

    private static List<String> loadedClasses(Path classLog) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(classLog, StandardCharsets.UTF_8)) {
            Matcher matcher = LOADED.matcher(line);
            if (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** What of {@code loaded} starts with {@code prefix} (a trailing space: that one class), as {@code what: [names]}. */
    private static List<String> startingWith(List<String> loaded, String prefix, String what) {
        List<String> found = loaded.stream().filter(name -> (name + " ").startsWith(prefix)).limit(3).toList();
        return found.isEmpty() ? List.of() : List.of(what + ": " + found);
    }

    private static HttpResponse<String> get(int port, String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
