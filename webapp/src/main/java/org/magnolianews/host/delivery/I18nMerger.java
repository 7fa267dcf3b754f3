package org.magnolianews.host.delivery;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.magnolianews.host.content.Languages;

/**
 * Puts the value of the requested language under the plain key, as Magnolia's delivery endpoint
 * does with {@code lang}: {@code title_ru} becomes {@code title}. Beyond Magnolia, a value missing in
 * the requested language comes from the next language of the fallback chain (ru → en).
 * Suffixed variants never appear in a merged response.
 */
final class I18nMerger {

    private final Languages languages;
    private final Set<String> declaredI18n;
    private final Set<String> requiredI18n;

    /** @param declaredI18n properties the content type declares i18n; empty for endpoints without one */
    I18nMerger(Languages languages, Set<String> declaredI18n) {
        this(languages, declaredI18n, Set.of());
    }

    /**
     * @param requiredI18n the content type's required i18n properties (a news item's title): an item exists in a
     *                     language when each of them has a value in it (see {@link #languagesOf})
     */
    I18nMerger(Languages languages, Set<String> declaredI18n, Set<String> requiredI18n) {
        this.languages = languages;
        this.declaredI18n = Set.copyOf(declaredI18n);
        this.requiredI18n = Set.copyOf(requiredI18n);
    }

    Map<String, Object> merge(Map<String, Object> properties, LanguageChoice choice) {
        Set<String> translatable = translatable(properties);
        Map<String, Object> merged = new LinkedHashMap<>();
        for (String key : properties.keySet()) {
            String base = baseOf(key);
            if (base == null && !translatable.contains(key)) {
                merged.put(key, properties.get(key));
                continue;
            }
            String name = base == null ? key : base;
            if (merged.containsKey(name)) {
                continue;
            }
            for (String language : choice.chain()) {
                Object value = properties.get(languages.propertyName(name, language));
                if (value != null) {
                    merged.put(name, value);
                    break;
                }
            }
        }
        return merged;
    }

    /**
     * The languages an item is really in (issue 10): those in which every required i18n property of its content type
     * has a value (a Russian photo credit on an English-only item does not make it Russian), as the site decides
     * with {@code Items.existsIn}; for a type without required i18n properties, any translatable property with a
     * value in that language.
     */
    List<String> languagesOf(Map<String, Object> properties) {
        if (!requiredI18n.isEmpty()) {
            List<String> present = new java.util.ArrayList<>();
            for (String language : languages.all()) {
                if (requiredI18n.stream().allMatch(base -> hasValue(properties.get(languages.propertyName(base, language))))) {
                    present.add(language);
                }
            }
            return List.copyOf(present);
        }
        Set<String> translatable = translatable(properties);
        if (translatable.isEmpty()) {
            return languages.all(); // nothing to translate: the item reads the same in every language
        }
        Set<String> present = new LinkedHashSet<>();
        for (String language : languages.all()) {
            for (String base : translatable) {
                if (properties.containsKey(languages.propertyName(base, language))) {
                    present.add(language);
                    break;
                }
            }
        }
        return List.copyOf(present);
    }

    private static boolean hasValue(Object value) {
        return value instanceof List<?> list ? !list.isEmpty() : value != null && !String.valueOf(value).isBlank();
    }

    /** Declared i18n properties, plus any base name of which a suffixed variant is stored. */
    private Set<String> translatable(Map<String, Object> properties) {
        Set<String> bases = new LinkedHashSet<>(declaredI18n);
        for (String key : properties.keySet()) {
            String base = baseOf(key);
            if (base != null) {
                bases.add(base);
            }
        }
        return bases;
    }

    /** {@code title} for {@code title_ru}; null for a key that is not a language variant. */
    private String baseOf(String key) {
        int underscore = key.lastIndexOf('_');
        if (underscore <= 0) {
            return null;
        }
        int suffixLength = key.length() - underscore - 1;
        for (String language : languages.all()) { // asked for every property of every node: no substring until it is one
            if (language.length() == suffixLength && key.startsWith(language, underscore + 1)) {
                return language.equals(languages.defaultLanguage()) ? null : key.substring(0, underscore);
            }
        }
        return null;
    }
}
