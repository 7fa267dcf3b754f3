package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.testing.RunningHost;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages app's visual page editor in Debian's Chromium (issue 9 item 3): the home page in edit mode in a frame with
 * page, area and component bars; a text component is added to the footer area through its dialog shown over the page,
 * edited in the dialog again, moved up and deleted, and each time the framed page shows the result. Rewrites
 * docs/screenshots/page-editor.png.
 */
class PageEditorBrowserIT {

    private static final String FOOTER_BARS = ".site-footer .mgnl-editor-component";

    private static RunningHost host;
    private static Browser browser;

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

    /** Opens the editor on the home page and enters its frame once the bars are in. */
    private static void openEditor() {
        browser.driver.switchTo().defaultContent();
        browser.find("#page-editor[data-ready=true]");
        browser.driver.switchTo().frame(browser.find("#page-frame"));
    }

    /** The editor page shown now (to tell when the next one has replaced it); leaves the driver in the page's frame. */
    private static WebElement shown() {
        browser.driver.switchTo().defaultContent();
        WebElement editor = browser.find("#page-editor");
        browser.driver.switchTo().frame(browser.find("#page-frame"));
        return editor;
    }

    private static void waitForEditorAgain(WebElement before) {
        browser.driver.switchTo().defaultContent();
        browser.waitFor(ExpectedConditions.stalenessOf(before));
        browser.waitFor(d -> d.getCurrentUrl().contains("/pages/page?path=%2Fhome") && !d.findElements(By.id("notice")).isEmpty());
        openEditor();
    }

    private static List<WebElement> footerBars() {
        return browser.driver.findElements(By.cssSelector(FOOTER_BARS));
    }

    /** Types into the rich text of the dialog shown over the page, saves, and waits for the editor to show the page again. */
    private static void saveTextInDialog(String text, WebElement before) throws Exception {
        browser.driver.switchTo().defaultContent();
        browser.find("#component-dialog[open]");
        browser.driver.switchTo().frame(browser.find("#dialog-frame"));
        // CKEditor's editable (it replaces the textarea once loaded): select what it holds and type over it
        WebElement editor = browser.find("#f-text-editor.ck-editor__editable");
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        if (text.startsWith("Edited")) {
            browser.driver.switchTo().defaultContent();
            browser.screenshot("page-editor");
            browser.driver.switchTo().frame(browser.find("#dialog-frame"));
        }
        browser.click("#save-component");
        waitForEditorAgain(before);
    }

    @Test
    void aComponentIsAddedEditedMovedAndDeletedInThePageEditor() throws Exception {
        browser.go("/pages/page?path=/home");
        openEditor();
        assertTrue(browser.exists(".mgnl-editor-page"), "the page bar");
        assertEquals(4, browser.driver.findElements(By.cssSelector(".mgnl-editor-area")).size(), "header, main, aside, footer");
        int before = footerBars().size();
        assertTrue(before >= 1, "the sample footer text");

        WebElement before1 = shown();
        WebElement footer = browser.find(".mgnl-editor-area[data-area=footer]");
        Select choice = new Select(footer.findElement(By.cssSelector("select.mgnl-add-template")));
        assertEquals(List.of("Text"), choice.getOptions().stream().map(WebElement::getText).toList(), "the footer's available components");
        choice.selectByValue("news-module:components/text");
        footer.findElement(By.cssSelector("button.mgnl-add")).click();
        saveTextInDialog("Added in the page editor", before1);

        List<WebElement> bars = footerBars();
        assertEquals(before + 1, bars.size(), "the new component has its bar");
        String added = bars.get(bars.size() - 1).getAttribute("data-path");
        assertTrue(browser.text(".site-footer").contains("Added in the page editor"), "and shows on the page");

        WebElement before2 = shown();
        browser.find(FOOTER_BARS + "[data-path='" + added + "'] button.mgnl-edit").click();
        saveTextInDialog("Edited in its dialog", before2);
        assertTrue(browser.text(".site-footer").contains("Edited in its dialog"));
        assertFalse(browser.text(".site-footer").contains("Added in the page editor"));

        WebElement before3 = shown();
        browser.find(FOOTER_BARS + "[data-path='" + added + "'] button.mgnl-up").click();
        waitForEditorAgain(before3);
        bars = footerBars();
        assertEquals(added, bars.get(bars.size() - 2).getAttribute("data-path"), "moved up one place");
        String footerText = browser.text(".site-footer");
        assertTrue(footerText.indexOf("Edited in its dialog") < footerText.indexOf("Materials from news agencies"), "before the sample text");

        WebElement before4 = shown();
        browser.find(FOOTER_BARS + "[data-path='" + added + "'] button.mgnl-delete").click();
        browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
        waitForEditorAgain(before4);
        assertEquals(before, footerBars().size());
        assertFalse(browser.text(".site-footer").contains("Edited in its dialog"));
        boolean stillThere = host.host().context().repository().call(WorkspaceLayout.WEBSITE, session -> session.nodeExists(added));
        assertFalse(stillThere, "deleted from the drafts");

        WebElement before5 = shown();
        browser.click(".mgnl-editor-page button.mgnl-edit-page");
        browser.driver.switchTo().defaultContent();
        browser.find("#component-dialog[open]");
        browser.driver.switchTo().frame(browser.find("#dialog-frame"));
        browser.type("#f-navigationTitle", "Start");
        browser.click("#save-page-properties");
        waitForEditorAgain(before5);
        String navigationTitle = host.host().context().repository().call(WorkspaceLayout.WEBSITE,
                session -> session.getNode("/home").getProperty("navigationTitle").getString());
        assertEquals("Start", navigationTitle, "the page bar's dialog edits the page properties");
        browser.driver.switchTo().defaultContent();
        assertEquals(List.of(), browser.cspViolations(), "the editor, its frame and its dialog keep to their policies");
    }
}
