package org.magnolianews.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(5), clock);

    @Test
    void userIsBlockedAfterTheAllowedFailuresUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), throttle.blockedFor("anna", "10.0.0.1"));
            throttle.failed("anna", "10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        Optional<Duration> blocked = throttle.blockedFor("anna", "10.0.0.2");
        assertEquals(Optional.of(Duration.ofMinutes(2)), blocked, "blocked from any address, until the first failure is 5 minutes old");
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), throttle.blockedFor("anna", "10.0.0.2"));
    }

    @Test
    void addressIsBlockedAfterFailuresForManyNames() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("name" + i, "10.0.0.9");
        }
        assertTrue(throttle.blockedFor("someone-else", "10.0.0.9").isPresent());
        assertEquals(Optional.empty(), throttle.blockedFor("someone-else", "10.0.0.10"));
    }

    @Test
    void successClearsTheUsersFailuresButNotTheAddresses() {
        throttle.failed("boris", "10.0.0.3");
        throttle.failed("boris", "10.0.0.3");
        throttle.succeeded("boris", "10.0.0.3");
        throttle.failed("boris", "10.0.0.3");
        throttle.failed("boris", "10.0.0.3");
        assertEquals(Optional.empty(), throttle.blockedFor("boris", "10.0.0.4"), "two failures since the success");
        throttle.failed("boris", "10.0.0.3");
        assertTrue(throttle.blockedFor("anyone", "10.0.0.3").isPresent(), "the address counted all five");
    }

    @Test
    void anAccountIsTheSameWhateverTheLetterCaseOfItsName() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("thr2", "10.0.0.20");
        }
        assertTrue(throttle.blockedFor("THR2", "10.0.0.21").isPresent(), "issue 12, defect 7: THR2 is thr2");
        assertTrue(throttle.blockedFor("Thr2", "10.0.0.21").isPresent());
    }

    @Test
    void anAddressOverItsLimitStillGetsPasswordChecksForAccountsThatLoggedInFromIt() {
        throttle.succeeded("regular", "10.0.0.30");
        for (int i = 0; i < 5; i++) {
            throttle.failed("made-up-" + i, "10.0.0.30");
        }
        assertEquals(Optional.empty(), throttle.blockedFor("regular", "10.0.0.30"), "issue 12, defect 4: no lock-out of everyone");
        assertEquals(Optional.empty(), throttle.blockedFor("REGULAR", "10.0.0.30"));
        assertTrue(throttle.blockedFor("someone-else", "10.0.0.30").isPresent(), "guessing other accounts from here stays refused");
    }

    @Test
    void aLockedAccountStaysLockedFromAnAddressItIsKnownFrom() {
        throttle.succeeded("known", "10.0.0.40");
        for (int i = 0; i < 3; i++) {
            throttle.failed("known", "10.0.0.41");
        }
        assertTrue(throttle.blockedFor("known", "10.0.0.40").isPresent());
    }

    @Test
    void anAccountIsKnownFromAnAddressOnlyForAWhile() {
        throttle.succeeded("seldom", "10.0.0.50");
        clock.advance(LoginThrottle.KNOWN_FOR.plusMinutes(1));
        for (int i = 0; i < 5; i++) {
            throttle.failed("made-up-" + i, "10.0.0.50");
        }
        assertTrue(throttle.blockedFor("seldom", "10.0.0.50").isPresent());
    }
}
