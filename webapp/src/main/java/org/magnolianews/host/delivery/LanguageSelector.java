package org.magnolianews.host.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.magnolianews.host.content.Languages;

/**
 * Which language a response is in: {@code lang} wins, else the best supported language of
 * {@code Accept-Language}, else the site's default. {@code lang=de-DE} means {@code de}; a
 * well-formed language the site does not have falls back to the default, as Magnolia does.
 */
public final class LanguageSelector {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private final Languages languages;

    public LanguageSelector(Languages languages) {
        this.languages = languages;
    }

    public LanguageChoice choose(Optional<String> lang, String acceptLanguage, EndpointDefinition endpoint) {
        if (lang.isPresent()) {
            String value = lang.get().trim();
            if (value.equals("all")) {
                return new LanguageChoice(languages.defaultLanguage(), List.of(), true);
            }
            if (!LANGUAGE_TAG.matcher(value).matches()) {
                throw DeliveryException.invalidValue("lang", "not a language tag: '" + QueryString.printable(value) + "'");
            }
            return choice(primary(value).filter(languages::isSupported).orElse(languages.defaultLanguage()), endpoint);
        }
        return choice(fromHeader(acceptLanguage).orElse(languages.defaultLanguage()), endpoint);
    }

    private LanguageChoice choice(String language, EndpointDefinition endpoint) {
        return new LanguageChoice(language, endpoint.fallbackLanguages().getOrDefault(language, List.of()), false);
    }

    /** The supported language with the highest q of an Accept-Language header; malformed parts are skipped. */
    Optional<String> fromHeader(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return Optional.empty();
        }
        record Weighted(String language, double q, int position) {
        }
        List<Weighted> candidates = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].trim().split(";");
            if (pieces.length == 0) {
                continue; // ";;;" splits into nothing
            }
            double q = 1.0;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String tag = pieces[0].trim();
            Optional<String> language = LANGUAGE_TAG.matcher(tag).matches() ? primary(tag) : Optional.empty();
            if (language.isPresent() && languages.isSupported(language.get()) && q > 0) {
                candidates.add(new Weighted(language.get(), q, i));
            }
        }
        return candidates.stream()
                .min(Comparator.comparingDouble((Weighted w) -> -w.q()).thenComparingInt(Weighted::position))
                .map(Weighted::language);
    }

    private static Optional<String> primary(String tag) {
        String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
        return primary.isEmpty() ? Optional.empty() : Optional.of(primary);
    }
}
