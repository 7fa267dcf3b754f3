package org.magnolianews.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.magnolianews.host.author.AuthorClient;
import org.magnolianews.host.testing.RunningHost;

/**
 * Issue 12, defects 4 and 7: failed passwords are counted per account (whatever the letter case)
 * and per address, and a flood of failures from one address does not lock everybody out: tokens
 * and accounts already known from that address keep working, while password checks for any other
 * account from it are refused. The host trusts no proxy, so X-Forwarded-For changes nothing. Every
 * call here comes from the same address (the test's), so the tests run in order: the per-account
 * case first, while the address is still under its limit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginThrottleIT {

    private static final String PROBE = "/.rest/nodes/v1/news/";

    @RegisterExtension
    static final RunningHost host = RunningHost.perClass();

    private static HttpResponse<String> api(String authorization, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.uri(PROBE)).header("Authorization", authorization).GET();
        headers.forEach(request::header);
        return host.send(request.build());
    }

    private static int basic(String user, String password) throws Exception {
        return api(RunningHost.basicAuth(user, password), Map.of()).statusCode();
    }

    private static UserStore users() {
        return host.host().context().users();
    }

    @Test
    @Order(1)
    void theApiLimitOfAnAccountHoldsWhateverTheLetterCaseOfTheName() throws Exception {
        users().create("thr2", "thr2-password", Role.EDITOR, "test");
        for (int i = 0; i < 10; i++) {
            assertEquals(401, basic(i % 2 == 0 ? "thr2" : "Thr2", "wrong-" + i), "attempt " + i);
        }
        assertEquals(429, basic("THR2", "thr2-password"));
        assertEquals(429, basic("thr2", "thr2-password"));
    }

    @Test
    @Order(2)
    void theLoginFormLimitOfAnAccountHoldsWhateverTheLetterCaseOfTheName() throws Exception {
        users().create("thr3", "thr3-password", Role.EDITOR, "test");
        int failures = 0;
        int status = 401;
        while (status == 401 && failures < 30) {
            status = new AuthorClient(host.host().port()).login("thr3", "wrong-" + failures).statusCode();
            failures += status == 401 ? 1 : 0;
        }
        assertTrue(failures > 0 && status == 429, "throttled after " + failures + " failures, last status " + status);
        assertEquals(429, new AuthorClient(host.host().port()).login("THR3", "thr3-password").statusCode());
        assertEquals(429, new AuthorClient(host.host().port()).login("thr3", "thr3-password").statusCode());
    }

    @Test
    @Order(3)
    void fiftyFailuresWithMadeUpNamesLeaveTokensAndAccountsKnownFromTheAddressWorking() throws Exception {
        users().create("known-here", "known-here-password", Role.EDITOR, "test");
        users().create("never-here", "never-here-password", Role.EDITOR, "test");
        users().create("script-owner", "script-owner-password", Role.EDITOR, "test");
        String token = new ApiTokens(host.host().context().repository()).create("script-owner", "ci", "test").secret();
        assertEquals(200, basic("known-here", "known-here-password"), "logs in once from this address");

        for (int i = 0; i < 50; i++) {
            int status = basic("made-up-" + i, "guess-" + i);
            assertTrue(status == 401 || status == 429, "attempt " + i + " → " + status);
        }
        assertEquals(429, basic("made-up-again", "guess"), "the address is over its limit");

        assertEquals(200, api("Bearer " + token, Map.of()).statusCode(), "a valid token still works");
        assertEquals(200, basic("known-here", "known-here-password"), "an account that logged in from here still can");
        assertEquals(303, new AuthorClient(host.host().port()).login("known-here", "known-here-password").statusCode(),
                "through the login form too: one policy for both");
        assertEquals(401, basic("known-here", "a-wrong-guess"), "its passwords are still checked, and failures still count");
        assertEquals(429, basic("never-here", "never-here-password"), "guessing other accounts from this address stays refused");
        assertEquals(429, basic("NEVER-HERE", "never-here-password"));
        assertEquals(429, api(RunningHost.basicAuth("never-here", "never-here-password"), Map.of("X-Forwarded-For", "10.9.8.7"))
                .statusCode(), "X-Forwarded-For from a peer that is not a trusted proxy is ignored");
    }

    @Test
    @Order(4)
    void aForwardedProtoFromAPeerThatIsNotATrustedProxyDoesNotMarkCookiesSecure() throws Exception {
        HttpResponse<String> form = host.send(HttpRequest.newBuilder(host.uri(AuthorClient.BASE + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build());
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mgnlLoginToken=")).findFirst().orElseThrow();
        assertFalse(cookie.contains("Secure"), cookie);
    }
}
