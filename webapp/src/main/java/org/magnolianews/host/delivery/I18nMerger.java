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

    /** @param declaredI18n properties the content type declares i18n; empty for endpoints without one */
    I18nMerger(Languages languages, Set<String> declaredI18n) {
        this.languages = languages;
        this.declaredI18n = Set.copyOf(declaredI18n);
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

    /** The languages an item has content in: any translatable property with a value in that language. */
    List<String> languagesOf(Map<String, Object> properties) {
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
        String suffix = key.substring(underscore + 1);
        return !suffix.equals(languages.defaultLanguage()) && languages.isSupported(suffix) ? key.substring(0, underscore) : null;
    }
}
