package org.magnolianews.host.delivery;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The query string's parameters in the order sent, decoded here rather than by the servlet
 * container so that malformed escapes become a clear 400 instead of a container error.
 */
public final class QueryString {

    public record Parameter(String name, String value) {
    }

    static final int MAX_LENGTH = 8192;

    private QueryString() {
    }

    public static List<Parameter> parse(String raw) {
        List<Parameter> parameters = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        if (raw.length() > MAX_LENGTH) {
            throw DeliveryException.invalidQuery("the query string is longer than " + MAX_LENGTH + " characters");
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.add(new Parameter(name, value));
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw DeliveryException.invalidQuery("malformed escape in query parameter '" + printable(text) + "'");
        }
    }

    /** A value safe to echo in a message: bounded and without control characters. */
    static String printable(String text) {
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
    }
}
