package org.magnolianews.news.related;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What ranking needs to know of a news item: identity, subjects and date, and its headline (for duplicates). The
 * headline may be read only when ranking asks for it ({@link #lazy}): of a hundred candidates ranked by their
 * subjects and dates, only the few that reach the list are compared by headline.
 */
public final class Candidate {

    /** Reads a candidate's headline when ranking first asks; empty when the item is gone meanwhile. */
    public interface Headline {
        Optional<String> read();
    }

    private final String id;
    private final Set<String> subjects;
    private final Instant date;
    private Headline headline;
    /** The headline's key once read; null before. */
    private String key;
    private boolean present = true;

    public Candidate(String id, String headline, Set<String> subjects, Instant date) {
        this(id, subjects, date, () -> Optional.of(headline == null ? "" : headline));
    }

    private Candidate(String id, Set<String> subjects, Instant date, Headline headline) {
        this.id = id;
        this.subjects = Set.copyOf(subjects);
        this.date = date;
        this.headline = headline;
    }

    /** A candidate whose headline is read by {@code headline} when ranking first compares it. */
    public static Candidate lazy(String id, Set<String> subjects, Instant date, Headline headline) {
        return new Candidate(id, subjects, date, headline);
    }

    public String id() {
        return id;
    }

    public Set<String> subjects() {
        return subjects;
    }

    public Instant date() {
        return date;
    }

    /** Whether the item can still be shown: false when its headline was to be read and the item was gone. */
    boolean present() {
        headlineKey();
        return present;
    }

    /**
     * The headline reduced to letters and digits ({@code \p{L}}, {@code \p{N}}): the same story filed twice compares
     * equal. A scan of code points rather than a regular expression: ranking asks for it for every candidate it admits.
     */
    String headlineKey() {
        if (key == null) {
            Optional<String> read = headline.read();
            headline = null;
            present = read.isPresent();
            key = read.map(Candidate::key).orElse("");
        }
        return key;
    }

    private static String key(String headline) {
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

    @Override
    public String toString() {
        return "Candidate[" + id + ", " + subjects + ", " + date + "]";
    }
}
