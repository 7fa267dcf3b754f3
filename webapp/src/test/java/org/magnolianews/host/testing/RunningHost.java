package org.magnolianews.host.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.magnolianews.host.NewsHost;
import org.magnolianews.host.config.HostSettings;

/**
 * A started host on a free port with its own data directory, for integration tests over real HTTP.
 * The superuser password is fixed, so tests can authenticate. A test class that needs one host with the
 * sample content registers it: {@code @RegisterExtension static final RunningHost host = RunningHost.perClass();}
 * — started before the class's {@code @BeforeAll} methods, closed (and its directory deleted) after its
 * {@code @AfterAll} methods.
 */
public final class RunningHost implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final String ADMIN_PASSWORD = "test-superuser-password";

    private NewsHost host;
    private Path dataDir;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private boolean ownsDataDir;
    private final List<String> perClassArgs;

    private RunningHost(NewsHost host, Path dataDir, boolean ownsDataDir) {
        this(host, dataDir, ownsDataDir, List.of());
    }

    private RunningHost(NewsHost host, Path dataDir, boolean ownsDataDir, List<String> perClassArgs) {
        this.host = host;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.perClassArgs = List.copyOf(perClassArgs);
    }

    /** A host with the sample content, started and closed around the test class that registers it. */
    public static RunningHost perClass() {
        return perClass(List.of());
    }

    /** The same with more options ({@code --trusted-proxies 127.0.0.1}). */
    public static RunningHost perClass(List<String> extraArgs) {
        return new RunningHost(null, null, true, extraArgs);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        RunningHost started = withSampleContent(perClassArgs);
        host = started.host;
        dataDir = started.dataDir;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (host != null) {
            close();
            host = null;
        }
    }

    /** A host with the sample content in a fresh temporary data directory. */
    public static RunningHost withSampleContent() throws Exception {
        return withSampleContent(List.of());
    }

    /** The same with more options ({@code --light-modules DIR}); the directory goes when the host closes. */
    public static RunningHost withSampleContent(List<String> extraArgs) throws Exception {
        return start(TempDirs.create("news-host-"), extraArgs, true);
    }

    /**
     * A host with the sample content, started with a JVM system property set (the settings that read the same names
     * from the environment or from system properties, e.g. {@code NEWS_DELIVERY_CACHE_MB}); cleared again once started.
     */
    public static RunningHost withSampleContentAndProperty(String name, String value) throws Exception {
        System.setProperty(name, value);
        try {
            return withSampleContent();
        } finally {
            System.clearProperty(name);
        }
    }

    /** A host on a data directory the caller owns (and cleans up). */
    public static RunningHost start(Path dataDir, List<String> extraArgs) throws Exception {
        return start(dataDir, extraArgs, false);
    }

    /** A host on a data directory the caller owns, with environment variables beside the admin password. */
    public static RunningHost start(Path dataDir, List<String> extraArgs, Map<String, String> env) throws Exception {
        return start(dataDir, extraArgs, false, env);
    }

    private static RunningHost start(Path dataDir, List<String> extraArgs, boolean ownsDataDir) throws Exception {
        return start(dataDir, extraArgs, ownsDataDir, Map.of());
    }

    private static RunningHost start(Path dataDir, List<String> extraArgs, boolean ownsDataDir, Map<String, String> env) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--port", "0", "--data-dir", dataDir.toString()));
        args.addAll(extraArgs);
        Map<String, String> variables = new java.util.HashMap<>(env);
        variables.put("NEWS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        HostSettings settings = HostSettings.from(args, variables);
        return new RunningHost(NewsHost.start(settings), dataDir, ownsDataDir);
    }

    public NewsHost host() {
        return host;
    }

    public Path dataDir() {
        return dataDir;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + host.port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        host.close();
        if (ownsDataDir) {
            TempDirs.delete(dataDir);
        }
    }
}
