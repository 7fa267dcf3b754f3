package org.magnolianews.host.content;

import java.util.List;

/**
 * The content languages of the site. The default language is stored in the plain property
 * ({@code title}), the others with a suffix ({@code title_ru}), as Magnolia stores i18n values.
 */
public record Languages(String defaultLanguage, List<String> all) {

    public static final Languages EN_RU = new Languages("en", List.of("en", "ru"));

    public String propertyName(String property, String language) {
        return language.equals(defaultLanguage) ? property : property + "_" + language;
    }

    public boolean isSupported(String language) {
        return all.contains(language);
    }
}
