package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 12, defect 10: URL-valued fields of the content types ({@code sourceUrl} of news,
 * {@code purchaseUrl} of publications) take only absolute http and https URLs; anything else is a 400
 * naming the field and the reason, on create and on update, and nothing is written.
 */
class UrlFieldsIT {

    private static final String ARTICLE = "/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();
    private static ApiClient api;

    @BeforeAll
    static void start() {
        api = ApiClient.basic(host, "superuser", RunningHost.ADMIN_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/x", "//evil.example/x", "/relative/path", "example.org/no-scheme",
            "https://", "https:///path-only", "http://exa mple.org/", "https://example.org/\u0000x", "mailto:editor@example.org"})
    void aNewsItemWithASourceUrlThatIsNotAnAbsoluteWebUrlIs400NamingTheField(String url) throws Exception {
        HttpResponse<String> response = api.send("PUT", "/.rest/nodes/v1/news/2017/11", article("Source check", url));
        assertRefused(response, "sourceUrl");
    }

    @Test
    void aPublicationsPurchaseUrlIsCheckedToo() throws Exception {
        String body = "{\"type\":\"news:publication\",\"properties\":[{\"name\":\"title\",\"values\":[\"Bad shop\"]},"
                + "{\"name\":\"purchaseUrl\",\"values\":[\"javascript:alert(1)\"]}]}";
        assertRefused(api.send("PUT", "/.rest/nodes/v1/publications", body), "purchaseUrl");
    }

    @Test
    void anUpdateToAJavascriptUrlIsRefusedAndTheStoredUrlKept() throws Exception {
        String update = "{\"properties\":[{\"name\":\"sourceUrl\",\"values\":[\"javascript:alert(1)\"]}]}";
        assertRefused(api.send("POST", "/.rest/nodes/v1/news" + ARTICLE, update), "sourceUrl");
        assertEquals("https://tass.com/politics/974722", sourceUrl(ApiClient.json(api.get("/.rest/nodes/v1/news" + ARTICLE))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://tass.com/politics/974722", "http://example.org", "HTTPS://Example.org/a?b=c#d",
            "https://ria.ru/20171208/1510560383.html", "https://пример.рф/новости"})
    void absoluteHttpAndHttpsUrlsAreAccepted(String url) throws Exception {
        HttpResponse<String> response = api.send("PUT", "/.rest/nodes/v1/news/2017/11", article("Source ok " + url.hashCode(), url));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(url, sourceUrl(ApiClient.json(response)));
    }

    private static void assertRefused(HttpResponse<String> response, String field) throws Exception {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = ApiClient.json(response).path("error");
        List<String> fields = new ArrayList<>();
        error.path("fields").forEach(f -> fields.add(f.path("field").asText() + ": " + f.path("reason").asText()));
        assertEquals(1, fields.size(), response.body());
        assertTrue(fields.get(0).startsWith(field + ": ") && fields.get(0).contains("http") && fields.get(0).contains("https"),
                "the field and why: " + fields);
    }

    private static String article(String title, String url) throws Exception {
        return "{\"type\":\"news:article\",\"properties\":[{\"name\":\"title\",\"values\":[" + quote(title) + "]},"
                + "{\"name\":\"date\",\"type\":\"Date\",\"values\":[\"2017-11-21\"]},{\"name\":\"sourceUrl\",\"values\":[" + quote(url) + "]}]}";
    }

    private static String quote(String text) throws Exception {
        return org.magnolianews.host.http.Json.MAPPER.writeValueAsString(text);
    }

    private static String sourceUrl(JsonNode node) {
        for (JsonNode property : node.path("properties")) {
            if (property.path("name").asText().equals("sourceUrl")) {
                return property.path("values").path(0).asText();
            }
        }
        return null;
    }
}
