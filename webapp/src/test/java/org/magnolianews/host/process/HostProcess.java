package org.magnolianews.host.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The built jar run as an operator runs it: a separate JVM, signals, exit codes and printed lines. */
final class HostProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "magnolia-news.jar");
    /** The build's class data sharing archive (TrainingRunCommand), mapped as the README's run command maps it. */
    static final Path CLASS_ARCHIVE = Path.of("target", "magnolia-news.jsa");
    private static final Pattern RUNNING = Pattern.compile("running at http://localhost:(\\d+)/");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private HostProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "host-output");
        reader.setDaemon(true);
        reader.start();
    }

    static HostProcess start(List<String> args, Map<String, String> env) throws IOException {
        return start(List.of(), args, env);
    }

    /** With JVM options of the test's own (after the README's -Xmx512m and class archive). */
    static HostProcess start(List<String> jvmOptions, List<String> args, Map<String, String> env) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first (mvn verify does)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:SharedArchiveFile=" + CLASS_ARCHIVE));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NEWS_ADMIN_PASSWORD");
        builder.environment().putAll(env);
        return new HostProcess(builder.start());
    }

    /** Waits for the "running at" line and returns the port. */
    int awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                Matcher matcher = RUNNING.matcher(line);
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("host exited with " + process.exitValue() + ":\n" + String.join("\n", output));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("host not running after " + timeout + ":\n" + String.join("\n", output));
    }

    boolean awaitOutput(String fragment, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output.stream().anyMatch(line -> line.contains(fragment))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** What the process printed so far that contains {@code fragment}: for failure messages. */
    List<String> linesContaining(String fragment) {
        return output.stream().filter(line -> line.contains(fragment)).toList();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("process still running after " + timeout);
        }
        return process.exitValue();
    }

    /** SIGTERM, as a service manager stops it. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
