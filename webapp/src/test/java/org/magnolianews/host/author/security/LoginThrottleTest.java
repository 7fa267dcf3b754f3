package org.magnolianews.host.author.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void fiveFailuresForOneNameBlockItWhateverTheCase() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertFalse(throttle.isBlocked("Anna", "10.0.0." + i));
            throttle.failed("anna", "10.0.0." + i);
        }
        assertTrue(throttle.isBlocked("ANNA", "10.0.0.99"));
        assertFalse(throttle.isBlocked("boris", "10.0.0.99"));
    }

    @Test
    void oneAddressTryingManyNamesIsBlockedToo() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES * 4; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }
        assertTrue(throttle.isBlocked("someone-new", "192.0.2.1"));
    }

    @Test
    void aSuccessClearsTheNamesFailures() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna");
        throttle.failed("anna", "10.0.0.1");
        assertFalse(throttle.isBlocked("anna", "10.0.0.1"));
    }

    @Test
    void nextOnlyLeadsInsideTheAdmincentral() {
        assertEquals("/app?app=news", LoginRoutes.safeNext("/app?app=news"));
        assertEquals("/", LoginRoutes.safeNext("//evil.example/"));
        assertEquals("/", LoginRoutes.safeNext("https://evil.example/"));
        assertEquals("/", LoginRoutes.safeNext("/\\evil.example"));
    }
}
