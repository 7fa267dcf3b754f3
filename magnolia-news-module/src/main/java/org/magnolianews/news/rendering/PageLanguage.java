package org.magnolianews.news.rendering;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language a page renders in (the aggregation state's locale), the default language (stored in
 * unsuffixed properties) and every language content may exist in, as Magnolia's {@link I18nContentSupport}
 * says.
 */
public record PageLanguage(String language, String defaultLanguage, List<String> languages) {

    public PageLanguage {
        languages = List.copyOf(languages);
    }

    /** The current rendering's languages: locale from {@code state}, else from {@code i18n}. */
    public static PageLanguage of(AggregationState state, I18nContentSupport i18n) {
        Locale locale = state.getLocale() != null ? state.getLocale() : i18n.getLocale();
        Locale defaultLocale = i18n.getDefaultLocale();
        List<String> all = new ArrayList<>();
        for (Locale each : i18n.getLocales()) {
            all.add(each.toLanguageTag());
        }
        String defaultLanguage = defaultLocale.toLanguageTag();
        return new PageLanguage(locale == null ? defaultLanguage : locale.toLanguageTag(), defaultLanguage, all);
    }
}
