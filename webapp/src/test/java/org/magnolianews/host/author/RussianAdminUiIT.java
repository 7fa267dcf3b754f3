package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * The Russian admincentral has no English left in the rich-text toolbar, the field help, the release statuses and
 * the import type selector (issue 10); the English one keeps its English words there.
 */
class RussianAdminUiIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    /** Latin words of two letters or more: what an English leftover looks like (codes such as ISO, URL, IT, RU excepted). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?!(?:ISO|URL|IT|RU|TASS)\\b)[A-Za-z]{2,}\\b");

    private static AuthorClient ui;

    @BeforeAll
    static void login() throws Exception {
        ui = new AuthorClient(host.host().port());
        assertEquals(303, ui.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
    }

    @Test
    void theArticleFormsToolbarAndHelpAreRussian() throws Exception {
        Document form = page("/app/new?app=news&lang=ru");
        Element body = form.selectFirst("textarea.rte");
        // CKEditor 5 translates its own toolbar (RichTextEditorBrowserIT); the DAM image button's words come from the form.
        for (String command : List.of("dam-image", "dam-search")) {
            String label = body.attr("data-label-" + command);
            assertFalse(label.isBlank(), command);
            assertRussian(label, "toolbar " + command);
        }
        List<String> help = form.select(".field .description").eachText();
        assertFalse(help.isEmpty());
        help.forEach(text -> assertRussian(text, "field help"));

        Document english = page("/app/new?app=news&lang=en");
        assertEquals("Image from Assets", english.selectFirst("textarea.rte").attr("data-label-dam-image"));
        assertTrue(english.select(".field .description").eachText().contains("News agency the item is based on, e.g. TASS"));
    }

    @Test
    void releaseStatusesAndTheirHelpAreRussian() throws Exception {
        Document form = page("/app/new?app=publications&lang=ru");
        List<Element> options = form.select("template select[name$=.status] option[value~=.+]");
        assertEquals(List.of("announced", "preorder", "available"), options.stream().map(o -> o.attr("value")).toList());
        options.forEach(option -> assertRussian(option.text(), "release status"));
        form.select(".field .description").eachText().forEach(text -> assertRussian(text, "field help"));
        assertEquals("Pre-order", page("/app/new?app=publications&lang=en")
                .selectFirst("template select[name$=.status] option[value=preorder]").text());
    }

    @Test
    void theImportTypeSelectorIsRussian() throws Exception {
        List<Element> options = page("/import?lang=ru").select("#import-app option");
        assertEquals(3, options.size(), options.toString());
        options.forEach(option -> assertRussian(option.text(), "import type"));
    }

    private static Document page(String path) throws Exception {
        var response = ui.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    private static void assertRussian(String text, String where) {
        assertFalse(ENGLISH.matcher(text).find(), where + " has English: " + text);
        assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC), where + ": " + text);
    }
}
