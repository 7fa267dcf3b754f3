package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.magnolianews.host.testing.RunningHost;

/**
 * What an editor sees of the trash in a real browser (issue 10): an article deleted from the News app is listed
 * in the Trash screen with where it was and who deleted it, and Restore puts it back in the app. Also takes the
 * screenshots of the trash and of a Russian article page on a desktop.
 */
class TrashBrowserIT {

    private static final String ITEM = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    private static RunningHost host;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContent();
        browser = Browser.open(host.uri("").toString());
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

    @Test
    void aDeletedArticleIsInTheTrashAndRestoreBringsItBack() throws Exception {
        browser.go("/ru" + "/news" + ITEM + ".html");
        browser.find("article h1");
        browser.screenshot("site-article-ru-desktop");

        browser.go("/.magnolia/admincentral/login");
        browser.type("#username", "superuser");
        browser.type("#password", RunningHost.ADMIN_PASSWORD);
        browser.click("#login");
        browser.waitFor(d -> d.findElement(By.id("current-user")).getText().startsWith("superuser"));

        browser.go("/.magnolia/admincentral/app/delete?app=news&path=" + ITEM);
        browser.script("window.confirm = () => true;");
        browser.click("#confirm-delete");
        browser.waitFor(d -> d.getCurrentUrl().contains("done=deleted"));
        assertFalse(browser.driver.getPageSource().contains(ITEM), "gone from the app list");

        browser.click("nav a[href$='/trash']");
        browser.find("#trash");
        String row = browser.text("#trash tbody tr");
        assertTrue(row.contains(ITEM) && row.contains("superuser"), row);
        assertTrue(row.contains("Putin and Abe"), row);
        browser.screenshot("16-trash");

        browser.click("#trash tbody tr button[id^=restore-]");
        browser.waitFor(d -> d.getCurrentUrl().contains("done=restoredFromTrash"));
        assertEquals("Restored to its old place, as a draft.", browser.text("#notice"));
        assertTrue(browser.exists("#trash-empty"));
        browser.go("/.magnolia/admincentral/app?app=news&path=/2017/11");
        assertTrue(browser.driver.getPageSource().contains(ITEM), "back in the app");
        assertEquals(java.util.List.of(), browser.cspViolations());
    }
}
