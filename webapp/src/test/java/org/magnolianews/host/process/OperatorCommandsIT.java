package org.magnolianews.host.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator meets at the command line: bad options, a busy port, help, a lost password. */
class OperatorCommandsIT {

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void aPortInUseIsNamedAndTheDataDirectoryIsLeftUntouched() throws Exception {
        Path data = temp.resolve("data");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            try (HostProcess host = HostProcess.start(List.of("--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", data.toString()), Map.of())) {
                assertEquals(1, host.awaitExit(START), host.output());
                assertTrue(host.output().contains("port " + taken.getLocalPort() + " is already in use"), host.output());
                assertFalse(host.output().contains("Exception"), host.output());
            }
        }
        assertFalse(Files.exists(data), "nothing was created, so no superuser whose password was never shown");
    }

    @Test
    void impossiblePortsAndAFileAsDataDirectoryAreRefusedInWords() throws Exception {
        try (HostProcess host = HostProcess.start(List.of("--port", "99999", "--data-dir", temp.resolve("d").toString()), Map.of())) {
            assertEquals(1, host.awaitExit(START));
            assertTrue(host.output().contains("--port (NEWS_PORT) must be between 1 and 65535"), host.output());
        }
        assertFalse(Files.exists(temp.resolve("d")));
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        try (HostProcess host = HostProcess.start(List.of("--port", "0", "--data-dir", file.toString()), Map.of())) {
            assertEquals(1, host.awaitExit(START));
            assertTrue(host.output().contains(file + " is a file, not a directory"), host.output());
            assertFalse(host.output().contains("Exception"), host.output());
        }
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        try (HostProcess host = HostProcess.start(List.of("--help"), Map.of())) {
            assertEquals(0, host.awaitExit(START), host.output());
            assertTrue(host.output().contains("reset-password --user NAME"), host.output());
            assertTrue(host.output().contains("--trusted-proxies"), host.output());
        }
    }

    @Test
    void aTrainingRunReadsEveryPageOnScratchDataAndLeavesNothingBehind() throws Exception {
        Path scratch = Files.createDirectories(temp.resolve("tmp"));
        try (HostProcess run = HostProcess.start(List.of("-Djava.io.tmpdir=" + scratch), List.of("training-run"), Map.of())) {
            assertEquals(0, run.awaitExit(START), run.output());
            assertTrue(run.output().contains("Training run: 13 requests answered 200"), run.output());
        }
        try (var left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "the scratch data directory is removed");
        }
        try (HostProcess refused = HostProcess.start(List.of("training-run", "--data-dir", temp.toString()), Map.of())) {
            assertEquals(1, refused.awaitExit(START));
            assertTrue(refused.output().contains("training-run takes no options"), refused.output());
        }
    }

    @Test
    void aLostPasswordIsResetWhileTheHostIsStoppedAndRefusedWhileItRuns() throws Exception {
        Path data = temp.resolve("reset");
        String first;
        try (HostProcess host = HostProcess.start(List.of("--port", "0", "--data-dir", data.toString()), Map.of())) {
            host.awaitRunning(START);
            first = lastWord(host.output(), "superuser password is");
            try (HostProcess whileRunning = HostProcess.start(List.of("reset-password", "--user", "superuser",
                    "--data-dir", data.toString()), Map.of())) {
                assertEquals(1, whileRunning.awaitExit(START));
                assertTrue(whileRunning.output().contains("is a host running on it? Stop it first."), whileRunning.output());
            }
            host.terminate();
            host.awaitExit(Duration.ofMinutes(1));
        }
        String second;
        try (HostProcess reset = HostProcess.start(List.of("reset-password", "--user", "superuser", "--data-dir", data.toString()), Map.of())) {
            assertEquals(0, reset.awaitExit(START), reset.output());
            second = lastWord(reset.output(), "The new password of superuser is");
        }
        try (HostProcess unknown = HostProcess.start(List.of("reset-password", "--user", "nobody", "--data-dir", data.toString()), Map.of())) {
            assertEquals(1, unknown.awaitExit(START));
            assertTrue(unknown.output().contains("no user 'nobody'"), unknown.output());
        }
        try (HostProcess host = HostProcess.start(List.of("--port", "0", "--data-dir", data.toString()), Map.of())) {
            int port = host.awaitRunning(START);
            assertEquals(200, status(port, second), "the new password works");
            assertEquals(401, status(port, first), "the old one does not");
            host.terminate();
            host.awaitExit(Duration.ofMinutes(1));
        }
    }

    private static String lastWord(String output, String marker) {
        String line = output.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow(() -> new AssertionError(output));
        return line.substring(line.lastIndexOf(' ') + 1);
    }

    private static int status(int port, String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("superuser:" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/.rest/nodes/v1/news"))
                .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
