package org.magnolianews.host.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --trusted-proxies} / {@code NEWS_TRUSTED_PROXIES}: addresses and CIDR ranges, checked at start (issue 12). */
class TrustedProxiesOptionTest {

    @Test
    void noProxyIsTrustedUnlessOneIsNamed() {
        assertEquals(List.of(), HostSettings.from(List.of(), Map.of()).trustedProxies());
    }

    @Test
    void theFlagTakesAddressesAndRangesSeparatedByCommas() {
        List<AddressRange> ranges = HostSettings.from(List.of("--trusted-proxies", "10.0.0.0/8, 192.168.1.7 ,::1"), Map.of()).trustedProxies();
        assertEquals(3, ranges.size());
        assertTrue(ranges.get(0).contains("10.200.3.4"));
        assertFalse(ranges.get(0).contains("11.0.0.1"));
        assertTrue(ranges.get(1).contains("192.168.1.7"));
        assertFalse(ranges.get(1).contains("192.168.1.8"));
        assertTrue(ranges.get(2).contains("0:0:0:0:0:0:0:1"));
        assertTrue(ranges.get(2).contains("[::1]"), "Jetty may give IPv6 peers in brackets");
    }

    @Test
    void theEnvironmentVariableIsUsedWhenTheFlagIsAbsent() {
        List<AddressRange> ranges = HostSettings.from(List.of(), Map.of("NEWS_TRUSTED_PROXIES", "fd00::/8")).trustedProxies();
        assertTrue(ranges.get(0).contains("fd12::1"));
        assertFalse(ranges.get(0).contains("fe80::1"));
        assertFalse(ranges.get(0).contains("10.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.256", "proxy.example.com", "10.0.0.0/-1", "::1/129", "10.0.0.0/x", "1.2.3"})
    void aBadEntryStopsTheStartWithAMessageNamingIt(String entry) {
        SettingsException e = assertThrows(SettingsException.class,
                () -> HostSettings.from(List.of("--trusted-proxies", "127.0.0.1," + entry), Map.of()));
        assertTrue(e.getMessage().contains("--trusted-proxies") && e.getMessage().contains("'" + entry + "'"), e.getMessage());
    }

    @Test
    void anAddressThatIsNotALiteralIsNeverInARange() {
        AddressRange range = AddressRange.parse("0.0.0.0/0");
        assertTrue(range.contains("203.0.113.9"));
        assertFalse(range.contains("unknown"));
        assertFalse(range.contains(null));
    }
}
