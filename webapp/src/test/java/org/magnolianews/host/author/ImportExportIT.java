package org.magnolianews.host.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.security.Role;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 10, bulk import and export for editors: subjects by slug or name (either language) as well as by
 * identifier, with a row error for a value that matches nothing or several subjects; CSV files; malformed
 * JSON shown by line and column in plain words; export of a folder or a filtered list as JSON and CSV that
 * import takes back.
 */
class ImportExportIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static AuthorClient editor;
    private static String politics;
    private static String asiaPacific;
    private static String korea;

    @BeforeAll
    static void start() throws Exception {
        host.host().context().users().create("ines", "ines-password-1", Role.EDITOR, "test");
        editor = new AuthorClient(host.host().port());
        assertEquals(303, editor.login("ines", "ines-password-1").statusCode());
        politics = id("/politics");
        asiaPacific = id("/asia-pacific");
        korea = id("/korean-peninsula");
        for (String twin : List.of("twin-a", "twin-b")) {
            host.host().context().content().create("subject", Optional.empty(), Optional.of(twin), Map.of("name", "Twin"), "test");
        }
    }

    private static String id(String subjectPath) {
        return host.host().context().repository().call("subjects", s -> s.getNode(subjectPath).getIdentifier());
    }

    private static long count(String title) {
        return host.host().context().repository().call("news", session -> {
            @SuppressWarnings("deprecation")
            var query = session.getWorkspace().getQueryManager().createQuery(
                    "//element(*, news:article)[@title = " + org.magnolianews.news.jcr.XPathQueries.literal(title) + "]", javax.jcr.query.Query.XPATH);
            return query.execute().getNodes().getSize();
        });
    }

    private static List<String> subjectsOf(String title) {
        return host.host().context().repository().call("news", session -> {
            @SuppressWarnings("deprecation")
            var query = session.getWorkspace().getQueryManager().createQuery(
                    "//element(*, news:article)[@title = " + org.magnolianews.news.jcr.XPathQueries.literal(title) + "]", javax.jcr.query.Query.XPATH);
            List<String> ids = new ArrayList<>();
            for (javax.jcr.Value value : query.execute().getNodes().nextNode().getProperty("subjects").getValues()) {
                ids.add(value.getString());
            }
            return ids;
        });
    }

    /** Starts an import and follows its progress to the end; returns the final status. */
    private static String importFile(String fileName, String content) throws Exception {
        HttpResponse<String> started = editor.upload("/import", Map.of("app", "news"), "file", fileName, content.getBytes(StandardCharsets.UTF_8));
        assertEquals(202, started.statusCode(), started.body());
        String statusUrl = started.body().replaceAll("(?s).*data-status=\"/\\.magnolia/admincentral([^\"]+)\".*", "$1").replace("&amp;", "&");
        String state = "";
        for (int i = 0; i < 300 && !state.contains("\"state\":\"done\"") && !state.contains("\"state\":\"failed\""); i++) {
            Thread.sleep(100);
            state = editor.get(statusUrl).body();
        }
        assertTrue(state.contains("\"state\":\"done\""), state);
        return state;
    }

    @Test
    void subjectsMayBeGivenBySlugOrByNameInEitherLanguage() throws Exception {
        importFile("news.json", """
                [{"title": "Imported by slug", "date": "2025-03-01", "subjects": ["politics", "korean-peninsula"]},
                 {"title": "Imported by name", "date": "2025-03-02", "subjects": ["Азиатско-Тихоокеанский регион", "Politics"]},
                 {"title": "Imported by identifier", "date": "2025-03-03", "subjects": "%s"}]""".formatted(korea));
        assertEquals(List.of(politics, korea), subjectsOf("Imported by slug"));
        assertEquals(List.of(asiaPacific, politics), subjectsOf("Imported by name"));
        assertEquals(List.of(korea), subjectsOf("Imported by identifier"));
    }

    @Test
    void aSubjectThatMatchesNothingOrSeveralIsAClearRowErrorAndNothingIsImported() throws Exception {
        HttpResponse<String> refused = editor.upload("/import", Map.of("app", "news"), "file", "news.json", """
                [{"title": "Unresolved one", "date": "2025-03-01", "subjects": ["no-such-subject"]},
                 {"title": "Unresolved two", "date": "2025-03-02", "subjects": ["politics", "Twin"]}]""".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("Row 1: subjects: no subject has the identifier, slug or name “no-such-subject”"), body);
        assertTrue(body.contains("Row 2: subjects: “Twin” matches 2 subjects (twin-a, twin-b): give the slug or the identifier"), body);
        assertEquals(0, count("Unresolved two"));
    }

    @Test
    void aCsvFileWithAHeaderRowAndPipeSeparatedValuesIsImported() throws Exception {
        importFile("news.csv", """
                title,title_ru,date,subjects,lead
                "Imported from CSV, with a comma",Из CSV,2025-04-01,politics|Korean Peninsula,"A lead ""quoted"" here"
                Second CSV row,,2025-04-02,,
                """);
        assertEquals(1, count("Imported from CSV, with a comma"));
        assertEquals(List.of(politics, korea), subjectsOf("Imported from CSV, with a comma"));
        assertEquals(1, count("Second CSV row"));
        HttpResponse<String> refused = editor.upload("/import", Map.of("app", "news"), "file", "bad.csv",
                "title,date,colour\nCSV bad,2025-13-01,red\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Row 1: date"), refused.body());
        assertTrue(refused.body().contains("Row 1: colour"));
        HttpResponse<String> ragged = editor.upload("/import", Map.of("app", "news"), "file", "ragged.csv",
                "title,date\n\"unterminated,2025-01-01\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, ragged.statusCode());
        assertTrue(ragged.body().contains("Not valid CSV"), ragged.body());
        assertFalse(ragged.body().contains("Source:") || ragged.body().contains("REDACTED"), ragged.body());
    }

    @Test
    void malformedJsonIsShownByLineAndColumnInPlainWords() throws Exception {
        HttpResponse<String> broken = editor.upload("/import", Map.of("app", "news"), "file", "news.json",
                "[{\"title\": \"a\",\n  \"date\" \"2025-01-01\"}]".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, broken.statusCode());
        String body = broken.body();
        assertTrue(body.matches("(?s).*Not valid JSON at line 2, column \\d+: expected a colon \\(:\\) after the field name.*"), body);
        assertFalse(body.contains("Source:") || body.contains("REDACTED") || body.contains("(code "), body);
        HttpResponse<String> cut = editor.upload("/import", Map.of("app", "news"), "file", "news.json",
                "[{\"title\": \"a\"".getBytes(StandardCharsets.UTF_8));
        assertTrue(cut.body().matches("(?s).*Not valid JSON at line 1, column \\d+: the file ends before the JSON is complete.*"), cut.body());
    }

    @Test
    void aFolderOrAFilteredListIsExportedAsJsonAndCsvThatImportTakesBack() throws Exception {
        HttpResponse<String> json = editor.get("/export?app=news&folder=/2017/11&format=json");
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"news-"));
        JsonNode rows = Json.MAPPER.readTree(json.body());
        assertTrue(rows.size() >= 1, json.body());
        for (JsonNode row : rows) {
            assertTrue(row.path("date").asText().startsWith("2017-11"), row.toString());
            assertTrue(row.has("title") && !row.has("jcr:uuid") && !row.has("mgnl:lastModified"), row.toString());
        }
        String firstTitle = rows.get(0).path("title").asText();
        long before = count(firstTitle);
        importFile("export.json", json.body());
        assertEquals(before + 1, count(firstTitle), "the export imports back");

        host.host().context().content().create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Quokka census begins", "date", "2025-05-01", "subjects", List.of(politics)), "test");
        host.host().context().content().create("news", Optional.empty(), Optional.empty(),
                Map.of("title", "Another item of the day", "date", "2025-05-01"), "test");
        HttpResponse<String> csv = editor.get("/export?app=news&q=quokka&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r?\n");
        assertTrue(lines[0].startsWith("title,title_ru,"), lines[0]);
        assertEquals(2, lines.length, "the header and the one matching item: " + csv.body());
        assertTrue(lines[1].startsWith("\"Quokka census begins\"") || lines[1].startsWith("Quokka census begins,"), lines[1]);
        assertTrue(lines[1].contains(politics));
        importFile("export.csv", csv.body());
        assertEquals(2, count("Quokka census begins"), "the CSV export imports back");
        assertEquals(List.of(politics), subjectsOf("Quokka census begins").subList(0, 1));

        String list = editor.get("/app?app=news&q=quokka").body();
        assertTrue(list.matches("(?s).*href=\"/\\.magnolia/admincentral/export\\?app=news[^\"]*q=quokka[^\"]*format=csv\".*"), list);
        assertTrue(list.matches("(?s).*href=\"/\\.magnolia/admincentral/export\\?app=news[^\"]*q=quokka[^\"]*format=json\".*"));
        assertEquals(400, editor.get("/export?app=news&format=xml").statusCode());
        assertEquals(404, editor.get("/export?app=nosuchapp&format=json").statusCode());
    }
}
