package org.magnolianews.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.magnolianews.host.config.HostSettings;
import org.magnolianews.host.config.SettingsException;

/**
 * {@code training-run}: starts the host on a scratch data directory with the sample content, asks it once for
 * each kind of page and response a site serves, stops it and exits. Run under
 * {@code -XX:ArchiveClassesAtExit=F}, the JVM then writes every class this loaded to a class data sharing archive,
 * which a start with {@code -XX:SharedArchiveFile=F} maps instead of loading and verifying those classes again
 * (the build does this; README "Two commands"). Java 17 cannot take that flag from the jar itself: a manifest
 * holds no JVM options.
 *
 * <p>It ignores the environment's {@code NEWS_*} settings on purpose: the archive must not depend on the machine
 * that built it, and a training run must never open a real data directory or cluster.
 */
final class TrainingRunCommand {

    /** Each kind of answer a start is followed by: reading them loads the classes their first request needs. */
    static final List<String> PATHS = List.of(
            "/.rest/health",
            "/",
            "/ru/",
            "/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html",
            "/subjects/korean-peninsula.html",
            "/publications/russian-to-the-bone.html",
            "/news.html?page=2",
            "/search.html?q=discussing",
            "/feeds/news.xml",
            "/sitemap.xml",
            "/.rest/delivery/news?orderBy=date%20desc&limit=10",
            "/.rest/delivery/news?q=discussing&limit=10",
            "/.magnolia/admincentral");

    private TrainingRunCommand() {
    }

    static void run(List<String> args) throws Exception {
        if (!args.isEmpty()) {
            throw new SettingsException("training-run takes no options, got " + args);
        }
        Path scratch = Files.createTempDirectory("magnolia-news-training-");
        try {
            NewsHost host = NewsHost.start(HostSettings.from(List.of("--port", "0", "--data-dir", scratch.toString()), Map.of()));
            List<String> failed;
            try {
                failed = readAll(host.port());
            } finally {
                host.close();
            }
            if (!failed.isEmpty()) {
                throw new IllegalStateException("the training run's requests did not all answer 200: " + failed);
            }
            System.out.println("Training run: " + PATHS.size() + " requests answered 200");
        } finally {
            deleteTree(scratch);
        }
    }

    /** @return each path that did not answer 200, with its status */
    private static List<String> readAll(int port) throws IOException {
        List<String> failed = new ArrayList<>();
        for (String path : PATHS) {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (status != 200) {
                failed.add(path + " → " + status);
            }
        }
        return failed;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
