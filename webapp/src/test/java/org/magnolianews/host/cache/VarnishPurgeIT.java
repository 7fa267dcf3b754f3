package org.magnolianews.host.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.TempDirs;

/**
 * A real Varnish (Debian's {@code varnish} with the xkey vmod of {@code varnish-modules}; {@code .ci/run} installs
 * them) in front of the host, with the VCL in {@code varnish/purge-by-key.vcl}, and the host sending its purges
 * there ({@code --purge-urls}). Every URL of the sample site is cached in Varnish; after a publish, exactly the
 * objects whose {@code Surrogate-Key} holds a purged key are gone from Varnish, every other one is still a hit,
 * and no hit differs from a fresh rendering.
 */
class VarnishPurgeIT {

    private static final String ARTICLE = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    @Test
    void aPublishPurgesExactlyTheObjectsThatShowedWhatItChanged() throws Exception {
        Path varnishd = varnishd();
        int port = freePort();
        Path work = TempDirs.create("varnish-");
        Process varnish = null;
        try (GeneratedSite site = GeneratedSite.sample(List.of("--purge-urls", "http://127.0.0.1:" + port + "/"))) {
            List<Set<String>> purged = new CopyOnWriteArrayList<>();
            site.host.host().purges().onPurge(purged::add);
            varnish = startVarnish(varnishd, port, site.host.host().port(), work);
            List<String> urls = site.urls();
            for (String url : urls) {
                site.getThrough(port, url);
            }
            Map<String, HttpResponse<String>> cached = throughVarnish(site, port, urls);
            List<String> notCached = urls.stream().filter(u -> cached.get(u).statusCode() == 200 && !hit(cached.get(u))).toList();
            assertEquals(List.of(), notCached, "asked twice, Varnish answers every page itself");
            // Until the live states are read the host cannot tell what a publish changed and purges everything
            // (correct, but not what this test measures): a loaded machine reached the publish before that.
            site.awaitLiveStates();

            site.host.host().context().content().update("news", ARTICLE,
                    Map.of("title", "Putin and Abe discuss the peace treaty"), Optional.empty(), "test");
            site.host.host().context().content().publish("news", ARTICLE, false, "test");
            Set<String> keys = new HashSet<>();
            purged.forEach(keys::addAll);
            assertFalse(keys.isEmpty(), "the publish purged something");
            awaitPurged(site, port, "/news" + ARTICLE + ".html");

            Map<String, HttpResponse<String>> after = throughVarnish(site, port, urls);
            after.remove("/news" + ARTICLE + ".html"); // seen purged while waiting; asked once more, it is a hit again
            Set<String> expected = new TreeSet<>();
            for (String url : urls) {
                Set<String> held = new HashSet<>(Arrays.asList(cached.get(url).headers().firstValue("Surrogate-Key").orElse("").split(" ")));
                held.retainAll(keys);
                if (!held.isEmpty()) {
                    expected.add(url);
                }
            }
            Set<String> missed = new TreeSet<>(urls.stream().filter(u -> !after.containsKey(u)
                    || after.get(u).statusCode() == 200 && !hit(after.get(u))).toList());
            assertEquals(expected, missed, "Varnish dropped exactly the objects holding a purged key");
            assertTrue(missed.contains("/subjects/korean-peninsula.html") && missed.contains("/feeds/news.xml"), "" + missed);
            assertTrue(missed.size() < urls.size() / 2, missed.size() + " of " + urls.size() + " purged");
            assertTrue(site.getThrough(port, "/news" + ARTICLE + ".html").body().contains("Putin and Abe discuss the peace treaty"));

            site.host.host().purges().purge(Set.of(SurrogateKeys.ALL));
            List<String> stale = new ArrayList<>();
            // Pages link absolutely, to the host they were asked on: Varnish's address there, the host's here.
            String varnishBase = "http://127.0.0.1:" + port;
            String hostBase = "http://localhost:" + site.host.host().port();
            for (String url : after.keySet()) {
                if (hit(after.get(url)) && !after.get(url).body().replace(varnishBase, hostBase).equals(site.get(url).body())) {
                    stale.add(url);
                }
            }
            assertEquals(List.of(), stale, "Varnish hits that differ from a fresh rendering");
            System.out.printf("Varnish: %d of %d objects purged by the publish, %d still hits%n", missed.size(), urls.size(),
                    after.values().stream().filter(VarnishPurgeIT::hit).count());
        } finally {
            if (varnish != null) {
                varnish.destroy();
                varnish.waitFor();
            }
            TempDirs.delete(work);
        }
    }

    private static boolean hit(HttpResponse<String> response) {
        return "HIT".equals(response.headers().firstValue("X-Varnish-Cache").orElse(""));
    }

    private static Map<String, HttpResponse<String>> throughVarnish(GeneratedSite site, int port, List<String> urls) throws Exception {
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        for (String url : urls) {
            responses.put(url, site.getThrough(port, url));
        }
        return responses;
    }

    /** The purge is sent in the background: wait until the changed page is no longer a hit. */
    private static void awaitPurged(GeneratedSite site, int port, String url) throws Exception {
        long until = System.nanoTime() + 20_000_000_000L;
        while (true) {
            HttpResponse<String> response = site.getThrough(port, url);
            if (!hit(response)) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Varnish still serves " + url + " 20 s after the publish");
            }
            Thread.sleep(100);
        }
    }

    private static Path varnishd() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin").split(":")) {
            Path candidate = Path.of(dir, "varnishd");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("varnishd not found: install Debian's varnish and varnish-modules (.ci/run does)");
    }

    private static Process startVarnish(Path varnishd, int port, int backend, Path work) throws Exception {
        String vcl;
        try (var in = VarnishPurgeIT.class.getResourceAsStream("/varnish/purge-by-key.vcl")) {
            vcl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@BACKEND_PORT@", String.valueOf(backend));
        }
        Path vclFile = work.resolve("purge-by-key.vcl");
        Files.writeString(vclFile, vcl);
        Path instance = work.resolve("instance");
        Files.createDirectories(instance);
        work.toFile().setExecutable(true, false);
        work.toFile().setReadable(true, false);
        vclFile.toFile().setReadable(true, false);
        ProcessBuilder builder = new ProcessBuilder(varnishd.toString(), "-F", "-n", instance.toString(), "-a", "127.0.0.1:" + port,
                "-f", vclFile.toString(), "-s", "malloc,64m", "-p", "http_resp_hdr_len=65536", "-p", "http_resp_size=131072")
                .redirectErrorStream(true).redirectOutput(work.resolve("varnishd.log").toFile());
        Process process = builder.start();
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError("varnishd stopped: " + Files.readString(work.resolve("varnishd.log")));
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new AssertionError("varnishd did not listen on " + port + ": " + Files.readString(work.resolve("varnishd.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
