package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.testing.RunningHost;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The article form's rich-text field is CKEditor 5 (issue 10), in a real browser (Debian's Chromium): Enter makes
 * paragraphs, the toolbar makes a heading and inserts an image from the DAM, the sanitizer keeps what the editor
 * wrote and the site shows it; in the Russian admincentral the editor speaks Russian. All under the
 * admincentral's and the site's Content-Security-Policy.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RichTextEditorBrowserIT {

    private static final String TITLE = "Rich text from the editor";

    private static RunningHost host;
    private static Browser browser;
    private static String articlePath;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContent();
        browser = Browser.open("http://localhost:" + host.host().port() + "/.magnolia/admincentral");
        browser.logIn("superuser", RunningHost.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (host != null) {
            host.close();
        }
    }

    private static ContentRepository repository() {
        return host.host().context().repository();
    }

    @Test
    @Order(1)
    void twoParagraphsAHeadingAndADamImageAreSavedAsTheEditorWroteThemAndShownOnTheSite() throws Exception {
        browser.go("/app/new?app=news&lang=en");
        browser.type("#f-title", TITLE);
        browser.setValue("#f-date", "2025-11-03T08:15");
        WebElement body = browser.find("#f-body-editor");
        assertEquals("true", body.getAttribute("contenteditable"), "CKEditor's editable replaced the textarea");
        body.click();
        body.sendKeys("First paragraph.", Keys.ENTER, "Second paragraph.", Keys.ENTER);
        browser.click(".ck-heading-dropdown .ck-dropdown__button");
        browser.click(".ck-heading-dropdown .ck-heading_heading1");
        body.sendKeys("A heading", Keys.ENTER);

        browser.click(".rte-dam-image");
        browser.waitFor(d -> !d.findElements(By.cssSelector(".rte-dam-results .rte-dam-choice")).isEmpty());
        browser.screenshot("17-rich-text-editor");
        browser.click(".rte-dam-results .rte-dam-choice");
        browser.waitFor(d -> d.findElements(By.cssSelector("#f-body-editor figure.image img")).size() == 1);
        browser.click("#save");
        browser.waitFor(d -> d.findElement(By.id("notice")));
        articlePath = browser.find("input[name=path]").getAttribute("value");

        String stored = repository().call("news", s -> s.getNode(articlePath).getProperty("body").getString());
        assertTrue(stored.startsWith("<p>First paragraph.</p><p>Second paragraph.</p><h2>A heading</h2>"), stored);
        assertTrue(stored.matches(".*<figure class=\"image\"><img src=\"/dam/jcr:[0-9a-f-]{36}/[^\"]+\" alt=\"[^\"]*\"[^>]*>.*</figure>.*"), stored);
        assertTrue(!stored.contains("<div") && !stored.contains("style="), stored);

        browser.find("#f-body-editor h2"); // the saved form opens the stored text in the editor again
        browser.click("#action-publish");
        browser.waitFor(d -> d.findElement(By.cssSelector("#item-status .status-published")));
        assertEquals(List.of(), browser.cspViolations(), "the editor ran under the admincentral's policy");

        browser.visit("http://localhost:" + host.host().port() + "/news" + articlePath + ".html");
        List<String> paragraphs = browser.driver.findElements(By.cssSelector(".article-body p")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("First paragraph.", "Second paragraph."), paragraphs.subList(0, 2));
        assertEquals("A heading", browser.text(".article-body h2"));
        Object width = browser.script("return document.querySelector('.article-body figure.image img').naturalWidth;");
        assertTrue(((Number) width).intValue() > 0, "the DAM image loads on the site");
        assertEquals(List.of(), browser.cspViolations(), "the site shows the editor's markup under its policy");
    }

    @Test
    @Order(2)
    void theEditorSpeaksRussianInTheRussianAdmincentral() throws Exception {
        browser.go("/app/new?app=news&lang=ru");
        browser.find("#f-body-editor");
        assertEquals("Параграф", browser.text(".ck-heading-dropdown .ck-dropdown__button .ck-button__label"));
        assertEquals("Жирный", browser.find(".ck-toolbar button[data-cke-tooltip-text^='Жирный']").getAttribute("data-cke-tooltip-text")
                .replaceAll(" \\(.*", ""));
        assertTrue(browser.exists(".ck-toolbar button[data-cke-tooltip-text^='Цитата']"), "block quote in Russian");
        assertEquals("Изображение из загруженных файлов", browser.find(".rte-dam-image").getAttribute("data-cke-tooltip-text"));
        browser.screenshot("18-rich-text-editor-ru");
        browser.go("/language?lang=en");
        assertEquals(List.of(), browser.cspViolations());
    }
}
