package org.magnolianews.news.publication;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A release as a reader sees it today: where, in which state, and the country's name in the page
 * language ("Italy", "Италия"). {@link #messageKey()} names the sentence in the module's messages.
 */
public record ReleaseLine(String country, State state, Optional<LocalDate> date, boolean readersCountry) {

    public enum State { AVAILABLE, PREORDER, COMING }

    public String getCountryName(String language) {
        String name = new Locale("", country).getDisplayCountry(Locale.forLanguageTag(language));
        return name.isBlank() ? country : name;
    }

    /** {@code site.release.available}, {@code site.release.preorder} or {@code site.release.announced}. */
    public String messageKey() {
        return switch (state) {
            case AVAILABLE -> "news-module.site.release.available";
            case PREORDER -> "news-module.site.release.preorder";
            case COMING -> "news-module.site.release.announced";
        };
    }
}
