package org.magnolianews.host.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.magnolianews.host.testing.RunningHost;
import org.magnolianews.host.testing.TempDirs;
import org.openqa.selenium.WebElement;

/**
 * The repository's headless site (issue 9, {@code headless-site/}) against a started host with the sample content:
 * one host and one Node process for the whole class. The site's node tests render the host's pages endpoint (the
 * module's pages and a page of an SPA-demo-shaped light module) through {@code @magnolia/react-editor} (the npm
 * packages, no mock); Chromium reads the seed article in both languages, switches language and pages the news list; a
 * publish reaches the site through the host's webhook; in the page editor the page carries the host's template
 * annotations and writes the editor's comments.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeadlessSiteIT {

    private static final String SECRET = "headless-it-webhook-secret";
    private static final String SEED = "/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html";

    private static Path dataDir;
    private static Path lightModules;
    private static RunningHost host;
    private static HeadlessSite site;
    private static SiteBrowser browser;
    private static EditorHarness editorHarness;

    /**
     * The host gets the site's webhook from the light module the site ships (its URL pointed at the port the site
     * will listen on), then the site starts against the host.
     */
    @BeforeAll
    static void start() throws Exception {
        int sitePort = freePort();
        lightModules = TempDirs.create("headless-light-modules-");
        // The site's light module (its webhook and its SPA page template), pointed at the port the site will listen on.
        Path shipped = HeadlessSite.directory().resolve("magnolia/light-modules/headless-news");
        try (var files = Files.walk(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = lightModules.resolve("headless-news").resolve(shipped.relativize(file).toString());
                Files.createDirectories(target.getParent());
                String text = Files.readString(file);
                assertTrue(text.contains("http://localhost:3000"), file + " names the site's default address");
                Files.writeString(target, text.replace("http://localhost:3000", "http://127.0.0.1:" + sitePort));
            }
        }
        writeSpaDemoModule(lightModules.resolve("spa-demo"));
        dataDir = TempDirs.create("headless-host-");
        host = RunningHost.start(dataDir, List.of("--light-modules", lightModules.toString(), "--webhook-retry-ms", "200"),
                Map.of("NEWS_WEBHOOK_SECRET_HEADLESS_SITE", SECRET));
        editorHarness = EditorHarness.start();
        HttpResponse<String> token = admin("POST", "/.rest/tokens/v1", "{\"label\":\"headless site editor\"}");
        assertEquals(201, token.statusCode(), token.body());
        Matcher secret = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
        assertTrue(secret.find(), token.body());
        site = HeadlessSite.start(hostBase(), Map.of("NEWS_WEBHOOK_SECRET", SECRET, "PORT", String.valueOf(sitePort),
                "NEWS_EDITOR_TOKEN", secret.group(1), "NEWS_EDITOR_ORIGINS", editorHarness.origin() + " " + hostBase()));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (site != null) {
                site.close();
            }
            if (editorHarness != null) {
                editorHarness.close();
            }
        } finally {
            if (host != null) {
                host.close();
            }
            TempDirs.delete(dataDir);
            TempDirs.delete(lightModules);
        }
    }

    /** A light module in the shape of Magnolia's SPA demos' (our own values): an SPA page template, components with only title and dialog. */
    private static void writeSpaDemoModule(Path module) throws IOException {
        Map<String, String> files = Map.of(
                "templates/pages/basic.yaml", """
                        title: "SPA demo: basic"
                        baseUrl: http://localhost:3000
                        routeTemplate: "/{language}{{@path}}"
                        dialog: spa-demo:pages/basic
                        renderType: spa
                        class: info.magnolia.rendering.spa.renderer.SpaRenderableDefinition
                        areas:
                          main:
                            title: Main Area
                            availableComponents:
                              Headline:
                                id: spa-demo:components/headline
                              Paragraph:
                                id: spa-demo:components/paragraph
                        """,
                "templates/components/headline.yaml", "title: Headline\ndialog: spa-demo:components/headline\n",
                "templates/components/paragraph.yaml", "title: Paragraph\ndialog: spa-demo:components/paragraph\n",
                "dialogs/components/headline.yaml", "label: Headline\nform:\n  properties:\n    text: {$type: textField}\n",
                "dialogs/components/paragraph.yaml", "label: Paragraph\nform:\n  properties:\n    richText: {$type: richTextField}\n",
                "dialogs/pages/basic.yaml", "label: Page\nform:\n  properties:\n    title: {$type: textField}\n");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = module.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    /** A page of the SPA demo's template with a headline and a paragraph, published; its path. */
    private static String publishSpaDemoPage() throws Exception {
        assertEquals(201, admin("PUT", "/.rest/nodes/v1/website", "{\"name\":\"spa-demo\",\"type\":\"mgnl:page\",\"properties\":["
                + "{\"name\":\"mgnl:template\",\"values\":[\"spa-demo:pages/basic\"]},{\"name\":\"title\",\"values\":[\"SPA demo\"]}]}").statusCode());
        assertEquals(201, admin("PUT", "/.rest/nodes/v1/website/spa-demo", "{\"name\":\"main\",\"type\":\"mgnl:area\"}").statusCode());
        HttpResponse<String> headline = admin("PUT", "/.rest/nodes/v1/website/spa-demo/main", "{\"name\":\"0\",\"type\":\"mgnl:component\","
                + "\"properties\":[{\"name\":\"mgnl:template\",\"values\":[\"spa-demo:components/headline\"]},{\"name\":\"text\",\"values\":[\"Hello from the SPA demo\"]}]}");
        assertEquals(201, headline.statusCode(), headline.body());
        assertEquals(201, admin("PUT", "/.rest/nodes/v1/website/spa-demo/main", "{\"name\":\"1\",\"type\":\"mgnl:component\","
                + "\"properties\":[{\"name\":\"mgnl:template\",\"values\":[\"spa-demo:components/paragraph\"]},{\"name\":\"richText\",\"values\":[\"<p>Some text</p>\"]}]}").statusCode());
        HttpResponse<String> published = admin("POST", "/.rest/commands/v2/website/activate",
                "{\"repository\":\"website\",\"path\":\"/spa-demo\",\"recursive\":true}");
        assertEquals(200, published.statusCode(), published.body());
        return "/spa-demo";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String hostBase() {
        String uri = host.uri("/").toString();
        return uri.substring(0, uri.length() - 1);
    }

    private static SiteBrowser browser() throws IOException {
        if (browser == null) {
            browser = SiteBrowser.open();
        }
        return browser;
    }

    @Test
    @Order(1)
    void theSitesNodeTestsRenderTheHostsPagesEndpointThroughEditablePage() throws Exception {
        HeadlessSite.installPackages();
        ProcessBuilder builder = new ProcessBuilder("node", "--test", "--test-reporter=tap", "test/")
                .directory(HeadlessSite.directory().toFile()).redirectErrorStream(true);
        builder.environment().put("NEWS_HOST", hostBase());
        builder.environment().put("NEWS_SPA_PAGE", publishSpaDemoPage());
        Process node = builder.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, node.exitValue(), output);
        assertEquals(0, count(output, "fail"), output);
        assertEquals(0, count(output, "skipped"), "no test may skip with NEWS_HOST set:\n" + output);
        assertTrue(count(output, "pass") >= 5, output);
        assertTrue(output.contains("ok") && output.contains("an SPA demo page renders through EditablePage"), output);
        assertTrue(output.contains("ok") && output.contains("every page of the pages endpoint renders through EditablePage"), output);
    }

    private static int count(String tap, String what) {
        Matcher matcher = Pattern.compile("^# " + what + " (\\d+)$", Pattern.MULTILINE).matcher(tap);
        assertTrue(matcher.find(), "TAP summary has '# " + what + "':\n" + tap);
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    @Order(2)
    void pagesAnswerWithStatusLanguageAndTheReadersCountryFirst() throws Exception {
        HttpResponse<String> article = site.get(SEED, "Accept-Language", "en");
        assertEquals(200, article.statusCode(), site.output());
        assertEquals("en", article.headers().firstValue("Content-Language").orElse(""));
        assertFalse(article.body().contains("/_site/client.js"), "no script outside the page editor");
        HttpResponse<String> russianReader = site.get("/ru" + SEED, "CF-IPCountry", "RU");
        assertEquals("ru", russianReader.headers().firstValue("Content-Language").orElse(""));
        Matcher first = Pattern.compile("class=\"release-status\"><span class=\"([^\"]+)\" data-country=\"([A-Z]{2})\"").matcher(russianReader.body());
        assertTrue(first.find(), russianReader.body());
        assertEquals("RU", first.group(2), "the reader's country comes first");
        assertTrue(first.group(1).contains("release-reader"), first.group(1));
        Matcher italianFirst = Pattern.compile("class=\"release-status\"><span class=\"[^\"]+\" data-country=\"([A-Z]{2})\"")
                .matcher(site.get("/ru" + SEED, "CF-IPCountry", "IT").body());
        assertTrue(italianFirst.find());
        assertEquals("IT", italianFirst.group(1));

        assertEquals(404, site.get("/news/2017/11/no-such-article.html").statusCode());
        assertEquals(404, site.get("/news.html?page=0").statusCode());
        assertEquals(404, site.get("/news.html?page=9999").statusCode());
        HttpResponse<String> missing = site.get("/ru/nowhere.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html lang=\"ru\""), "the not-found page in the URL's language");
        assertEquals(200, site.get("/.imaging/delivery/480x360/" + photoId() + "/putin-abe-da-nang.jpg").statusCode(), "renditions come from the host");
    }

    private static String photoId() throws Exception {
        Matcher id = Pattern.compile("/dam/(jcr:[0-9a-f-]{36})/putin-abe-da-nang.jpg").matcher(
                host.get("/.rest/delivery/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature").body());
        assertTrue(id.find());
        return id.group(1);
    }

    @Test
    @Order(3)
    void theSeedArticleInEnglishWithPhotoCreditAttributionRelatedNewsAndBookPromo() throws Exception {
        SiteBrowser b = browser();
        b.go(site.base() + SEED);
        assertEquals("Putin and Abe discuss North Korean crisis and peace treaty signature", b.text("h1.article-title"));
        WebElement photo = b.find(".article-photo img");
        b.waitFor(d -> b.loaded(photo));
        assertEquals("Photo: Russian Presidential Administration", b.text(".article-photo .credit"));
        WebElement attribution = b.find(".source-attribution a");
        assertEquals("as per TASS", attribution.getText());
        assertTrue(attribution.getAttribute("href").startsWith("https://tass.com/"), attribution.getAttribute("href"));
        List<String> related = b.all(".related-news li a").stream().map(WebElement::getText).toList();
        assertTrue(related.contains("Russia and Japan agree to start talks on joint economic activity on southern Kurils"), related.toString());
        assertEquals("Russian to the Bone", b.text(".book-promo .book-title"));
        String releases = b.text(".book-promo .release-status");
        assertTrue(releases.contains("available in Italy"), releases);
        assertTrue(releases.contains("coming to Russia"), releases);
        b.waitFor(d -> b.loaded(b.find(".book-promo img")));
    }

    @Test
    @Order(4)
    void theLanguageSelectorOpensTheRussianArticle() throws Exception {
        SiteBrowser b = browser();
        b.go(site.base() + SEED);
        b.find(".language-selector a[hreflang='ru']").click();
        b.waitFor(d -> d.getCurrentUrl().endsWith("/ru" + SEED));
        assertEquals("Путин и Абэ обсудили кризис вокруг КНДР и подписание мирного договора", b.text("h1.article-title"));
        assertEquals("ru", b.find("html").getAttribute("lang"));
        b.waitFor(d -> b.loaded(b.find(".article-photo img")));
        assertEquals("Фото: Администрация Президента России", b.text(".article-photo .credit"));
        assertEquals("по данным ТАСС", b.text(".source-attribution"));
        assertEquals("Русский до мозга костей", b.text(".book-promo .book-title"));
        String releases = b.text(".book-promo .release-status");
        assertTrue(releases.contains("в продаже: Италия"), releases);
        assertTrue(releases.contains("скоро: Россия"), releases);
        assertFalse(b.all(".related-news li").isEmpty());
        b.find(".language-selector a[hreflang='en']").click();
        b.waitFor(d -> d.getCurrentUrl().endsWith(SEED) && !d.getCurrentUrl().contains("/ru/"));
    }

    @Test
    @Order(5)
    void theNewsListPagesOlderAndBack() throws Exception {
        SiteBrowser b = browser();
        b.go(site.base() + "/news.html");
        List<String> first = titles(b);
        assertEquals(10, first.size(), first.toString());
        b.find(".pager a[rel='next']").click();
        b.waitFor(d -> d.getCurrentUrl().endsWith("/news.html?page=2"));
        assertEquals("Page 2", b.text(".pager-current"));
        List<String> second = titles(b);
        assertFalse(second.isEmpty());
        assertTrue(second.stream().noneMatch(first::contains), "page 2 holds other items: " + second);
        b.find(".pager a[rel='prev']").click();
        b.waitFor(d -> d.getCurrentUrl().endsWith("/news.html?"));
        assertEquals(first, titles(b));
        b.go(site.base() + "/ru/news.html?page=2");
        assertEquals("Страница 2", b.text(".pager-current"));
    }

    private static List<String> titles(SiteBrowser b) {
        b.find(".latest-news .news-title");
        return b.all(".latest-news .news-title").stream().map(WebElement::getText).toList();
    }

    @Test
    @Order(6)
    void theWebhookReceiverRefusesWhatIsNotSignedWithTheSecret() throws Exception {
        String body = "{\"workspace\":\"news\",\"items\":[{\"@path\":\"/2017/11\"}]}";
        HttpResponse<String> unsigned = site.post("/_site/webhook", body, "Content-Type", "application/json");
        assertEquals(401, unsigned.statusCode());
        assertTrue(unsigned.body().contains("signature"), unsigned.body());
        HttpResponse<String> wrong = site.post("/_site/webhook", body, "X-Webhook-Signature", sign("other-secret", body));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> notJson = site.post("/_site/webhook", "nope", "X-Webhook-Signature", sign(SECRET, "nope"));
        assertEquals(400, notJson.statusCode());
        HttpResponse<String> nothingNamed = site.post("/_site/webhook", "{}", "X-Webhook-Signature", sign(SECRET, "{}"));
        assertEquals(400, nothingNamed.statusCode());
        assertTrue(nothingNamed.body().contains("workspace"), nothingNamed.body());
        assertEquals(405, site.get("/_site/webhook").statusCode());
    }

    @Test
    @Order(7)
    void aPublishInTheHostShowsOnTheHeadlessSiteThroughItsWebhook() throws Exception {
        String title = "Headless webhook check " + Instant.now().toEpochMilli();
        String home = site.get("/").body();
        assertFalse(home.contains(title));
        String name = "headless-webhook-" + Instant.now().toEpochMilli();
        HttpResponse<String> created = admin("PUT", "/.rest/nodes/v1/news/2017/11", "{\"name\":\"" + name + "\",\"type\":\"news:article\","
                + "\"properties\":[{\"name\":\"title\",\"values\":[\"" + title + "\"]},"
                + "{\"name\":\"date\",\"type\":\"Date\",\"values\":[\"" + LocalDate.now() + "\"]}]}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> published = admin("POST", "/.rest/commands/v2/news/activate",
                "{\"repository\":\"news\",\"path\":\"/2017/11/" + name + "\",\"recursive\":false}");
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(host.get("/.rest/delivery/news?orderBy=date%20desc&limit=1").body().contains(title), "published in the host");

        // The site caches delivery answers for an hour (NEWS_SITE_CACHE_SECONDS): only the host's webhook makes it read again.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!site.get("/").body().contains(title)) {
            assertTrue(System.nanoTime() < deadline, "the new item never showed on the headless home page:\n" + site.output());
            Thread.sleep(250);
        }
        assertTrue(site.output().contains("webhook: news /2017/11/" + name), "dropped by the host's webhook:\n" + site.output());
        SiteBrowser b = browser();
        b.go(site.base() + "/");
        assertEquals(title, b.text(".latest-news .news-item .news-title"));
    }

    @Test
    @Order(8)
    void inThePageEditorThePageCarriesTheHostsTemplateAnnotationsAndTheBrowserBundle() throws Exception {
        HttpResponse<String> hostAnnotations = admin("GET", "/.rest/template-annotations/v1/home", "");
        assertEquals(200, hostAnnotations.statusCode(), hostAnnotations.body());
        HttpResponse<String> editing = site.get("/?mgnlPreview=false");
        assertEquals(200, editing.statusCode());
        String body = editing.body();
        assertTrue(body.contains("<script src=\"/_site/client.js\" defer>"), body);
        Matcher state = Pattern.compile("<script id=\"site-state\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL).matcher(body);
        assertTrue(state.find(), body);
        var annotations = new com.fasterxml.jackson.databind.ObjectMapper().readTree(state.group(1)).path("templateAnnotations");
        var expected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(hostAnnotations.body());
        assertEquals(expected, annotations, "the host's annotations of /home, as the host gives them");
        assertTrue(annotations.path("/home/main/0").asText().startsWith("cms:component"), annotations.toString());
        assertEquals(200, site.get("/_site/client.js").statusCode());
        String frameAncestors = editing.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(frameAncestors.contains("frame-ancestors 'self' " + editorHarness.origin()), frameAncestors);
    }

    /**
     * Framed by a page that answers @magnolia/template-annotations' bridge as Magnolia's page editor does, the hydrated
     * page writes the cms:page, cms:area and cms:component comments the editor builds its bars from, in document order.
     */
    @Test
    @Order(9)
    void framedByAPageEditorTheHydratedPageWritesTheEditorsComments() throws Exception {
        SiteBrowser b = browser();
        b.go(editorHarness.origin() + "/?frame=" + java.net.URLEncoder.encode(site.base() + "/news.html?mgnlPreview=false", StandardCharsets.UTF_8));
        b.driver.switchTo().frame(b.find("iframe"));
        try {
            @SuppressWarnings("unchecked")
            List<String> comments = b.waitFor(d -> {
                Object found = b.script("const w = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT); const out = [];"
                        + " while (w.nextNode()) { const t = w.currentNode.data.trim(); if (t.startsWith('cms:') || t.startsWith('/cms:')) out.push(t); }"
                        + " return out;");
                List<String> list = (List<String>) found;
                return list.stream().anyMatch(c -> c.startsWith("cms:component")) ? list : null;
            });
            assertTrue(comments.get(0).startsWith("cms:page content=\"website:/home/news\""), comments.toString());
            List<String> areas = comments.stream().filter(c -> c.startsWith("cms:area")).toList();
            assertEquals(4, areas.size(), comments.toString());
            assertTrue(comments.stream().anyMatch(c -> c.startsWith("cms:component content=\"website:/home/news/main/0\"")), comments.toString());
            assertEquals(comments.stream().filter(c -> c.startsWith("cms:area")).count(), comments.stream().filter(c -> c.equals("/cms:area")).count());
            assertEquals(comments.stream().filter(c -> c.startsWith("cms:component")).count(),
                    comments.stream().filter(c -> c.equals("/cms:component")).count());
            assertEquals("All news", b.find(".latest-news .section-title").getAttribute("textContent"), "the page itself is still there, hydrated");
        } finally {
            b.driver.switchTo().defaultContent();
        }
    }

    /**
     * The host's own page editor on a page of the site's SPA page template: it frames the headless site at the template's
     * baseUrl + routeTemplate, the site (hydrated, @magnolia/react-editor) writes the annotations' comments and loads the
     * editor's bar script from the host, and the bars stand on the site's rendering of the page.
     */
    @Test
    @Order(10)
    void aPageOfTheSitesSpaTemplateIsEditedInTheHostsPageEditorOnTheSitesRendering() throws Exception {
        String page = "/home/headless-page";
        assertEquals(201, admin("PUT", "/.rest/nodes/v1/website/home", "{\"name\":\"headless-page\",\"type\":\"mgnl:page\",\"properties\":["
                + "{\"name\":\"mgnl:template\",\"values\":[\"headless-news:pages/page\"]},{\"name\":\"title\",\"values\":[\"Headless page\"]}]}").statusCode());
        assertEquals(201, admin("PUT", "/.rest/nodes/v1/website" + page, "{\"name\":\"main\",\"type\":\"mgnl:area\"}").statusCode());
        HttpResponse<String> text = admin("PUT", "/.rest/nodes/v1/website" + page + "/main", "{\"name\":\"0\",\"type\":\"mgnl:component\","
                + "\"properties\":[{\"name\":\"mgnl:template\",\"values\":[\"news-module:components/text\"]},"
                + "{\"name\":\"text\",\"values\":[\"<p>Written for the headless site</p>\"]}]}");
        assertEquals(201, text.statusCode(), text.body());
        assertEquals(200, admin("POST", "/.rest/commands/v2/website/activate",
                "{\"repository\":\"website\",\"path\":\"" + page + "\",\"recursive\":true}").statusCode());

        SiteBrowser b = browser();
        b.go(hostBase() + "/.magnolia/admincentral/login");
        b.find("#username").sendKeys("superuser");
        b.find("#password").sendKeys(RunningHost.ADMIN_PASSWORD);
        b.find("#login").click();
        b.find("#current-user");
        b.go(hostBase() + "/.magnolia/admincentral/pages/page?path=" + page);
        WebElement frame = b.find("#page-frame");
        assertEquals(site.base() + "/en" + page + "?mgnlPreview=false&mgnlChannel=desktop",
                frame.getAttribute("src"), "the template's baseUrl + routeTemplate, in edit mode");
        b.driver.switchTo().frame(frame);
        try {
            assertEquals(page + "/main", b.find(".mgnl-editor-area[data-area=main]").getAttribute("data-path"));
            assertEquals(page + "/main/0", b.find(".mgnl-editor-component").getAttribute("data-path"), "a bar for the text component");
            assertFalse(b.all(".mgnl-editor-area[data-area=main] select.mgnl-add-template option[value='news-module:components/latest-news']").isEmpty(),
                    "the template's available components");
            assertEquals("Written for the headless site", b.text(".main .text p"), "the site's own rendering under the bars");
        } finally {
            b.driver.switchTo().defaultContent();
        }
    }

    private static HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return host.send(HttpRequest.newBuilder(host.uri(path)).method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Authorization", RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD)).build());
    }

    private static String sign(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
