package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.testing.RunningHost;

/**
 * Bad input to the admincentral answers 4xx with the reason on the page (at the field, for forms),
 * keeps what was typed, and never a 500 or a half-written item.
 */
class AdmincentralBadInputIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static AuthorClient admin;

    @BeforeAll
    static void start() throws Exception {
        admin = new AuthorClient(host.host().port());
        assertEquals(303, admin.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
    }

    private static long count(String workspace, String nodeType) {
        return host.host().context().repository().call(workspace, session -> {
            @SuppressWarnings("deprecation")
            var query = session.getWorkspace().getQueryManager().createQuery("//element(*, " + nodeType + ")", javax.jcr.query.Query.XPATH);
            return query.execute().getNodes().getSize();
        });
    }

    @Test
    void formsLabelTheirFieldsAndEntryFieldsInBothLanguages() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "publications&lang=en", List.of(">Publisher", ">Where to buy (URL)", ">Releases", ">Country *"),
                "publications&lang=ru", List.of(">Издательство", ">Где купить (URL)", ">Издания", ">Страна *"),
                "subjects&lang=ru", List.of(">Родительская тема"),
                "news&lang=ru", List.of(">Исправления", ">Примечание (RU) *"));
        for (Map.Entry<String, List<String>> form : expected.entrySet()) {
            String body = admin.get("/app/new?app=" + form.getKey()).body();
            for (String label : form.getValue()) {
                assertTrue(body.contains(label), form.getKey() + " shows " + label);
            }
        }
        String list = admin.get("/app?app=news&status=modified").body();
        assertTrue(list.contains("<option value=\"modified\" selected"), "the list filters by 'modified'");
    }

    @Test
    void aFormWithBadValuesIs400WithEachMessageAtItsFieldAndTheTypedValuesKept() throws Exception {
        long before = count("news", "news:article");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app", "news");
        form.put("title", "Kept title <b>with markup</b>");
        form.put("date", "next tuesday");
        form.put("subjects", "not-a-uuid");
        form.put("sourceUrl", "https://example.org/source");
        HttpResponse<String> response = admin.postWithToken("/app/save", form);
        assertEquals(400, response.statusCode());
        String body = response.body();
        assertTrue(body.contains("id=\"form-errors\""));
        assertTrue(body.matches("(?s).*data-field=\"date\".*class=\"field-error\">must be a date.*"), "error at the date field");
        assertTrue(body.matches("(?s).*data-field=\"subjects\".*class=\"field-error\">must be the identifier of a subject.*"));
        assertTrue(body.contains("value=\"Kept title &lt;b&gt;with markup&lt;/b&gt;\""), "typed title kept, escaped");
        assertTrue(body.contains("value=\"https://example.org/source\""));
        assertEquals(before, count("news", "news:article"), "nothing written");
    }

    /** Issue 12: the validator the API uses refuses a script URL in the form too, with the message at the field. */
    @Test
    void aJavascriptSourceUrlIs400WithTheMessageAtItsField() throws Exception {
        long before = count("news", "news:article");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app", "news");
        form.put("title", "Script link");
        form.put("date", "2017-11-21");
        form.put("sourceUrl", "javascript:alert(document.cookie)");
        HttpResponse<String> response = admin.postWithToken("/app/save", form);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().matches("(?s).*data-field=\"sourceUrl\".*class=\"field-error\">must be an absolute http or https URL.*"),
                "error at the sourceUrl field: " + response.body());
        assertEquals(before, count("news", "news:article"), "nothing written");
    }

    @Test
    void aMissingRequiredFieldAndABadSlugAre400() throws Exception {
        HttpResponse<String> response = admin.postWithToken("/app/save", Map.of("app", "news", "@name", "Not A Slug!", "lead", "x"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("is required in at least one language"));
        HttpResponse<String> slug = admin.postWithToken("/app/save", Map.of("app", "subjects", "@name", "Not A Slug!", "name", "Ok"));
        assertEquals(400, slug.statusCode());
        assertTrue(slug.body().contains("must be a slug"));
    }

    @Test
    void badParametersAre4xxPagesNeverA500() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("/app?app=news&sort=bogus", 400);
        expected.put("/app?app=news&page=0", 400);
        expected.put("/app?app=news&page=abc", 400);
        expected.put("/app?app=news&size=100000", 400);
        expected.put("/app?app=news&status=lost", 400);
        expected.put("/app?app=news&missing=fr", 400);
        expected.put("/app?app=news&subject=%27%5D%20or%20(1=1", 400);
        expected.put("/app?app=news&folder=/../etc", 400);
        expected.put("/app?app=news&q=%27%5D%22%29%28*%5B", 200);
        expected.put("/app?app=nosuchapp", 404);
        expected.put("/app/edit?app=news&path=/no/such/item", 404);
        expected.put("/app/edit?app=news&path=/2017[1]", 400);
        expected.put("/app/diff?app=subjects&path=/culture&version=7", 404);
        expected.put("/pick?type=nothing&q=x", 400);
        expected.put("/pick?type=subject&q=%27%22%5B%5D%29", 200);
        expected.put("/pages/page?path=/nope", 404);
        expected.put("/pages/component?page=/home&area=aside&template=news-module:components/article", 400);
        expected.put("/asset?id=jcr:not-an-id", 400);
        expected.put("/asset?id=jcr:00000000-0000-0000-0000-000000000000", 404);
        expected.put("/no/such/route", 404);
        for (Map.Entry<String, Integer> entry : expected.entrySet()) {
            HttpResponse<String> response = admin.get(entry.getKey());
            assertEquals(entry.getValue(), response.statusCode(), entry.getKey());
            assertTrue(!response.body().contains("Exception") && !response.body().contains("\tat "), "no stack trace: " + entry.getKey());
        }
        assertEquals(400, admin.postWithToken("/app/action", Map.of("app", "subjects", "path", "/culture", "action", "explode")).statusCode());
        assertEquals(400, admin.postWithToken("/app/action", Map.of("app", "subjects", "path", "/culture", "action", "schedule",
                "what", "publish", "at", "soon")).statusCode());
        assertEquals(400, admin.postWithToken("/app/action", Map.of("app", "subjects", "path", "/culture", "action", "move",
                "folder", "/", "name", "Bad Name")).statusCode());
        assertEquals(400, admin.postWithToken("/pages/component", Map.of("page", "/home", "area", "nowhere",
                "template", "news-module:components/text")).statusCode());
        HttpResponse<String> component = admin.postWithToken("/pages/component", Map.of("page", "/home", "area", "main",
                "template", "news-module:components/latest-news", "pageSize", "ten", "subject", "nope"));
        assertEquals(400, component.statusCode());
        assertTrue(component.body().contains("must be a whole number"));
    }

    @Test
    void anUploadThatIsNotAnImageIsRefused() throws Exception {
        HttpResponse<String> response = admin.upload("/assets/upload", Map.of("title", "Not an image"), "file", "evil.png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("not an image"));
    }

    @Test
    void anImportWithABrokenFileOrARejectedRowImportsNothing() throws Exception {
        long before = count("news", "news:article");
        HttpResponse<String> broken = admin.upload("/import", Map.of("app", "news"), "file", "news.json",
                "[{\"title\": \"a\"".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("Not valid JSON"));
        String oneBadRow = """
                [{"title": "Imported one", "date": "2025-01-02"},
                 {"title": "Imported two", "date": "2025-13-45"},
                 {"title": "Imported three", "date": "2025-01-03", "colour": "red"}]""";
        HttpResponse<String> rejected = admin.upload("/import", Map.of("app", "news"), "file", "news.json", oneBadRow.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, rejected.statusCode());
        assertTrue(rejected.body().contains("Row 2: date"), rejected.body());
        assertTrue(rejected.body().contains("Row 3: colour"));
        assertTrue(rejected.body().contains("Nothing was imported."));
        assertEquals(before, count("news", "news:article"));
    }

    @Test
    void aCleanImportRunsInTheBackgroundAndReportsProgress() throws Exception {
        long before = count("news", "news:article");
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 30; i++) {
            json.append(i == 0 ? "" : ",").append("{\"title\": \"Imported item ").append(i).append("\", \"title_ru\": \"Новость ")
                    .append(i).append("\", \"date\": \"2024-05-").append(String.format("%02d", 1 + i % 28)).append("\"}");
        }
        HttpResponse<String> started = admin.upload("/import", Map.of("app", "news"), "file", "news.json",
                json.append("]").toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, started.statusCode());
        String statusUrl = started.body().replaceAll("(?s).*data-status=\"/\\.magnolia/admincentral([^\"]+)\".*", "$1").replace("&amp;", "&");
        String state = "";
        for (int i = 0; i < 100 && !state.contains("\"state\":\"done\""); i++) {
            Thread.sleep(100);
            state = admin.get(statusUrl).body();
        }
        assertTrue(state.contains("\"done\":30"), state);
        assertEquals(before + 30, count("news", "news:article"));
    }
}
