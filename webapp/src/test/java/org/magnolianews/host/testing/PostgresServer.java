package org.magnolianews.host.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL server for one test class: {@code initdb} into a temporary directory and {@code pg_ctl} on a
 * free loopback port, as an operator would run one, removed on close. The binaries are found on the PATH or in
 * Debian's {@code /usr/lib/postgresql/<version>/bin}; without any the test is skipped with that reason ({@code .ci/run}
 * installs Debian's {@code postgresql}, so CI never skips). PostgreSQL refuses to run as root: as root the server runs
 * as the {@code postgres} user Debian's package creates.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "news";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Started and answering, or the calling test skipped when this machine has no PostgreSQL. */
    public static PostgresServer start() throws IOException, InterruptedException {
        Optional<Path> bin = binaries();
        Assumptions.assumeTrue(bin.isPresent(), "no PostgreSQL binaries (initdb, pg_ctl) on the PATH or in /usr/lib/postgresql/*/bin:"
                + " install Debian's postgresql package (.ci/run does)");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "news-pg-");
        if (root) {
            run(List.of("chown", "postgres", dir.toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin.get(), dir, port, root);
        server.pg(List.of("initdb", "-D", dir.resolve("data").toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-sync"));
        server.pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + dir
                        + " -c fsync=off -c max_connections=300 -c shared_buffers=32MB", "start"));
        return server;
    }

    /** A new empty database, its JDBC URL. */
    public String createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, ""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Path binDirectory() {
        return bin;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.set(0, bin.resolve(command.get(0)).toString());
        if (asPostgresUser) {
            full.addAll(0, List.of("runuser", "-u", "postgres", "--"));
        }
        run(full, true);
    }

    private static void run(List<String> command, boolean inTmp) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (inTmp) {
            builder.directory(Path.of("/tmp").toFile()); // the postgres user cannot enter root's working directory
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static Optional<Path> binaries() {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "initdb")) && Files.isExecutable(Path.of(entry, "pg_ctl"))) {
                return Optional.of(Path.of(entry, "initdb").toAbsolutePath()).map(PostgresServer::realBin);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The directory holding the real binary (a PATH entry may hold symbolic links to them). */
    private static Path realBin(Path initdb) {
        try {
            return initdb.toRealPath().getParent();
        } catch (IOException e) {
            return initdb.getParent();
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
