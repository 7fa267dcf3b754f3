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
    void killDashNineDuringGenerateLeavesNoHalfDatasetAndIsPointedOut() throws Exception {
        Path data = temp.resolve("crash");
        Path staging = temp.resolve("crash.generating");
        List<String> args = List.of("generate", "--articles", "200000", "--subjects", "20",
                "--publications", "2", "--seed", "9", "--data-dir", data.toString());
        try (HostProcess generator = HostProcess.start(args, Map.of())) {
            // The generator saves every 2,000 articles: kill it mid-way through the second batch.
            assertTrue(generator.awaitOutput(" 3,000/", START), "generator made progress:\n" + generator.output());
            generator.kill();
        }
        assertFalse(Files.exists(data), "the data directory appears only with a complete dataset");
        try (OpenContext reopened = OpenContext.at(staging, List.of())) {
            assertTrue(articles(reopened, "news") > 0, "the killed repository still opens, its saved batches found by a query");
        }
        try (HostProcess host = HostProcess.start(List.of("--port", "0", "--data-dir", data.toString()), Map.of())) {
            host.awaitRunning(START);
            assertTrue(host.output().contains(staging + " holds an interrupted generate"), host.output());
            host.kill();
        }
        deleteTree(data); // the host just made it with the sample content
        List<String> small = List.of("generate", "--articles", "30", "--subjects", "3", "--publications", "1",
                "--seed", "9", "--data-dir", data.toString());
        try (HostProcess again = HostProcess.start(small, Map.of())) {
            assertEquals(0, again.awaitExit(START), again.output());
            assertTrue(again.output().contains("Removing " + staging + ", left by an interrupted generate"), again.output());
        }
        assertFalse(Files.exists(staging));
        try (OpenContext opened = OpenContext.at(data, List.of())) {
            assertEquals(30, articles(opened, "news_live"), "the new dataset, whole and published");
        }
    }

    /** The articles a workspace's search index finds. */
    private static long articles(OpenContext opened, String workspace) {
        return opened.context().repository().call(workspace, session -> {
            var result = session.getWorkspace().getQueryManager().createQuery("//element(*, news:article)", Query.XPATH).execute();
            long count = 0;
            for (var it = result.getNodes(); it.hasNext(); it.nextNode()) {
                count++;
            }
            return count;
        });
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
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
    void aBrokenDefinitionIsOneClearLogLineAndStartUpGoesOn() throws Exception {
        // Magnolia registers a definition with its problems; only a missing module dependency stops it (DependencyCheckTest).
        Path lightModules = temp.resolve("light");
        Files.createDirectories(lightModules.resolve("site/templates/pages"));
        Files.writeString(lightModules.resolve("site/templates/pages/home.yaml"), "renderType: freemarker\ntemplateScript: /site/home.ftl\n");
        try (HostProcess host = HostProcess.start(List.of("--port", "0", "--data-dir", temp.resolve("d").toString(),
                "--light-modules", lightModules.toString()), Map.of("NEWS_ADMIN_PASSWORD", "irrelevant-password"))) {
            assertTrue(host.awaitOutput("host ready on port", START), host.output());
            String output = host.output();
            String problem = "site/templates/pages/home.yaml:2: templateScript /site/home.ftl does not exist";
            assertEquals(1, output.split(java.util.regex.Pattern.quote(problem), -1).length - 1, output);
            assertTrue(output.contains("Definition problem (MAJOR, not used)"), output);
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
