package org.magnolianews.news.related;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** What ranking needs to know of a news item: identity, headline (for duplicates), subjects and date. */
public record Candidate(String id, String headline, Set<String> subjects, Instant date) {

    public Candidate {
        subjects = Set.copyOf(subjects);
    }

    /**
     * The headline reduced to letters and digits ({@code \p{L}}, {@code \p{N}}): the same story filed twice compares
     * equal. A scan of code points rather than a regular expression: ranking asks for it for every candidate.
     */
    String headlineKey() {
        if (headline == null) {
            return "";
        }
        String lower = headline.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        lower.codePoints().filter(Candidate::letterOrNumber).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean letterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
