package org.magnolianews.host.delivery;

import java.util.List;

/**
 * The language a response is in, and the languages tried after it for values it lacks.
 * {@code raw} ({@code lang=all}) returns every stored value under its stored name, unmerged.
 */
public record LanguageChoice(String language, List<String> fallbacks, boolean raw) {

    /** The language then its fallbacks: the order in which a value is looked for. */
    public List<String> chain() {
        if (fallbacks.isEmpty()) {
            return List.of(language);
        }
        List<String> chain = new java.util.ArrayList<>();
        chain.add(language);
        fallbacks.stream().filter(l -> !chain.contains(l)).forEach(chain::add);
        return chain;
    }

    public String cacheKey() {
        return raw ? "all" : language;
    }
}
