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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class data sharing archive the build writes after the jar (its training run) is one the README's run command
 * can map: the host's, Jackrabbit's and Jetty's classes come from it instead of the jar (issue 13, start-up).
 */
class ClassArchiveIT {

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void aStartWithTheBuildsArchiveMapsTheHostsClassesFromItAndServes() throws Exception {
        assertTrue(Files.size(HostProcess.CLASS_ARCHIVE) > 0, HostProcess.CLASS_ARCHIVE + " is written by the package phase");
        Path classLog = temp.resolve("classes.log");
        List<String> args = List.of("--port", "0", "--data-dir", temp.resolve("data").toString(), "--no-sample-content");
        try (HostProcess host = HostProcess.start(List.of("-Xlog:class+load=info:file=" + classLog), args,
                Map.of("NEWS_ADMIN_PASSWORD", "class-archive-password"))) {
            int port = host.awaitRunning(START);
            List<String> lines = Files.readAllLines(classLog, StandardCharsets.UTF_8);
            for (String name : List.of("org.magnolianews.host.NewsHost", "org.eclipse.jetty.server.Server",
                    "freemarker.template.Configuration", "org.h2.engine.Database",
                    "org.apache.jackrabbit.core.persistence.pool.BundleDbPersistenceManager")) {
                String line = lines.stream().filter(l -> l.contains("] " + name + " source:")).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " not loaded at start"));
                assertTrue(line.contains("source: shared objects file (top)"), "from the build's archive: " + line);
            }
            // Java 17 cannot archive classes of class-file version 49 (javax.jcr, Lucene 3.6) nor those linked against
            // them (part of Jackrabbit): those still come from the jar.
            long fromArchive = lines.stream().filter(l -> l.contains("source: shared objects file (top)")).count();
            long fromJar = lines.stream().filter(l -> l.contains("source: file:")).count();
            assertTrue(fromArchive > 3 * fromJar, "most of the jar's classes come from the archive: " + fromArchive
                    + " from it, " + fromJar + " from the jar");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/.rest/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
        }
    }
}
