package org.magnolianews.news.related;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** What ranking needs to know of a news item: identity, headline (for duplicates), subjects and date. */
public record Candidate(String id, String headline, Set<String> subjects, Instant date) {

    public Candidate {
        subjects = Set.copyOf(subjects);
    }

    /** The headline reduced to letters and digits: the same story filed twice compares equal. */
    String headlineKey() {
        return headline == null ? "" : headline.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
