package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.content.AssetStore;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 10, the editors' form defects: one photo credit and one caption, stored on the item and shown after
 * save (the site prints the credit once); error summaries that name fields by their labels, each message
 * once; unique HTML ids on every form; the edit header shows the title; only the actions that apply;
 * a release country from the ISO list; ISBN checksums.
 */
class EditorFormsIT {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static AuthorClient admin;
    private static AuthorClient russian;

    @BeforeAll
    static void start() throws Exception {
        admin = new AuthorClient(host.host().port());
        assertEquals(303, admin.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        russian = new AuthorClient(host.host().port());
        assertEquals(303, russian.login("superuser", RunningHost.ADMIN_PASSWORD).statusCode());
        russian.get("/language?lang=ru");
    }

    private static String pathOf(HttpResponse<String> saved) {
        assertEquals(303, saved.statusCode(), saved.body());
        String query = URI.create(saved.headers().firstValue("Location").orElseThrow()).getRawQuery();
        return URLDecoder.decode(query.replaceAll(".*path=([^&]+).*", "$1"), StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    private static Map<String, String> news(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("app", "news");
        form.put("title", title);
        form.put("date", "2025-02-03");
        return form;
    }

    @Test
    void theArticleFormHasOneCreditAndOneCaptionStoredOnTheItemAndShownAfterSave() throws Exception {
        String form = admin.get("/app/new?app=news").body();
        assertEquals(1, occurrences(form, ">Photo credit (EN)<"), "one credit field per language");
        assertEquals(1, occurrences(form, ">Photo credit (RU)<"));
        assertEquals(1, occurrences(form, ">Photo caption (EN)<"), "one caption field per language");
        assertEquals(1, occurrences(form, ">Photo caption (RU)<"));
        assertFalse(form.contains("name=\"image.credit\"") || form.contains("name=\"image.caption\""), "the photo widget writes no second credit or caption");

        Map<String, String> fields = news("Credit kept after save");
        fields.put("imageCredit", "Anna Petrova");
        fields.put("imageCaption", "The reading room");
        fields.put("imageCaption_ru", "Читальный зал");
        String path = pathOf(admin.postWithToken("/app/save", fields));
        String edit = admin.get("/app/edit?app=news&path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).body();
        assertTrue(edit.contains("name=\"imageCredit\" id=\"f-imageCredit\" value=\"Anna Petrova\""), edit);
        assertTrue(edit.contains("name=\"imageCaption\" id=\"f-imageCaption\" value=\"The reading room\""));
        assertTrue(edit.contains("value=\"Читальный зал\""));
    }

    @Test
    void aTimeTypedInTheFormIsTheSitesTimeStoredAndShownAsTyped() throws Exception {
        String form = admin.get("/app/new?app=news").body();
        assertTrue(form.contains("class=\"zone\" id=\"zone-date\">Moscow"), "the form says which time zone the time is in");
        Map<String, String> fields = news("Typed at half past ten");
        fields.put("date", "2030-05-01T10:30");
        String path = pathOf(admin.postWithToken("/app/save", fields));
        java.time.Instant stored = host.host().context().repository().call("news",
                s -> s.getNode(path).getProperty("date").getDate().toInstant());
        assertEquals(java.time.Instant.parse("2030-05-01T07:30:00Z"), stored, "10:30 in Moscow, whatever the server's zone");
        String edit = admin.get("/app/edit?app=news&path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).body();
        assertTrue(edit.contains("value=\"2030-05-01T10:30\""), "shown back as typed");
        assertEquals(303, admin.postWithToken("/app/action", Map.of("app", "news", "path", path, "action", "publish")).statusCode());
        String page = host.get("/news" + path + ".html").body();
        assertTrue(page.contains("10:30") && !page.contains("13:30"), "the site prints the time typed");
    }

    @Test
    void theSitePrintsTheCreditOnceEvenWhenItStartsWithPhoto() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        String image = host.host().context().assets().create("/credit-test", new AssetStore.Upload("credit.jpg", "image/jpeg",
                jpeg.toByteArray(), 40, 30), Map.of("title", "credit.jpg"), "test");
        Map<String, String> fields = news("Credit printed once");
        fields.put("image", image);
        fields.put("imageCredit", "Photo: Reuters");
        String path = pathOf(admin.postWithToken("/app/save", fields));
        assertEquals(303, admin.postWithToken("/app/action", Map.of("app", "news", "path", path, "action", "publish")).statusCode());
        String page = host.get("/news" + path + ".html").body();
        assertTrue(page.contains("<span class=\"credit\">Photo: Reuters</span>"), page);
        assertFalse(page.contains("Photo: Photo:"));
    }

    @Test
    void theErrorSummaryNamesFieldsByTheirLabelsAndEachMessageIsShownOnce() throws Exception {
        HttpResponse<String> response = admin.postWithToken("/app/save", Map.of("app", "news", "@name", "Not A Slug!", "lead", "x"));
        assertEquals(400, response.statusCode());
        String body = response.body();
        String summary = body.replaceAll("(?s).*(<div class=\"error\" id=\"form-errors\">.*?</div>).*", "$1");
        assertTrue(summary.contains("<a href=\"#f-title\">Title</a>"), summary);
        assertTrue(summary.contains("<a href=\"#f-date\">Date</a>"), summary);
        assertTrue(summary.contains("<a href=\"#f-slug\">Node name (slug)</a>"), summary);
        assertFalse(summary.contains("title:") || summary.contains("@name:") || summary.contains("date:"), summary);
        assertEquals(1, occurrences(body, "is required in at least one language"), "each message once");
        assertEquals(1, occurrences(body, "must be a slug"));

        HttpResponse<String> ru = russian.postWithToken("/app/save", Map.of("app", "news", "lead", "x"));
        assertTrue(ru.body().contains("<a href=\"#f-title\">Заголовок</a>"), ru.body());
        HttpResponse<String> entry = admin.postWithToken("/app/save", Map.of("app", "news", "title", "Entry error", "date", "2025-01-01",
                "corrections.0.date", "2025-01-02"));
        assertEquals(400, entry.statusCode());
        assertTrue(entry.body().contains("<a href=\"#f-corrections\">Corrections 1: Note</a>"), entry.body());
    }

    @Test
    void noFormHasADuplicateId() throws Exception {
        String article = host.host().context().repository().call("news", s -> s.getNode("/2017/11").getNodes().nextNode().getPath());
        String asset = host.host().context().repository().call("dam", s -> {
            @SuppressWarnings("deprecation")
            var q = s.getWorkspace().getQueryManager().createQuery("//element(*, mgnl:asset)", javax.jcr.query.Query.XPATH);
            return q.execute().getNodes().nextNode().getIdentifier();
        });
        List<String> pages = new ArrayList<>(List.of("/app/new?app=news", "/app/new?app=publications", "/app/new?app=subjects",
                "/app/edit?app=news&path=" + article, "/app/edit?app=subjects&path=/politics",
                "/app/edit?app=publications&path=/russian-to-the-bone", "/assets", "/assets/edit?id=" + asset, "/import", "/users",
                "/pages/page?path=/home", "/app?app=news", "/"));
        List<String> duplicates = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<String> response = admin.get(page);
            assertEquals(200, response.statusCode(), page);
            duplicates.addAll(duplicateIds(page, response.body()));
        }
        HttpResponse<String> refused = admin.postWithToken("/app/save", Map.of("app", "subjects", "@name", "Bad Slug", "name", "x"));
        assertEquals(400, refused.statusCode());
        duplicates.addAll(duplicateIds("refused subject", refused.body()));
        assertEquals(List.of(), duplicates);
    }

    private static List<String> duplicateIds(String page, String html) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        Matcher matcher = ID.matcher(html);
        while (matcher.find()) {
            if (!seen.add(matcher.group(1))) {
                duplicates.add(page + ": #" + matcher.group(1));
            }
        }
        return duplicates;
    }

    @Test
    void theEditHeaderShowsTheTitleInTheUiLanguageThenTheOtherLanguage() throws Exception {
        Map<String, String> both = news("Header in English");
        both.put("title_ru", "Заголовок по-русски");
        String path = URLEncoder.encode(pathOf(admin.postWithToken("/app/save", both)), StandardCharsets.UTF_8);
        assertTrue(admin.get("/app/edit?app=news&path=" + path).body().contains("<h1>News: Header in English</h1>"));
        assertTrue(russian.get("/app/edit?app=news&path=" + path).body().contains(": Заголовок по-русски</h1>"));
        Map<String, String> english = news("Only in English");
        String only = URLEncoder.encode(pathOf(admin.postWithToken("/app/save", english)), StandardCharsets.UTF_8);
        assertTrue(russian.get("/app/edit?app=news&path=" + only).body().contains(": Only in English</h1>"));
        assertTrue(admin.get("/app/edit?app=subjects&path=/politics").body().contains(": Politics</h1>"));
    }

    @Test
    void onlyTheActionsThatApplyAreOffered() throws Exception {
        String path = pathOf(admin.postWithToken("/app/save", news("Actions that apply")));
        String encoded = URLEncoder.encode(path, StandardCharsets.UTF_8);
        String draft = admin.get("/app/edit?app=news&path=" + encoded).body();
        assertTrue(draft.contains("id=\"action-publish\""));
        assertFalse(draft.contains("id=\"action-unpublish\""), "an unpublished item cannot be unpublished");
        assertFalse(draft.contains("id=\"action-publishRecursive\""), "an item without subnodes has nothing to publish with it");
        assertEquals(303, admin.postWithToken("/app/action", Map.of("app", "news", "path", path, "action", "publish")).statusCode());
        String published = admin.get("/app/edit?app=news&path=" + encoded).body();
        assertTrue(published.contains("id=\"action-unpublish\""));
        assertFalse(published.contains("id=\"action-publishRecursive\""));
    }

    @Test
    void aReleaseCountryIsChosenFromTheIsoListInTheUiLanguageAndCheckedOnSave() throws Exception {
        String form = admin.get("/app/new?app=publications").body();
        assertTrue(form.matches("(?s).*<select name=\"releases\\.__i__\\.country\" id=\"f-releases\\.__i__\\.country\">.*<option value=\"IT\">Italy</option>.*"), form);
        assertTrue(form.contains("<option value=\"JP\">Japan</option>"));
        assertTrue(russian.get("/app/new?app=publications").body().contains("<option value=\"IT\">Италия</option>"));
        String edit = admin.get("/app/edit?app=publications&path=/russian-to-the-bone").body();
        assertTrue(edit.contains("<option value=\"IT\" selected>Italy</option>"), "the stored country is selected");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app", "publications");
        fields.put("title", "Country check");
        fields.put("releases.0.country", "XX");
        fields.put("releases.0.status", "available");
        HttpResponse<String> refused = admin.postWithToken("/app/save", fields);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().matches("(?s).*data-field=\"releases\\.0\\.country\".*class=\"field-error\">must be an ISO 3166-1 alpha-2 country code.*"),
                refused.body());
        boolean written = host.host().context().repository().call("publications", s -> s.nodeExists("/country-check"));
        assertFalse(written, "nothing written");
    }

    @Test
    void anIsbnWithABadChecksumIsAMessageAtTheField() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app", "publications");
        fields.put("title", "Isbn check");
        fields.put("isbn", "12345");
        HttpResponse<String> refused = admin.postWithToken("/app/save", fields);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().matches("(?s).*data-field=\"isbn\".*class=\"field-error\">must be an ISBN-10 or ISBN-13.*"), refused.body());
        assertTrue(refused.body().contains("<a href=\"#f-isbn\">ISBN</a>"));
        fields.put("isbn", "978-5-903124-57-2");
        String path = pathOf(admin.postWithToken("/app/save", fields));
        assertEquals("9785903124572", host.host().context().repository().call("publications", s -> s.getNode(path).getProperty("isbn").getString()));
    }
}
