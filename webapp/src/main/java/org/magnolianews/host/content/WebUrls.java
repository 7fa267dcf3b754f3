package org.magnolianews.host.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * URL-valued properties of content types (issue 12): which they are, and what they may hold.
 *
 * <p>Magnolia's content types have no URL type, so the module's YAML declares these as Strings
 * ({@code sourceUrl}, {@code purchaseUrl}); a String property named {@code url} or ending in
 * {@code Url}/{@code URL} is one, in any module or light module. Its value must be an absolute
 * {@code http} or {@code https} URL with a host: a {@code javascript:}, {@code data:} or relative
 * value would become a script or an open redirect wherever a template, feed or API client links it.
 */
final class WebUrls {

    static final int MAX_LENGTH = 2000;

    /** scheme://authority then optionally a path, query or fragment; the authority is checked apart. */
    private static final Pattern WEB_URL = Pattern.compile("(?i)(https?)://([^/?#]*)([/?#].*)?");
    private static final Pattern HOST_AND_PORT = Pattern.compile("([^:@\\[\\]]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");

    private WebUrls() {
    }

    static boolean holdsUrl(PropertyDefinition property) {
        String name = property.name();
        return property.type().equals("String") && (name.equals("url") || name.endsWith("Url") || name.endsWith("URL"));
    }

    /**
     * The URL, unchanged.
     *
     * @throws IllegalArgumentException with the reason, for a form message or a 400 body
     */
    static String check(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("must be an absolute http or https URL of at most " + MAX_LENGTH + " characters");
        }
        if (text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("must be an absolute http or https URL without spaces or control characters");
        }
        Matcher url = WEB_URL.matcher(text);
        if (!url.matches()) {
            throw new IllegalArgumentException("must be an absolute http or https URL (https://…), found '" + printable(text) + "'");
        }
        String authority = url.group(2);
        if (authority.contains("@")) {
            throw new IllegalArgumentException("must be an absolute http or https URL without a user name or password");
        }
        if (!HOST_AND_PORT.matcher(authority).matches()) {
            throw new IllegalArgumentException("must be an absolute http or https URL with a host name, found '" + printable(text) + "'");
        }
        return text;
    }

    private static String printable(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
