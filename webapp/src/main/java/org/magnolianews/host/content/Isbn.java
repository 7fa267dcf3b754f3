package org.magnolianews.host.content;

import java.util.regex.Pattern;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * ISBN fields (issue 10): a String property named {@code isbn} takes an ISBN-10 or ISBN-13 whose check digit
 * is right, typed with or without hyphens and spaces, and is stored without them ({@code 9788876914126}).
 * Magnolia's content types have no ISBN type, so the name marks the field, as for URL fields ({@link WebUrls}).
 */
public final class Isbn {

    private static final Pattern TYPED = Pattern.compile("[0-9]([0-9 -]*[0-9])?[ -]?[0-9Xx]?");
    private static final String REASON = "must be an ISBN-10 or ISBN-13 with a correct check digit, e.g. 978-5-903124-57-2";

    private Isbn() {
    }

    public static boolean holdsIsbn(PropertyDefinition property) {
        return property.type().equals("String") && property.name().equalsIgnoreCase("isbn");
    }

    /** The ISBN without separators, an ISBN-10's check digit X in upper case; {@link IllegalArgumentException} naming the rule otherwise. */
    public static String normalise(String typed) {
        String text = typed.strip();
        if (!TYPED.matcher(text).matches()) {
            throw new IllegalArgumentException(REASON);
        }
        String digits = text.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        boolean valid = switch (digits.length()) {
            case 10 -> isbn10(digits);
            case 13 -> isbn13(digits);
            default -> false;
        };
        if (!valid) {
            throw new IllegalArgumentException(REASON);
        }
        return digits;
    }

    /** Weights 10 … 1, the check digit X counting 10: the sum is a multiple of 11. */
    private static boolean isbn10(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            if (c == 'X' && i != 9) {
                return false;
            }
            sum += (10 - i) * (c == 'X' ? 10 : c - '0');
        }
        return sum % 11 == 0;
    }

    /** Weights 1, 3, 1, 3 …: the sum is a multiple of 10. */
    private static boolean isbn13(String digits) {
        if (digits.indexOf('X') >= 0) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (digits.charAt(i) - '0');
        }
        return sum % 10 == 0;
    }
}
