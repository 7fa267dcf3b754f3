package org.magnolianews.host.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.magnolianews.host.testing.RawHttp;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 12, defect 10: every surface answers with its security headers (a CSP fit for what it serves,
 * framing rules, nosniff, Referrer-Policy), on success and on error, and no response names the server
 * software or its version.
 */
class SecurityHeadersIT {

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    private static final String AUTH = "Authorization: " + RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD);
    private static final String ASSET = "jcr:5c91c8bb-f257-4e70-813b-1c86c2378aaa";

    static final Map<String, String> SITE = Map.of(
            "content-security-policy", "default-src 'self'; img-src 'self' http: https:; frame-src https://www.youtube.com https://player.vimeo.com; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'self'",
            "x-frame-options", "SAMEORIGIN", "x-content-type-options", "nosniff", "referrer-policy", "strict-origin-when-cross-origin");
    static final Map<String, String> ADMIN = Map.of(
            "content-security-policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-src 'self' https://www.youtube.com https://player.vimeo.com; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            "x-frame-options", "DENY", "x-content-type-options", "nosniff", "referrer-policy", "same-origin");
    static final Map<String, String> DATA = Map.of(
            "content-security-policy", "default-src 'none'; frame-ancestors 'none'",
            "x-frame-options", "DENY", "x-content-type-options", "nosniff", "referrer-policy", "no-referrer");

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of("/", "", 200, SITE), Arguments.of("/ru/", "", 200, SITE), Arguments.of("/news.html?page=2", "", 200, SITE),
                Arguments.of("/news/2017/11/putin-and-abe-discuss-north-korean-crisis-and-peace-treaty-signature.html", "", 200, SITE),
                Arguments.of("/no-such-page.html", "", 404, SITE), Arguments.of("/ru", "", 302, SITE),
                Arguments.of("/news/a%ff.html", "", 400, SITE),
                Arguments.of("/feeds/news.xml", "", 200, DATA), Arguments.of("/feeds/subjects/politics.xml", "", 200, DATA),
                Arguments.of("/sitemap.xml", "", 200, DATA), Arguments.of("/sitemaps/site.xml", "", 200, DATA),
                Arguments.of("/sitemap-news.xml", "", 200, DATA),
                Arguments.of("/.resources/news-module/webresources/css/news.css", "", 200, DATA),
                Arguments.of("/.resources/news-module/webresources/none.css", "", 404, DATA),
                Arguments.of("/dam/" + ASSET + "/photo.jpg", "", 404, DATA),
                Arguments.of("/.imaging/delivery/480x360/" + ASSET + "/photo.jpg", "", 404, DATA),
                Arguments.of("/.rest/delivery/news?limit=1", "", 200, DATA), Arguments.of("/.rest/delivery/news/no/such", "", 404, DATA),
                Arguments.of("/.rest/delivery/news?nosuch=1", "", 400, DATA), Arguments.of("/.rest/delivery/news/a%ff", "", 400, DATA),
                Arguments.of("/.rest/nodes/v1/news?depth=1", AUTH, 200, DATA), Arguments.of("/.rest/nodes/v1/news", "", 401, DATA),
                Arguments.of("/.rest/commands/v2/publish", AUTH, 405, DATA), Arguments.of("/.rest/tokens/v1", AUTH, 200, DATA),
                Arguments.of("/.rest/users/v1", AUTH, 200, DATA), Arguments.of("/.rest/health", "", 200, DATA),
                Arguments.of("/.rest/openapi.json", "", 200, DATA), Arguments.of("/.rest/nosuch", "", 404, DATA),
                Arguments.of("/.magnolia/admincentral/login", "", 200, ADMIN), Arguments.of("/.magnolia/admincentral/", "", 303, ADMIN),
                Arguments.of("/.magnolia/admincentral/static/admin.js", "", 200, ADMIN),
                Arguments.of("/.magnolia/admincentral/nosuch", "", 404, ADMIN),
                Arguments.of("/.magnolia/admincentral/login?x=%ff", "", 400, ADMIN));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("responses")
    void everyResponseCarriesItsSurfacesSecurityHeadersAndNoServerVersion(String target, String headers, int status,
                                                                          Map<String, String> expected) throws Exception {
        RawHttp.Answer answer = RawHttp.get(host.host().port(), target, headers);
        assertEquals(status, answer.status(), target + " → " + answer.body());
        expected.forEach((name, value) -> assertEquals(value, answer.header(name).orElse(null), target + " " + name));
        assertFalse(answer.header("Server").isPresent(), target + " names the server: " + answer.header("Server"));
        assertFalse(answer.header("X-Powered-By").isPresent(), target);
        assertTrue(answer.headers().values().stream().noneMatch(value -> value.contains("Jetty")), target + " " + answer.headers());
    }
}
