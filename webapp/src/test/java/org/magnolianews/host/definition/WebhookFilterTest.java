package org.magnolianews.host.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook event filter: Magnolia's {@code @path LIKE '…'} form, with workspace and node type, AND/OR/NOT. */
class WebhookFilterTest {

    private static final WebhookFilter.Subject ARTICLE = subject("/2017/11/talks-resume", "news", "news:article");
    private static final WebhookFilter.Subject SUBJECT = subject("/korean-peninsula", "subjects", "news:subject");
    private static final WebhookFilter.Subject PAGE = subject("/home/news/it's-out-of-date", "website", "mgnl:page");

    @Test
    void likeMatchesPrefixesAndGlobsOfThePath() {
        assertTrue(WebhookFilter.parse("@path LIKE '/2017/%'").matches(ARTICLE));
        assertFalse(WebhookFilter.parse("@path LIKE '/2017/%'").matches(SUBJECT));
        assertTrue(WebhookFilter.parse("@path LIKE '%out-of-date%'").matches(PAGE), "Magnolia's docs example");
        assertTrue(WebhookFilter.parse("@path LIKE '/20__/1_/%'").matches(ARTICLE));
        assertFalse(WebhookFilter.parse("@path NOT LIKE '/2017/%'").matches(ARTICLE));
        assertTrue(WebhookFilter.parse("@path LIKE '/home/news/it''s%'").matches(PAGE), "'' is a quote");
        assertFalse(WebhookFilter.parse("@path LIKE '/2017.%'").matches(subject("/2017x11", "news", "news:article")),
                "only % and _ are wildcards");
    }

    @Test
    void workspaceNodeTypeAndTheirCombinations() {
        WebhookFilter articlesOrSubjects = WebhookFilter.parse("(@nodeType = 'news:article' and @workspace = 'news') OR @repository = 'subjects'");
        assertTrue(articlesOrSubjects.matches(ARTICLE));
        assertTrue(articlesOrSubjects.matches(SUBJECT));
        assertFalse(articlesOrSubjects.matches(PAGE));
        assertTrue(WebhookFilter.parse("NOT @workspace = 'website'").matches(ARTICLE));
        assertFalse(WebhookFilter.parse("@nodeType != 'news:article' AND @nodeType <> 'news:subject'").matches(SUBJECT));
        assertTrue(WebhookFilter.parse("@workspace = 'news' OR @workspace = 'subjects' AND @nodeType = 'x'").matches(ARTICLE),
                "AND binds tighter than OR");
    }

    @Test
    void aFilterThatDoesNotParseSaysWhy() {
        assertEquals("the quote at character 9 is not closed",
                assertThrows(IllegalArgumentException.class, () -> WebhookFilter.parse("@path = '/x/y")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WebhookFilter.parse("@path ~ 'x'")).getMessage().contains("unexpected '~'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WebhookFilter.parse("(@path = 'x'")).getMessage().contains("not closed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WebhookFilter.parse("@path = 'x' @name = 'y'")).getMessage()
                .contains("expected AND, OR or the end"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WebhookFilter.parse("path = 'x'")).getMessage().contains("not an attribute"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WebhookFilter.parse("")).getMessage().contains("missing"));
    }

    private static WebhookFilter.Subject subject(String path, String workspace, String nodeType) {
        Map<String, String> values = Map.of("path", path, "workspace", workspace, "nodeType", nodeType,
                "name", path.substring(path.lastIndexOf('/') + 1), "id", "00000000-0000-0000-0000-000000000001");
        return values::get;
    }
}
