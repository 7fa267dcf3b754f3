package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.imageio.ImageIO;
import javax.jcr.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.testing.RunningHost;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The editor's day in a real browser (Debian's Chromium): log in; write an article in English and
 * Russian with subjects and an uploaded photo with its credit; publish it; change it, see
 * "modified", compare with the published version and restore it; schedule an unpublish and watch the
 * scheduler do it; add a book promo to a page; and find that an editor cannot publish. The steps
 * build on each other, in order, on one host. Screenshots of the main screens go to docs/screenshots.
 *
 * <p>"Published" is checked where readers see it: the site's article page (in both languages, with the
 * uploaded photo, which publishing the article publishes too) and the delivery endpoint.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdmincentralBrowserIT {

    private static final String EDITOR = "erika";
    private static final String EDITOR_PASSWORD = "erika-password-1";
    private static final String TITLE_EN = "Foundation opens a reading room in Vladivostok";
    private static final String TITLE_RU = "Фонд открыл читальный зал во Владивостоке";
    private static final String CREDIT = "Anna Petrova / Foundation";

    private static RunningHost host;
    private static Browser browser;
    private static Path photo;
    private static String articlePath;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("news.scheduler.pollMs", "500");
        host = RunningHost.withSampleContent();
        host.host().context().users().create(EDITOR, EDITOR_PASSWORD, Role.EDITOR, "test");
        photo = Files.createTempFile("reading-room-", ".png");
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(63, 143, 79));
        g.fillRect(0, 0, 800, 500);
        g.setColor(Color.WHITE);
        g.fillOval(250, 100, 300, 300);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
        browser = Browser.open("http://localhost:" + host.host().port() + "/.magnolia/admincentral");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
        System.clearProperty("news.scheduler.pollMs");
    }

    private static void login(String user, String password) {
        browser.logIn(user, password);
    }

    private static ContentRepository repository() {
        return host.host().context().repository();
    }

    @Test
    @Order(1)
    void anAuthorLogsInAndSeesTheAppsGeneratedFromTheDefinitions() throws Exception {
        browser.go("/");
        assertTrue(browser.driver.getCurrentUrl().contains("/login"), "not logged in: the launcher sends to the login page");
        browser.screenshot("01-login");
        login("superuser", RunningHost.ADMIN_PASSWORD);
        List<String> tiles = browser.driver.findElements(By.cssSelector(".launcher .tile")).stream().map(WebElement::getText).toList();
        assertTrue(tiles.containsAll(List.of("News", "Publications", "Subjects", "Pages", "Assets", "Users")), tiles.toString());
        browser.screenshot("02-app-launcher");

        browser.go("/app?app=news");
        assertTrue(browser.driver.findElements(By.cssSelector("#items tbody tr")).size() >= 3);
        assertTrue(browser.exists("#items .status-published"));
        browser.screenshot("03-news-list");
    }

    @Test
    @Order(2)
    void anArticleIsWrittenInEnglishAndRussianWithSubjectsAndAnUploadedPhoto() throws Exception {
        browser.go("/app?app=news");
        browser.click("#add-item");
        browser.type("#f-title", TITLE_EN);
        browser.type("#f-lead", "A new reading room with ten thousand books opened at the Far Eastern Federal University.");
        browser.find("#f-body-editor").click();
        browser.find("#f-body-editor").sendKeys("The reading room is open to all students.");
        browser.setValue("#f-date", "2025-10-01T09:30");
        browser.click("#tab-ru");
        browser.type("#f-title_ru", TITLE_RU);
        browser.click("#tab-en");

        browser.pick("#f-subjects", "Cult", "Cult");
        browser.pick("#f-subjects", "Educ", "Educ");
        assertEquals(2, browser.driver.findElements(By.cssSelector("#f-subjects .chip")).size());

        browser.find("#f-image-upload").sendKeys(photo.toString());
        // Issue 10: one credit and one caption per language, the item's own fields.
        assertEquals(1, browser.driver.findElements(By.xpath("//label[normalize-space()='Photo credit (EN)']")).size(), "one credit field per language");
        assertEquals(1, browser.driver.findElements(By.xpath("//label[normalize-space()='Photo caption (EN)']")).size(), "one caption field");
        browser.type("#f-imageCaption", "The new reading room");
        browser.type("#f-imageCredit", CREDIT);
        browser.screenshot("04-article-form");
        browser.click("#save");

        browser.waitFor(d -> d.findElement(By.id("notice")));
        articlePath = browser.find("input[name=path]").getAttribute("value");
        assertTrue(articlePath.startsWith("/2025/10/foundation-opens-a-reading-room"), articlePath);
        assertEquals("unpublished", browser.find("#item-status .status").getAttribute("data-status"));

        repository().call("news", session -> {
            Node article = session.getNode(articlePath);
            assertEquals(TITLE_EN, article.getProperty("title").getString());
            assertEquals(TITLE_RU, article.getProperty("title_ru").getString());
            assertTrue(article.getProperty("body").getString().contains("open to all students"));
            assertEquals(2, article.getProperty("subjects").getValues().length);
            String image = article.getProperty("image").getString();
            assertTrue(image.startsWith("jcr:"), image);
            return null;
        });
        String assetId = repository().call("news", s -> s.getNode(articlePath).getProperty("image").getString().substring(4));
        repository().call("dam", session -> {
            Node asset = session.getNodeByIdentifier(assetId);
            assertEquals(800L, asset.getNode("jcr:content").getProperty("width").getLong());
            return null;
        });
        repository().call("news", session -> {
            assertEquals(CREDIT, session.getNode(articlePath).getProperty("imageCredit").getString(), "the credit is stored on the item");
            assertEquals("The new reading room", session.getNode(articlePath).getProperty("imageCaption").getString());
            return null;
        });
        assertEquals(CREDIT, browser.find("#f-imageCredit").getAttribute("value"), "the credit is shown after save");
        assertEquals("The new reading room", browser.find("#f-imageCaption").getAttribute("value"), "the caption is shown after save");
    }

    @Test
    @Order(3)
    void publishingPutsTheArticleInTheLiveWorkspace() throws Exception {
        openArticle();
        browser.click("#action-publish");
        browser.waitFor(d -> d.findElement(By.cssSelector("#item-status .status-published")));
        String liveTitle = repository().call("news_live", s -> s.nodeExists(articlePath) ? s.getNode(articlePath).getProperty("title").getString() : null);
        assertEquals(TITLE_EN, liveTitle);
        assertEquals(1, browser.driver.findElements(By.cssSelector("#versions li")).size(), "a version per publish");
        browser.screenshot("05-article-published");

        String site = "http://localhost:" + host.host().port();
        browser.visit(site + "/news" + articlePath + ".html");
        assertEquals(TITLE_EN, browser.text("h1.article-title"));
        String credit = browser.text(".article-photo .credit");
        assertTrue(credit.toLowerCase().contains(CREDIT.toLowerCase()), "the photo credit is shown: " + credit);
        Object photoWidth = browser.script("return document.querySelector('.article-photo img').naturalWidth;");
        assertTrue(((Number) photoWidth).intValue() > 0, "the uploaded photo was published with the article and loads");
        browser.screenshot("05b-article-on-the-site");
        // Issue 12: the site's policy lets its stylesheet and photo load, and its JSON-LD is a data block CSP never blocks.
        assertTrue(((Number) browser.script("return document.styleSheets[0].cssRules.length;")).intValue() > 0, "news.css applies");
        assertTrue(browser.script("return document.querySelector('script[type=\"application/ld+json\"]').textContent;").toString()
                .contains("NewsArticle"), "the page carries its JSON-LD");
        assertEquals(List.of(), browser.cspViolations(), "the site's page runs under its policy without a violation");
        browser.visit(site + "/ru/news" + articlePath + ".html");
        assertEquals(TITLE_RU, browser.text("h1.article-title"));

        JsonNode delivered = Json.MAPPER.readTree(host.get("/.rest/delivery/news" + articlePath + "?lang=ru").body());
        assertEquals(TITLE_RU, delivered.path("title").asText());
        assertTrue(delivered.path("image").path("@link").asText().startsWith("/dam/"), "the image resolves to a published asset: " + delivered.path("image"));
    }

    @Test
    @Order(4)
    void anEditShowsModifiedAndTheDiffAgainstTheVersionThenRestoreBringsItBack() throws Exception {
        openArticle();
        browser.type("#f-title", TITLE_EN + " (updated)");
        browser.click("#save");
        browser.waitFor(d -> d.findElement(By.cssSelector("#item-status .status-modified")));
        assertEquals(TITLE_EN, repository().call("news_live", s -> s.getNode(articlePath).getProperty("title").getString()),
                "the live copy is unchanged until the next publish");

        browser.click("#versions .diff-link");
        WebElement row = browser.find("#diff tr[data-field=title]");
        assertEquals(TITLE_EN, row.findElement(By.className("before")).getText());
        assertEquals(TITLE_EN + " (updated)", row.findElement(By.className("after")).getText());
        browser.screenshot("06-version-diff");

        browser.click("#restore-version");
        browser.waitFor(d -> d.findElement(By.id("notice")));
        assertEquals(TITLE_EN, browser.find("#f-title").getAttribute("value"));
        assertEquals(TITLE_EN, repository().call("news", s -> s.getNode(articlePath).getProperty("title").getString()));
    }

    @Test
    @Order(5)
    void aScheduledUnpublishIsCarriedOutByTheScheduler() throws Exception {
        openArticle();
        browser.click("#action-publish");
        browser.waitFor(d -> d.findElement(By.cssSelector("#item-status .status-published")));
        new Select(browser.find("#schedule-what")).selectByValue("unpublish");
        browser.setValue("#schedule-at", LocalDateTime.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS).toString());
        browser.click("#action-schedule");
        assertTrue(browser.find("#scheduled-jobs").getText().contains("Unpublish"));
        browser.screenshot("07-scheduled-unpublish");
        browser.waitFor(d -> repository().call("news_live", s -> !s.nodeExists(articlePath)) ? true : null);
        openArticle();
        assertEquals("unpublished", browser.find("#item-status .status").getAttribute("data-status"));
        assertFalse(browser.exists("#scheduled-jobs"), "the job is gone once done");
    }

    @Test
    @Order(6)
    void aBookPromoIsAddedToAPageInThePagesApp() throws Exception {
        browser.go("/pages");
        browser.screenshot("08-pages-tree");
        browser.go("/pages/structure?path=/home/about");
        int before = browser.driver.findElements(By.cssSelector("section[data-area=aside] .component[data-template='news-module:components/book-promo']")).size();
        new Select(browser.find("#add-aside-template")).selectByValue("news-module:components/book-promo");
        browser.click("#add-aside");
        browser.type("#f-heading", "Our books");
        browser.pick("#f-publication", "", "");
        browser.screenshot("09-component-dialog");
        browser.click("#save-component");
        browser.waitFor(d -> d.findElement(By.id("notice")));
        browser.go("/pages/structure?path=/home/about"); // the save leads to the page editor; the list view shows the areas
        List<WebElement> promos = browser.driver.findElements(By.cssSelector("section[data-area=aside] .component[data-template='news-module:components/book-promo']"));
        assertEquals(before + 1, promos.size());
        assertTrue(promos.get(promos.size() - 1).getText().contains("Our books"));
        browser.screenshot("10-page-with-book-promo");
        String componentPath = promos.get(promos.size() - 1).getAttribute("data-path");
        repository().call("website", session -> {
            Node component = session.getNode(componentPath);
            assertEquals("news-module:components/book-promo", component.getProperty("mgnl:template").getString());
            assertTrue(component.getProperty("publication").getString().matches("[0-9a-f-]{36}"));
            return null;
        });
        browser.click("#publish-page");
        browser.waitFor(d -> d.findElement(By.cssSelector("#page-status .status-published")));
        assertTrue(repository().<Boolean>call("website_live", s -> s.nodeExists(componentPath)));
    }

    @Test
    @Order(7)
    void theAssetsAndUsersAppsShowTheirContent() throws Exception {
        browser.go("/assets");
        assertTrue(browser.driver.findElements(By.cssSelector("#assets figure")).size() >= 1);
        browser.screenshot("11-assets");
        browser.click("#assets figure a");
        assertTrue(browser.exists("#renditions img"));
        browser.go("/users");
        assertTrue(browser.find("#users").getText().contains(EDITOR));
        browser.screenshot("12-users");
        browser.go("/?lang=ru");
        assertTrue(browser.find(".launcher").getText().contains("Страницы"));
        browser.screenshot("13-launcher-russian");
        browser.go("/language?lang=en");
    }

    @Test
    @Order(8)
    void anEditorCannotPublishNeitherFromThePageNorByPostingToTheServer() throws Exception {
        browser.click("#logout");
        browser.find("#username");
        login(EDITOR, EDITOR_PASSWORD);
        openArticle();
        assertFalse(browser.exists("#action-publish"), "no publish button for an editor");
        assertTrue(browser.exists("#no-publish"));
        browser.screenshot("14-editor-view");
        // The same POST the publisher's button sends, with the editor's valid CSRF token.
        Object status = browser.script("""
                const body = new URLSearchParams({app: 'news', path: arguments[0], action: 'publish',
                    _csrf: document.querySelector('meta[name=csrf]').content});
                return fetch('/.magnolia/admincentral/app/action', {method: 'POST', body, credentials: 'same-origin'})
                    .then(r => r.status);
                """, articlePath);
        assertEquals(403L, ((Number) status).longValue());
        // And through the REST API, with the editor's own credentials.
        Object apiStatus = browser.script("""
                return fetch('/.rest/commands/v2/publish', {method: 'POST', headers: {'Content-Type': 'application/json',
                        'Authorization': 'Basic ' + btoa(arguments[1])},
                    body: JSON.stringify({repository: 'news', path: arguments[0], recursive: false})}).then(r => r.status);
                """, articlePath, EDITOR + ":" + EDITOR_PASSWORD);
        assertEquals(403L, ((Number) apiStatus).longValue());
        assertFalse(repository().<Boolean>call("news_live", s -> s.nodeExists(articlePath)));
    }

    /** Issue 10: the photo field offers the DAM's assets as thumbnails; choosing one stores its jcr:<uuid> key. */
    @Test
    @Order(9)
    void anEditorPicksAnExistingAssetForAnArticlesPhoto() throws Exception {
        String photoKey = repository().call("news", s -> s.getNode(articlePath).getProperty("image").getString());
        browser.go("/app/new?app=news");
        browser.type("#f-title", "Second visit to the reading room");
        browser.setValue("#f-date", "2025-10-02T10:00");
        assertFalse(browser.find(".kind-asset img.thumb").isDisplayed(), "no photo yet");
        browser.type("#f-image-pick", "reading");
        // The search narrows the choices to the uploaded photo (the sample photos are not named "reading").
        browser.waitFor(d -> d.findElements(By.cssSelector("#f-image-choices .asset-choice")).size() == 1
                && !d.findElements(By.cssSelector("#f-image-choices .asset-choice[data-key='" + photoKey + "']")).isEmpty());
        browser.screenshot("15-asset-picker");
        browser.click("#f-image-choices .asset-choice[data-key='" + photoKey + "']");
        assertEquals(photoKey, browser.find("#f-image input.asset-key").getAttribute("value"));
        assertTrue(browser.find(".kind-asset img.thumb").isDisplayed(), "the chosen asset's thumbnail shows");
        Object width = browser.script("return document.querySelector('.kind-asset img.thumb').naturalWidth;");
        assertTrue(((Number) width).intValue() > 0, "the thumbnail loads");
        browser.click("#save");
        browser.waitFor(d -> d.findElement(By.id("notice")));
        String path = browser.find("input[name=path]").getAttribute("value");
        assertEquals(photoKey, repository().call("news", s -> s.getNode(path).getProperty("image").getString()));
        assertTrue(browser.find(".kind-asset img.thumb").isDisplayed(), "the picked photo is shown after save");
    }

    /** Issue 12: every admincentral page the tests above used (admin.js, admin.css, uploads, pickers) ran under its policy. */
    @Test
    @Order(100)
    void noPageViolatedItsContentSecurityPolicy() {
        assertEquals(List.of(), browser.cspViolations());
    }

    private static void openArticle() {
        browser.go("/app/edit?app=news&path=" + articlePath);
        browser.find("#item-form");
    }
}
