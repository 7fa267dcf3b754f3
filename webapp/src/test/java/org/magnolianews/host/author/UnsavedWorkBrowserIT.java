package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.magnolianews.host.testing.RunningHost;
import org.openqa.selenium.By;

/**
 * Typed work survives an expired session (issue 10), in a real browser: an editor types into the seed
 * article's form, the session ends (its cookie is gone, as after the 12 hours or a restart), Save answers
 * "log in", the editor logs in again from that page and finds the form as typed, saves, and the change is
 * stored; a saved form leaves nothing behind; leaving an edited form asks first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnsavedWorkBrowserIT {

    private static final String SEED = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";
    private static final String EDIT = "/app/edit?app=news&path=" + SEED;

    private static RunningHost host;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        host = RunningHost.withSampleContent();
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
    }

    private static void login() {
        browser.type("#username", "superuser");
        browser.type("#password", RunningHost.ADMIN_PASSWORD);
        browser.click("#login");
        browser.waitFor(d -> d.findElement(By.id("current-user"))); // logged in before anything navigates away
    }

    @Test
    @Order(1)
    void anExpiredSessionAtSaveKeepsTheTypedLeadAndALoginBringsItBack() throws Exception {
        browser.go("/login");
        login();
        browser.go(EDIT);
        String typed = "A lead typed while the session ran out";
        browser.type("#item-form input[name=lead], #item-form textarea[name=lead]", typed);
        Thread.sleep(500); // the copy is kept a moment after typing stops

        browser.driver.manage().deleteCookieNamed("MGNLAUTHOR"); // the session is over
        browser.click("#save");
        assertTrue(browser.text("#problem").length() > 0);
        assertEquals(Boolean.TRUE, browser.exists("#login-again"), "the 401 page offers to log in again");
        browser.click("#login-again");
        login();
        browser.waitFor(d -> d.getCurrentUrl().contains("/app/edit"));
        assertTrue(browser.exists("#draft-restored"), "the form says it brought the typed work back");
        assertEquals(typed, browser.script("return document.querySelector('#item-form [name=lead]').value"));
        browser.click("#save");
        browser.waitFor(d -> d.getCurrentUrl().contains("done=saved"));
        boolean stored = host.host().context().repository().call("news", s -> s.getNode(SEED).getProperty("lead").getString().equals(typed));
        assertTrue(stored, "saved with the new session");

        browser.go(EDIT);
        assertFalse(browser.exists("#draft-restored"), "a saved form leaves no copy behind");
    }

    @Test
    @Order(2)
    void leavingAnEditedFormAsksFirst() throws Exception {
        browser.go(EDIT);
        if (browser.exists("#username")) {
            login();
            browser.go(EDIT);
        }
        browser.type("#item-form input[name=lead], #item-form textarea[name=lead]", "Changed and not saved");
        Boolean asks = (Boolean) browser.script("const e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;");
        assertTrue(asks, "a beforeunload handler holds the page");
        // As if saved: no prompt when the browser closes, and no copy left for another test.
        browser.script("document.getElementById('item-form').dispatchEvent(new Event('submit')); localStorage.clear();");
    }
}
