package org.magnolianews.news.rendering;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;

/**
 * The reader's country (ISO 3166 code), for what depends on it (a publication's release status): a CDN's
 * {@code CF-IPCountry} header when present, else the region of the preferred language, else the country of
 * the page's language (Russian → RU; none for English). Only two capital letters are taken, so a page cache
 * keyed on it holds at most one variant per country. The host keys its page cache with
 * {@link #of(String, String, String)}, the same rule.
 */
public final class ReaderCountry {

    public static final String COUNTRY_HEADER = "CF-IPCountry";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private ReaderCountry() {
    }

    /** The country of the reader of {@code request}; empty without a request (a preview) or a clue. */
    public static Optional<String> of(HttpServletRequest request, String language) {
        if (request == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(of(request.getHeader(COUNTRY_HEADER), request.getHeader("Accept-Language"), language));
    }

    /** The same from the header values (either may be null); null when nothing tells. */
    public static String of(String countryHeader, String acceptLanguage, String language) {
        if (countryHeader != null && COUNTRY.matcher(countryHeader.trim().toUpperCase(Locale.ROOT)).matches()) {
            return countryHeader.trim().toUpperCase(Locale.ROOT);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            String first = acceptLanguage.split(",")[0].split(";")[0].trim();
            String region = Locale.forLanguageTag(first).getCountry();
            if (COUNTRY.matcher(region).matches()) {
                return region;
            }
        }
        return language.equals("en") ? null : language.toUpperCase(Locale.ROOT);
    }
}
