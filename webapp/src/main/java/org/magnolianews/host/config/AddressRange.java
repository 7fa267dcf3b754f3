package org.magnolianews.host.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One IP address or CIDR range ({@code 10.0.0.0/8}, {@code 192.168.1.7}, {@code ::1}, {@code fd00::/8}),
 * as {@code --trusted-proxies} names them. Only literals are accepted, never host names: a check must
 * not wait for DNS, and a name's addresses can change under the host.
 */
public final class AddressRange {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*");

    private final byte[] network;
    private final int prefixBits;
    private final String text;

    private AddressRange(byte[] network, int prefixBits, String text) {
        this.network = network;
        this.prefixBits = prefixBits;
        this.text = text;
    }

    /** @throws IllegalArgumentException saying what is wrong with the entry */
    public static AddressRange parse(String entry) {
        String text = entry.strip();
        int slash = text.indexOf('/');
        byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("is not an IP address or CIDR range (a host name is not accepted)");
        }
        int bits = address.length * 8;
        if (slash >= 0) {
            String prefix = text.substring(slash + 1);
            if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
                throw new IllegalArgumentException("has a prefix length that is not 0 to " + bits);
            }
            bits = Integer.parseInt(prefix);
        }
        return new AddressRange(address, bits, text);
    }

    /** Whether an address (a literal, as a servlet request gives it) is in the range; false for anything else. */
    public boolean contains(String address) {
        byte[] candidate = literal(address);
        if (candidate == null || candidate.length != network.length) {
            return false;
        }
        int whole = prefixBits / 8;
        if (!Arrays.equals(Arrays.copyOf(candidate, whole), Arrays.copyOf(network, whole))) {
            return false;
        }
        int rest = prefixBits % 8;
        int mask = (0xff << (8 - rest)) & 0xff;
        return rest == 0 || (candidate[whole] & mask) == (network[whole] & mask);
    }

    /** Whether the text is an IPv4 or IPv6 literal. */
    public static boolean isAddress(String text) {
        return literal(text) != null;
    }

    /** The bytes of an IPv4 or IPv6 literal (brackets allowed), or null; never a DNS lookup. */
    static byte[] literal(String address) {
        if (address == null) {
            return null;
        }
        String text = address.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        boolean v4 = IPV4.matcher(text).matches();
        if (v4 && Arrays.stream(text.split("\\.")).anyMatch(part -> Integer.parseInt(part) > 255)) {
            return null;
        }
        if (!v4 && !IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
