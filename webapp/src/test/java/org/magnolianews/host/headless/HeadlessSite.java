package org.magnolianews.host.headless;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's headless site ({@code headless-site/}, Node) as a process against a running host, on a
 * free port: {@code node src/server.js} with {@code NEWS_HOST} and {@code PORT=0}, the port read from the line it
 * prints. Installs the site's npm packages with {@code npm ci} first when they are missing ({@code .ci/run} does it
 * before Maven, so normally they are there).
 */
final class HeadlessSite implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://[^ ]+)");

    private final Process process;
    private final String base;
    private final List<String> output;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HeadlessSite(Process process, String base, List<String> output) {
        this.process = process;
        this.base = base;
        this.output = output;
    }

    static Path directory() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path root = Files.exists(dir.resolve("webapp")) ? dir : dir.getParent();
        return root.resolve("headless-site");
    }

    /** {@code npm ci} when node_modules is missing or older than package-lock.json. */
    static void installPackages() throws IOException, InterruptedException {
        Path dir = directory();
        Path installed = dir.resolve("node_modules/.package-lock.json");
        if (Files.exists(installed)
                && !Files.getLastModifiedTime(installed).toInstant().isBefore(Files.getLastModifiedTime(dir.resolve("package-lock.json")).toInstant())) {
            return;
        }
        // Into a file, not inherited: what npm prints on the test JVM's own stdout corrupts the stream through which
        // Maven's forked test runner reports, and the build fails with every test passed.
        Path log = Files.createTempFile("headless-site-npm-ci-", ".log");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = npm.waitFor(5, TimeUnit.MINUTES);
        String printed = Files.readString(log);
        Files.deleteIfExists(log);
        if (!done || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm ci in " + dir + " failed:\n" + printed);
        }
        System.out.println(printed);
    }

    static HeadlessSite start(String host, Map<String, String> env) throws Exception {
        installPackages();
        ProcessBuilder builder = new ProcessBuilder("node", "src/server.js").directory(directory().toFile()).redirectErrorStream(true);
        builder.environment().put("NEWS_HOST", host);
        builder.environment().put("PORT", "0");
        builder.environment().putAll(env);
        Process process = builder.start();
        List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        listening.complete(matcher.group(1));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            listening.completeExceptionally(new IllegalStateException("the headless site stopped: " + output));
        }, "headless-site-output");
        reader.setDaemon(true);
        reader.start();
        String base = listening.get(60, TimeUnit.SECONDS);
        return new HeadlessSite(process, base, output);
    }

    String base() {
        return base;
    }

    /** What the site printed so far (for failure messages). */
    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
