package org.magnolianews.host.content;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * Country fields (issue 10): a String property named {@code country} (a publication's release) takes an
 * ISO 3166-1 alpha-2 code as the JDK knows them ({@link Locale#getISOCountries()}), stored in upper case.
 * The author UI offers the same list, with names in the editor's language.
 */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /** A code and its name in one language. */
    public record Country(String code, String name) {
    }

    private Countries() {
    }

    public static boolean holdsCountry(PropertyDefinition property) {
        return property.type().equals("String") && isCountryField(property.name());
    }

    /** Whether a field of this name is a country (the form's select and the validator agree on it). */
    public static boolean isCountryField(String name) {
        return name.equalsIgnoreCase("country");
    }

    public static String check(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("must be an ISO 3166-1 alpha-2 country code such as IT or RU, found '"
                    + (typed.length() > 20 ? typed.substring(0, 17) + "..." : typed) + "'");
        }
        return code;
    }

    /** Every country, by name in {@code language}, sorted as that language sorts. */
    public static List<Country> all(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Collator collator = Collator.getInstance(locale);
        return CODES.stream().map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }
}
