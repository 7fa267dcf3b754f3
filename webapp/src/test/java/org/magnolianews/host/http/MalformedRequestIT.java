package org.magnolianews.host.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.magnolianews.host.testing.LogCapture;
import org.magnolianews.host.testing.RawHttp;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 12, defect 9: a request with a malformed part (a %-escape that is not one, or bytes that are not
 * UTF-8, in the query string, the path or a form body; a form charset that does not exist) is answered
 * 400 on every surface of the host, in that surface's error form (Magnolia's JSON error under /.rest, the
 * site's or the admincentral's HTML page elsewhere), with at most one WARN line in the log and no stack
 * trace. Before the fix the admincentral login and the nodes and tokens endpoints answered 500 and logged
 * a 4.7 KB stack trace per request, anonymously.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedRequestIT {

    @RegisterExtension
    @Order(1)
    static final LogCapture log = new LogCapture();

    @RegisterExtension
    @Order(2)
    static final RunningHost host = RunningHost.perClass();

    private static final Pattern BACKGROUND_THREAD = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[(?!qtp)[^\\]]+\\]");

    private static final String SUPERUSER = "Authorization: " + RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD);

    /** Every way into the host, with the credentials that let a request reach the code behind the path. */
    private static final List<Surface> SURFACES = List.of(
            Surface.site("/"), Surface.site("/ru/"), Surface.site("/news.html"),
            Surface.site("/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html"),
            Surface.site("/feeds/news.xml"), Surface.site("/sitemap.xml"),
            // Asset bytes and renditions answer their errors in JSON, like the delivery API they belong to.
            Surface.rest("/dam/jcr:5c91c8bb-f257-4e70-813b-1c86c2378aaa/photo.jpg", ""),
            Surface.rest("/.imaging/delivery/480x360/jcr:5c91c8bb-f257-4e70-813b-1c86c2378aaa/photo.jpg", ""),
            Surface.site("/.resources/news-module/webresources/css/news.css"),
            Surface.rest("/.rest/delivery/news", ""), Surface.rest("/.rest/nodes/v1/news", SUPERUSER),
            Surface.rest("/.rest/commands/v2/publish", SUPERUSER), Surface.rest("/.rest/tokens/v1", SUPERUSER),
            Surface.rest("/.rest/users/v1", SUPERUSER), Surface.rest("/.rest/health", ""), Surface.rest("/.rest/openapi.json", ""),
            Surface.admin("/.magnolia/admincentral/login"), Surface.admin("/.magnolia/admincentral/"));

    /** Query strings Jetty cannot decode: not an escape, a cut escape, invalid UTF-8, overlong UTF-8, a cut sequence. */
    private static final List<String> QUERIES = List.of("x=%ff", "x=%zz", "x=%", "x=%c0%af", "%ff=1", "x=%e0%a4", "lang=en&q=%fe%ff");

    /** A form body the same way, and a form whose declared charset does not exist. */
    private static final List<Form> FORMS = List.of(
            new Form("application/x-www-form-urlencoded", "username=%ff&password=x", "form body"),
            new Form("application/x-www-form-urlencoded", "x=%zz", "form body"),
            new Form("application/x-www-form-urlencoded; charset=no-such-charset", "a=b", "Content-Type"));

    record Surface(String path, String headers, String form) {
        static Surface site(String path) {
            return new Surface(path, "", "site");
        }

        static Surface rest(String path, String headers) {
            return new Surface(path, headers, "json");
        }

        static Surface admin(String path) {
            return new Surface(path, "", "admin");
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** A form post; {@code part} is what the error message must name. */
    record Form(String contentType, String body, String part) {
        @Override
        public String toString() {
            return contentType + " " + body;
        }
    }

    static Stream<Arguments> malformedQueries() {
        List<Arguments> cases = new ArrayList<>();
        for (Surface surface : SURFACES) {
            for (String query : QUERIES) {
                cases.add(Arguments.of(surface, query));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> malformedForms() {
        List<Arguments> cases = new ArrayList<>();
        for (Surface surface : SURFACES) {
            for (Form form : FORMS) {
                cases.add(Arguments.of(surface, form));
            }
        }
        return cases.stream();
    }

    static Stream<Surface> surfaces() {
        return SURFACES.stream();
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("malformedQueries")
    @Order(1)
    void aMalformedQueryStringIs400InTheSurfacesErrorFormWithOneQuietLogLine(Surface surface, String query) throws Exception {
        int mark = log.mark();
        RawHttp.Answer answer = RawHttp.get(host.host().port(), surface.path() + "?" + query, accepting(surface));
        assertRefusedInItsForm(surface, answer, "query string");
        assertQuietLog(mark, surface.path() + "?" + query);
    }

    @ParameterizedTest(name = "POST {0} {1}")
    @MethodSource("malformedForms")
    @Order(2)
    void aMalformedFormBodyIs400InTheSurfacesErrorFormWithOneQuietLogLine(Surface surface, Form form) throws Exception {
        int mark = log.mark();
        RawHttp.Answer answer = RawHttp.send(host.host().port(), "POST", surface.path(),
                accepting(surface) + "\nContent-Type: " + form.contentType(), form.body().getBytes(StandardCharsets.US_ASCII));
        assertRefusedInItsForm(surface, answer, form.part());
        assertQuietLog(mark, "POST " + surface.path() + " " + form);
    }

    @ParameterizedTest(name = "{0} + /%ff")
    @MethodSource("surfaces")
    @Order(3)
    void aMalformedPathIs400InTheSurfacesErrorForm(Surface surface) throws Exception {
        String path = surface.path() + (surface.path().endsWith("/") ? "" : "/") + "a%ff%c0%afb";
        int mark = log.mark();
        RawHttp.Answer answer = RawHttp.get(host.host().port(), path, accepting(surface));
        assertRefusedInItsForm(surface, answer, "path");
        assertQuietLog(mark, path);
    }

    @ParameterizedTest(name = "{0} with Content-Length: 12x")
    @MethodSource("surfaces")
    @Order(3)
    void aMalformedHeaderIs400InTheSurfacesErrorForm(Surface surface) throws Exception {
        int mark = log.mark();
        RawHttp.Answer answer = RawHttp.get(host.host().port(), surface.path(), accepting(surface) + "\nContent-Length: 12x");
        assertRefusedInItsForm(surface, answer, "header");
        assertQuietLog(mark, surface.path() + " with Content-Length: 12x");
    }

    /** Cookies the host cannot parse are ignored as RFC 6265 asks, never an error: a stray cookie must not lock a reader out. */
    @ParameterizedTest(name = "{0} with broken cookies")
    @MethodSource("surfaces")
    @Order(4)
    void unparsableCookiesAreIgnoredNeverAnError(Surface surface) throws Exception {
        int mark = log.mark();
        RawHttp.Answer answer = RawHttp.get(host.host().port(), surface.path(),
                accepting(surface) + "\nCookie: mgnlAuthorLang=%ff; =;;; a=\"unterminated; \u00ff\u00fe=\u00ff");
        assertTrue(answer.status() < 500, surface + " → " + answer.status() + " " + answer.body());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("at org."), answer.body());
        assertQuietLog(mark, surface.path() + " with broken cookies");
    }

    @Test
    @Order(5)
    void wellFormedRequestsStillWork() throws Exception {
        assertEquals(200, RawHttp.get(host.host().port(), "/news.html?page=1", "").status());
        assertEquals(200, RawHttp.get(host.host().port(), "/.rest/delivery/news?lang=ru&q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD", "").status());
        assertEquals(200, RawHttp.get(host.host().port(), "/.rest/nodes/v1/news?depth=1", SUPERUSER).status());
        assertEquals(200, RawHttp.get(host.host().port(), "/.magnolia/admincentral/login?next=%2Fapp%3Fapp%3Dnews", "").status());
    }

    /** A browser asks for HTML; a script often sends no Accept. Neither may change the form a surface answers in. */
    private static String accepting(Surface surface) {
        String accept = surface.form().equals("json") ? "Accept: text/html,application/xhtml+xml" : "Accept: */*";
        return surface.headers().isEmpty() ? accept : accept + "\n" + surface.headers();
    }

    private static void assertRefusedInItsForm(Surface surface, RawHttp.Answer answer, String part) throws Exception {
        String what = surface + " (" + part + ") → " + answer.status() + " " + answer.headers() + " " + answer.body();
        assertEquals(400, answer.status(), what);
        String contentType = answer.header("Content-Type").orElse("");
        assertFalse(answer.body().contains("Exception") || answer.body().contains("at org."), what);
        switch (surface.form()) {
            case "json" -> {
                assertTrue(contentType.startsWith("application/json"), what);
                JsonNode error = Json.MAPPER.readTree(answer.body()).path("error");
                assertEquals("badRequest", error.path("code").asText(), what);
                assertTrue(error.path("message").asText().contains(part), "the message names the bad part: " + what);
            }
            case "admin" -> {
                assertTrue(contentType.startsWith("text/html"), what);
                assertTrue(answer.body().contains("id=\"problem\"") && answer.body().contains("class=\"appbar\""),
                        "the admincentral's own problem page: " + what);
            }
            default -> {
                assertTrue(contentType.startsWith("text/html"), what);
                assertTrue(answer.body().contains("class=\"error-page\"") && answer.body().contains("news.css"),
                        "the site's own error page: " + what);
            }
        }
    }

    /**
     * The lines the request caused: background threads of the host (the sort warm-up, the scheduler) may
     * log at any moment, so their lines are left out; Jetty's request threads ({@code qtp…}) and stack
     * trace lines, which carry no thread name, are kept.
     */
    private static void assertQuietLog(int mark, String request) {
        List<String> lines = log.linesSince(mark).stream().filter(line -> !BACKGROUND_THREAD.matcher(line).find()).toList();
        long warnings = lines.stream().filter(line -> line.contains(" WARN ")).count();
        assertTrue(warnings <= 1, request + " logged " + warnings + " warnings: " + lines);
        assertTrue(lines.stream().noneMatch(line -> line.contains(" ERROR ") || line.startsWith("\tat ") || line.contains("Exception")),
                request + " logged a stack trace or an error: " + lines);
        assertTrue(lines.size() <= 1, request + " logged " + lines.size() + " lines: " + lines);
    }
}
