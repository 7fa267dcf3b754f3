package org.magnolianews.host.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magnolianews.host.generate.GenerateCommand;
import org.magnolianews.host.testing.RunningHost;
import org.magnolianews.host.testing.TempDirs;

/**
 * A host on a generated dataset (articles spread over ten years, a few dozen subjects), and every URL of its
 * public site as its sitemaps and feeds name them: article, subject and publication pages in both languages,
 * the home and section pages, the feeds, the sitemaps. For the purge tests, which cache them all, publish, and
 * look at what is still a hit.
 */
final class GeneratedSite implements AutoCloseable {

    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    final RunningHost host;
    private final Path data;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private GeneratedSite(RunningHost host, Path data) {
        this.host = host;
        this.data = data;
    }

    /** The sample content's site (a few dozen URLs). */
    static GeneratedSite sample(List<String> hostArgs) throws Exception {
        return new GeneratedSite(RunningHost.withSampleContent(hostArgs), null);
    }

    static GeneratedSite start(int articles, int subjects, List<String> hostArgs) throws Exception {
        Path root = TempDirs.create("purge-site-");
        Path data = root.resolve("data");
        GenerateCommand.run(List.of("--articles", String.valueOf(articles), "--subjects", String.valueOf(subjects),
                "--publications", "4", "--seed", "7", "--data-dir", data.toString()), Map.of());
        return new GeneratedSite(RunningHost.start(data, hostArgs), root);
    }

    /** Every URL of the site, as paths with their query. */
    List<String> urls() throws Exception {
        return urls(1);
    }

    /**
     * The site's URLs, with only every {@code russianEvery}-th Russian article page (they render like the English
     * ones; fewer keep a test that renders every URL several times short).
     */
    List<String> urls(int russianEvery) throws Exception {
        Set<String> urls = new LinkedHashSet<>(List.of("/", "/ru/", "/news.html", "/news.html?page=2", "/ru/news.html",
                "/subjects.html", "/publications.html", "/about.html", "/feeds/news.xml", "/feeds/news.xml?lang=ru",
                "/sitemap.xml", "/sitemap-news.xml"));
        List<String> sitemaps = new ArrayList<>();
        for (Matcher m = LOC.matcher(get("/sitemap.xml").body()); m.find(); ) {
            sitemaps.add(local(m.group(1)));
        }
        for (String sitemap : sitemaps) {
            urls.add(sitemap);
            for (Matcher m = LOC.matcher(get(sitemap).body()); m.find(); ) {
                urls.add(local(m.group(1)));
            }
        }
        for (String url : List.copyOf(urls)) {
            if (url.startsWith("/subjects/") || url.startsWith("/ru/subjects/")) {
                String feed = "/feeds" + url.replaceFirst("^/ru", "").replaceFirst("\\.html$", ".xml");
                urls.add(feed);
                urls.add(feed + "?lang=ru");
            }
        }
        List<String> chosen = new ArrayList<>();
        int russian = 0;
        for (String url : urls) {
            if (!url.matches("/ru/news/.+\\.html") || russian++ % russianEvery == 0) {
                chosen.add(url);
            }
        }
        return chosen;
    }

    /** The article pages among the URLs (English and Russian). */
    static List<String> articles(List<String> urls) {
        return urls.stream().filter(u -> u.matches("(/ru)?/news/\\d{4}/\\d{2}/[^/]+\\.html")).toList();
    }

    /** The site-relative links in a page. */
    static Set<String> links(String body) {
        Set<String> links = new LinkedHashSet<>();
        for (Matcher m = HREF.matcher(body); m.find(); ) {
            links.add(m.group(1));
        }
        return links;
    }

    private String local(String absolute) {
        URI uri = URI.create(absolute);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(host.uri(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The same request through a cache in front of the host. */
    HttpResponse<String> getThrough(int port, String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Each URL's body and whether the host's cache answered it ({@code X-Cache: HIT}); three requests at a time
     * (the host renders on both cores; what one URL answers does not depend on another's request).
     */
    Map<String, Fetched> fetchAll(List<String> urls) throws Exception {
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            Map<String, java.util.concurrent.Future<Fetched>> pending = new LinkedHashMap<>();
            for (String url : urls) {
                pending.put(url, clients.submit(() -> {
                    HttpResponse<String> response = get(url);
                    return new Fetched(response.statusCode(), response.body(),
                            "HIT".equals(response.headers().firstValue("X-Cache").orElse("")),
                            response.headers().firstValue("Surrogate-Key").orElse(""));
                }));
            }
            Map<String, Fetched> fetched = new LinkedHashMap<>();
            for (Map.Entry<String, java.util.concurrent.Future<Fetched>> entry : pending.entrySet()) {
                fetched.put(entry.getKey(), entry.getValue().get());
            }
            return fetched;
        } finally {
            clients.shutdownNow();
        }
    }

    record Fetched(int status, String body, boolean hit, String keys) {
    }

    /** Waits until the live states of the content workspaces are read, so a publish can be compared with them. */
    void awaitLiveStates() throws InterruptedException {
        LiveStates states = host.host().purges().states();
        long until = System.nanoTime() + 120_000_000_000L;
        while (!(states.ready("news") && states.settled())) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the live states were not read within 120 s");
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        host.close();
        if (data != null) {
            TempDirs.delete(data);
        }
    }
}
