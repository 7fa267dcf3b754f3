package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.RunningHost;

/**
 * The public site's section pages as a reader sees them in a real browser (issue 10): nothing in the publication
 * page's sidebar runs past its column, and the screenshots the issue asks for (publications, subjects, search
 * results in Russian). Lives beside {@link Browser}, which drives the admincentral's browser tests too.
 */
class SiteSectionsBrowserIT {

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

    /** Elements of the aside whose right edge lies past the aside's own content box. */
    @SuppressWarnings("unchecked")
    private static List<String> overflowingInAside() {
        return (List<String>) browser.script("""
                const aside = document.querySelector('aside.aside');
                const box = aside.getBoundingClientRect();
                const right = box.right - parseFloat(getComputedStyle(aside).paddingRight) + 1;
                return [...aside.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > right
                    || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.clientWidth > 0)
                  .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 60));
                """);
    }

    @Test
    void thePublicationPagesSidebarKeepsItsLeadHeadlineInTheColumn() throws Exception {
        for (int width : List.of(1440, 1000)) {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
            browser.go("/publications/russian-to-the-bone.html");
            browser.find("aside.aside .news-item-lead");
            assertEquals(List.of(), overflowingInAside(), "at " + width + " px");
            browser.go("/ru/publications/russian-to-the-bone.html");
            browser.find("aside.aside");
            assertEquals(List.of(), overflowingInAside(), "Russian, at " + width + " px");
        }
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
    }

    @Test
    void screenshotsOfTheSectionsAndOfSearchResults() throws Exception {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
        browser.go("/publications.html");
        assertTrue(browser.exists("main .book-list .book"));
        browser.screenshot("site-publications");
        browser.go("/subjects.html");
        assertTrue(browser.exists("main .subject-navigation"));
        browser.screenshot("site-subjects");
        browser.go("/ru/");
        browser.type(".masthead-search input[name=q]", "Путина");
        browser.click(".masthead-search button");
        browser.find(".search-list");
        assertTrue(browser.driver.getCurrentUrl().contains("/ru/search.html?q="), browser.driver.getCurrentUrl());
        browser.screenshot("site-search-ru");
    }
}
