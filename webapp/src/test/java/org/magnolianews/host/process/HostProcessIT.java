package org.magnolianews.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.jcr.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.testing.OpenContext;

/** The jar as operators use it: first start, restart, SIGTERM, kill -9, broken definitions. */
class HostProcessIT {

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void firstStartPrintsAGeneratedPasswordOnceAndStopsCleanlyOnSigterm() throws Exception {
        Path data = temp.resolve("data");
        String password;
        try (HostProcess host = HostProcess.start(List.of("--port", "0", "--data-dir", data.toString()), Map.of())) {
            int port = host.awaitRunning(START);
            assertEquals(200, get(port, "/.rest/health").statusCode());
            String line = host.output().lines().filter(l -> l.contains("superuser password is")).findFirst().orElseThrow();
            password = line.substring(line.lastIndexOf(' ') + 1);
            assertTrue(password.length() >= 16, password);
            host.terminate();
            assertEquals(143, host.awaitExit(Duration.ofMinutes(1)), host.output());
        }
        assertFalse(Files.exists(data.resolve(".lock")), "a clean shutdown releases the repository lock");
        try (HostProcess again = HostProcess.start(List.of("--port", "0", "--data-dir", data.toString()), Map.of())) {
            again.awaitRunning(START);
            assertFalse(again.output().contains("superuser password is"), "printed only on the first start");
            assertFalse(again.output().contains("loading the sample content"), "sample content only into an empty repository");
            again.terminate();
            again.awaitExit(Duration.ofMinutes(1));
        }
        try (OpenContext reopened = OpenContext.at(data, List.of())) {
            assertTrue(reopened.context().users().authenticate("superuser", password).isPresent(),
                    "the printed password is the one stored (as a hash)");
        }
    }

    @Test
    void killDashNineDuringBulkWritesLeavesARepositoryThatOpens() throws Exception {
        Path data = temp.resolve("crash");
        try (HostProcess generator = HostProcess.start(List.of("generate", "--articles", "200000", "--subjects", "20",
                "--publications", "2", "--seed", "9", "--data-dir", data.toString()), Map.of())) {
            // The generator saves every 2,000 articles: kill it mid-way through the second batch.
            assertTrue(generator.awaitOutput(" 3,000/", START), "generator made progress:\n" + generator.output());
            generator.kill();
        }
        assertTrue(Files.exists(data.resolve(".lock")), "killed: the lock file stays behind");
        try (OpenContext reopened = OpenContext.at(data, List.of())) {
            long[] counts = reopened.context().repository().call("news", session -> {
                var result = session.getWorkspace().getQueryManager()
                        .createQuery("/jcr:root//element(*, news:article) order by @date descending", Query.XPATH).execute();
                long viaIndex = 0;
                for (var it = result.getNodes(); it.hasNext(); it.nextNode()) {
                    viaIndex++;
                }
                return new long[] {viaIndex};
            });
            assertTrue(counts[0] > 0, "saved batches survive the crash and are found by a query");
        }
    }

    @Test
    void generateFillsAnEmptyDirectoryWithSitePagesAndRefusesAFullOne() throws Exception {
        Path data = temp.resolve("generated");
        List<String> args = List.of("generate", "--articles", "40", "--subjects", "5", "--publications", "2",
                "--seed", "3", "--data-dir", data.toString());
        try (HostProcess generator = HostProcess.start(args, Map.of())) {
            assertEquals(0, generator.awaitExit(START), generator.output());
            assertTrue(generator.output().contains("Generated 40 articles, 5 subjects, 2 publications (seed 3)"), generator.output());
        }
        try (OpenContext opened = OpenContext.at(data, List.of())) {
            boolean articlePage = opened.context().repository().call("website_live", s -> s.nodeExists("/home/news/article"));
            assertTrue(articlePage, "the site's pages come with a generated dataset");
        }
        try (HostProcess again = HostProcess.start(args, Map.of())) {
            assertEquals(1, again.awaitExit(START));
            assertTrue(again.output().contains("already holds content"), again.output());
        }
    }

    @Test
    void brokenDefinitionStopsStartUpWithOneClearMessage() throws Exception {
        Path lightModules = temp.resolve("light");
        Files.createDirectories(lightModules.resolve("site/templates/pages"));
        Files.writeString(lightModules.resolve("site/templates/pages/home.yaml"), "renderType: freemarker\ntemplateScript: /site/home.ftl\n");
        try (HostProcess host = HostProcess.start(List.of("--port", "0", "--data-dir", temp.resolve("d").toString(),
                "--light-modules", lightModules.toString()), Map.of("NEWS_ADMIN_PASSWORD", "irrelevant-password"))) {
            assertEquals(1, host.awaitExit(START));
            String output = host.output();
            assertTrue(output.contains("site/templates/pages/home.yaml:2: templateScript /site/home.ftl does not exist"), output);
            assertFalse(output.contains("Exception"), output);
            assertFalse(output.contains("\tat "), output);
        }
    }

    @Test
    void unknownOptionIsRefusedWithItsName() throws Exception {
        try (HostProcess host = HostProcess.start(List.of("--prot", "8080"), Map.of())) {
            assertEquals(1, host.awaitExit(Duration.ofMinutes(1)));
            assertTrue(host.output().contains("unknown option '--prot'"), host.output());
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
