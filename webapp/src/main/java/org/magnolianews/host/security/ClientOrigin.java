package org.magnolianews.host.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.magnolianews.host.config.AddressRange;

/**
 * Where a request comes from: the client's address (what the login throttle counts) and whether it
 * came over HTTPS (what makes cookies {@code Secure}). X-Forwarded-For and X-Forwarded-Proto are
 * believed only when the peer is one of the configured trusted proxies ({@code --trusted-proxies}),
 * since anyone can send them (issue 12, defects 4 and 10):
 * <ul>
 *   <li>the client address is the rightmost X-Forwarded-For hop that is not a trusted proxy: hops to
 *       its left were written by the client itself and prove nothing. When every hop is trusted, the
 *       leftmost is the client; a hop that is not an address stops the walk at the nearest trusted hop
 *       (a made-up value must not give each request a throttle key of its own);</li>
 *   <li>HTTPS is the connection's own, or, from a trusted proxy, its X-Forwarded-Proto (the rightmost
 *       value: the one the nearest proxy set) saying {@code https}.</li>
 * </ul>
 */
public final class ClientOrigin {

    private final List<AddressRange> trustedProxies;

    public ClientOrigin(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public String address(HttpServletRequest request) {
        return address(request.getRemoteAddr(), headers(request, "X-Forwarded-For"));
    }

    public boolean secure(HttpServletRequest request) {
        return secure(request.isSecure(), request.getRemoteAddr(), headers(request, "X-Forwarded-Proto"));
    }

    /** The client address, given the peer's and the X-Forwarded-For header values (in order). */
    String address(String peer, List<String> forwardedFor) {
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = entries(forwardedFor);
        String nearest = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trusted(hop)) {
                return AddressRange.isAddress(hop) ? hop : nearest;
            }
            nearest = hop;
        }
        return nearest;
    }

    /** Whether the request came over HTTPS, given the connection and the X-Forwarded-Proto header values. */
    boolean secure(boolean connectionIsSecure, String peer, List<String> forwardedProto) {
        if (connectionIsSecure) {
            return true;
        }
        List<String> values = entries(forwardedProto);
        return trusted(peer) && !values.isEmpty() && values.get(values.size() - 1).toLowerCase(Locale.ROOT).equals("https");
    }

    private boolean trusted(String address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static List<String> entries(List<String> headerValues) {
        List<String> entries = new ArrayList<>();
        for (String value : headerValues) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    entries.add(part.strip());
                }
            }
        }
        return entries;
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        return request.getHeaders(name) == null ? List.of() : Collections.list(request.getHeaders(name));
    }
}
