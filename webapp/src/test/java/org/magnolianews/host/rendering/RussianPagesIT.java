package org.magnolianews.host.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * Russian pages show Russian content (issue 10): no link to an English-only headline (the "News by subject" box
 * lists items of the page's language), and the photo credit and the author's name in Russian where the item has them.
 */
class RussianPagesIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    private static final Pattern ARTICLE_LINK = Pattern.compile("href=\"(/ru/news/[0-9]{4}/[0-9]{2}/[^\"]+\\.html)\"");
    /** A link to an English item page: an item path without the /ru prefix. */
    private static final Pattern ENGLISH_ITEM_LINK = Pattern.compile("<a href=\"(/(news|publications|subjects)/[^\"]+)\"[^>]*>([^<]*)</a>");

    /** Every Russian article page, found by walking the Russian news section page by page. */
    static List<String> russianArticles() throws Exception {
        Set<String> found = new LinkedHashSet<>();
        for (int page = 1; page < 20; page++) {
            var response = host.get("/ru/news.html" + (page == 1 ? "" : "?page=" + page));
            if (response.statusCode() != 200) {
                break;
            }
            Matcher m = ARTICLE_LINK.matcher(response.body());
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return new ArrayList<>(found);
    }

    /** The page's body without its language selector (which links the other language on purpose, with hreflang). */
    static String bodyWithoutLanguageSelector(String html) {
        String body = html.substring(html.indexOf("<body"));
        return body.replaceAll("(?s)<nav class=\"language-selector\".*?</nav>", "");
    }

    @Test
    void noRussianPageLinksAnEnglishHeadline() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/ru/", "/ru/news.html", "/ru/subjects.html", "/ru/publications.html",
                "/ru/subjects/korean-peninsula.html", "/ru/publications/russian-to-the-bone.html", "/ru/search.html?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD"));
        List<String> articles = russianArticles();
        assertTrue(articles.size() >= 15, "the Russian articles: " + articles.size());
        pages.addAll(articles);
        List<String> leaks = new ArrayList<>();
        for (String page : pages) {
            var response = host.get(page);
            assertEquals(200, response.statusCode(), page);
            Matcher m = ENGLISH_ITEM_LINK.matcher(bodyWithoutLanguageSelector(response.body()));
            while (m.find()) {
                leaks.add(page + " → " + m.group(1) + " (" + m.group(3) + ")");
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void thePhotoCreditAndTheAuthorAreInThePagesLanguage() throws Exception {
        String seed = "/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html";
        assertTrue(host.get("/ru" + seed).body().contains("<span class=\"credit\">Фото: Администрация Президента России</span>"));
        assertTrue(host.get(seed).body().contains("<span class=\"credit\">Photo: Russian Presidential Administration</span>"));
        int withAuthor = 0;
        for (String article : russianArticles()) {
            String html = host.get(article).body();
            Matcher author = Pattern.compile("<span class=\"article-author\">([^<]+)</span>").matcher(html);
            if (author.find()) {
                withAuthor++;
                assertTrue(author.group(1).matches("[А-ЯЁа-яё .-]+"), article + ": the author in Russian: " + author.group(1));
                assertTrue(html.contains("\"name\":\"" + author.group(1) + "\""), article + ": JSON-LD names the same author");
            }
            Matcher credit = Pattern.compile("<span class=\"credit\">Фото: ([^<]+)</span>").matcher(html);
            if (credit.find()) {
                assertFalse(credit.group(1).matches("[A-Za-z .-]+"), article + ": the credit in Russian: " + credit.group(1));
            }
        }
        assertTrue(withAuthor >= 3, "Russian articles with an author: " + withAuthor);
    }
}
