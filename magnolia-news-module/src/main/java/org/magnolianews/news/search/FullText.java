package org.magnolianews.news.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * The full-text part of a query, shared by the site's search page and the delivery endpoint's {@code q}.
 *
 * <p>Each word must occur in the item: in any property as typed ({@code jcr:contains(., …)}, Jackrabbit's default
 * analysis), or, in its language's form, in one of the searched properties ({@code jcr:contains(@title_ru, …)}:
 * the repository's search index analyses each translatable property in its language, English with Porter
 * stemming, Russian with Snowball, so "Путина" finds "Путин" and "discussing" finds "discuss"). Only letters and
 * digits reach the full-text parser, so no query syntax (quotes, operators, wildcards) can be typed in.
 */
public final class FullText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FullText() {
    }

    /** The letters-and-digits words of what a reader typed, lower-cased, at most {@code max}. */
    public static List<String> words(String typed, int max) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(typed);
        while (matcher.find() && words.size() < max) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * An XPath predicate (no brackets): every word in the item, as typed anywhere or stemmed in one of
     * {@code properties} (stored names in the wanted language: {@code title_ru}, {@code body_ru}).
     */
    public static String predicate(List<String> words, List<String> properties) {
        List<String> all = new ArrayList<>();
        for (String word : words) {
            String literal = XPathQueries.literal(word);
            List<String> any = new ArrayList<>();
            any.add("jcr:contains(., " + literal + ")");
            for (String property : properties) {
                any.add("jcr:contains(@" + property + ", " + literal + ")");
            }
            all.add("(" + String.join(" or ", any) + ")");
        }
        return String.join(" and ", all);
    }
}
