package org.magnolianews.host.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.config.AddressRange;

/** X-Forwarded-For and X-Forwarded-Proto count only when the peer is a trusted proxy (issue 12). */
class ClientOriginTest {

    private final ClientOrigin behindProxies = new ClientOrigin(List.of(AddressRange.parse("10.0.0.0/8")));
    private final ClientOrigin direct = new ClientOrigin(List.of());

    @Test
    void withoutTrustedProxiesTheHeadersAreIgnored() {
        assertEquals("10.0.0.5", direct.address("10.0.0.5", List.of("203.0.113.7")));
        assertFalse(direct.secure(false, "10.0.0.5", List.of("https")));
        assertTrue(direct.secure(true, "10.0.0.5", List.of()), "HTTPS straight to the host");
    }

    @Test
    void theClientIsTheRightmostHopThatIsNotATrustedProxy() {
        assertEquals("203.0.113.7", behindProxies.address("10.0.0.5", List.of("198.51.100.1, 203.0.113.7")));
        assertEquals("203.0.113.7", behindProxies.address("10.0.0.5", List.of("198.51.100.1, 203.0.113.7, 10.1.1.1")));
        assertEquals("203.0.113.7", behindProxies.address("10.0.0.5", List.of("198.51.100.1", "203.0.113.7")), "repeated headers are one list");
    }

    @Test
    void aPeerThatIsNotTrustedIsTheClientWhateverItForwards() {
        assertEquals("198.51.100.9", behindProxies.address("198.51.100.9", List.of("10.0.0.1")));
        assertFalse(behindProxies.secure(false, "198.51.100.9", List.of("https")));
    }

    @Test
    void whenEveryHopIsTrustedOrTheHeaderIsMissingTheNearestKnownHopIsTheClient() {
        assertEquals("10.0.0.1", behindProxies.address("10.0.0.5", List.of("10.0.0.1, 10.0.0.2")));
        assertEquals("10.0.0.5", behindProxies.address("10.0.0.5", List.of()));
    }

    @Test
    void aHopThatIsNotAnAddressIsNotTakenForTheClient() {
        // A made-up value would give every request its own throttle key; the proxy is the most we know.
        assertEquals("10.0.0.5", behindProxies.address("10.0.0.5", List.of("203.0.113.7, not-an-address")));
    }

    @Test
    void httpsIsTheTrustedProxysWord() {
        assertTrue(behindProxies.secure(false, "10.0.0.5", List.of("https")));
        assertTrue(behindProxies.secure(false, "10.0.0.5", List.of("HTTPS")));
        assertFalse(behindProxies.secure(false, "10.0.0.5", List.of("http")));
        assertTrue(behindProxies.secure(false, "10.0.0.5", List.of("http, https")), "the nearest proxy's value counts");
        assertFalse(behindProxies.secure(false, "10.0.0.5", List.of()));
    }
}
