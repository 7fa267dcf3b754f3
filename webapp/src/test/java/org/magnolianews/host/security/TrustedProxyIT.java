package org.magnolianews.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.author.AuthorClient;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 12, defects 4 and 10, behind a reverse proxy: with {@code --trusted-proxies} naming the
 * proxy (here the test itself, on the loopback address), the client address is the rightmost
 * X-Forwarded-For hop that is not a trusted proxy, so the address limit falls on the guessing
 * client only; and the proxy's X-Forwarded-Proto https makes every cookie Secure.
 */
class TrustedProxyIT {

    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_login\" value=\"([^\"]+)\"");

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass(List.of("--trusted-proxies", "127.0.0.1, ::1/128"));

    private static int basic(String user, String password, String forwardedFor) throws Exception {
        return host.send(HttpRequest.newBuilder(host.uri("/.rest/nodes/v1/news/"))
                .header("Authorization", RunningHost.basicAuth(user, password))
                .header("X-Forwarded-For", forwardedFor).GET().build()).statusCode();
    }

    @Test
    void theAddressLimitFallsOnTheRightmostUntrustedHopOnly() throws Exception {
        host.host().context().users().create("behind-proxy", "behind-proxy-password", Role.EDITOR, "test");
        for (int i = 0; i < 50; i++) {
            // The leftmost hop is whatever the client claims; it changes each time and must not matter.
            int status = basic("made-up-" + i, "guess", "198.51.100." + i + ", 203.0.113.7");
            assertTrue(status == 401 || status == 429, "attempt " + i + " → " + status);
        }
        assertEquals(429, basic("behind-proxy", "behind-proxy-password", "203.0.113.7"));
        assertEquals(429, basic("behind-proxy", "behind-proxy-password", "203.0.113.7, 127.0.0.1"), "trusted hops are skipped");
        assertEquals(200, basic("behind-proxy", "behind-proxy-password", "203.0.113.8"), "another client is not affected");
    }

    @Test
    void cookiesAreSecureWhenTheTrustedProxySaysTheRequestCameOverHttps() throws Exception {
        HttpResponse<String> form = host.send(HttpRequest.newBuilder(host.uri(AuthorClient.BASE + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build());
        String loginCookie = cookie(form, "mgnlLoginToken");
        assertTrue(loginCookie.contains("; Secure"), loginCookie);
        Matcher token = LOGIN_TOKEN.matcher(form.body());
        assertTrue(token.find());
        String body = "_login=" + token.group(1) + "&username=superuser&password="
                + URLEncoder.encode(RunningHost.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = host.send(HttpRequest.newBuilder(host.uri(AuthorClient.BASE + "/login"))
                .header("X-Forwarded-Proto", "https").header("Cookie", "mgnlLoginToken=" + token.group(1))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(303, login.statusCode(), login.body());
        assertTrue(cookie(login, "MGNLAUTHOR").contains("; Secure"), cookie(login, "MGNLAUTHOR"));
        assertTrue(cookie(login, "mgnlLoginToken").contains("; Secure"), "the cleared login cookie too");

        HttpResponse<String> plain = host.send(HttpRequest.newBuilder(host.uri(AuthorClient.BASE + "/login")).GET().build());
        assertFalse(cookie(plain, "mgnlLoginToken").contains("Secure"), "plain HTTP without the proxy's word: not Secure");
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
    }
}
