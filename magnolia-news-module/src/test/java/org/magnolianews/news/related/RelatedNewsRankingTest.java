package org.magnolianews.news.related;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedNewsRankingTest {

    // 100 items; A on 50 (broad), B on 5 (narrow), C on 10.
    // Weights by hand: A = ln(1 + 100/50) = ln 3 = 1.098612; B = ln(21) = 3.044522; C = ln(11) = 2.397895.
    private static final SubjectWeights WEIGHTS = new SubjectWeights(100, Map.of("A", 50L, "B", 5L, "C", 10L));
    private static final Instant T = Instant.parse("2020-01-01T00:00:00Z");
    private static final RelatedNewsRanking RANKING = new RelatedNewsRanking(WEIGHTS, Duration.ofDays(180));

    private static final Candidate ARTICLE = new Candidate("article", "Leaders meet in Da Nang", Set.of("A", "B"), T);
    private static final Candidate SAME_DAY_BROAD = new Candidate("c1", "One", Set.of("A"), T);
    private static final Candidate HALF_LIFE_NARROW = new Candidate("c2", "Two", Set.of("B"), T.minus(180, ChronoUnit.DAYS));
    private static final Candidate BOTH_TWO_HALF_LIVES_LATER = new Candidate("c3", "Three", Set.of("A", "B"), T.plus(360, ChronoUnit.DAYS));
    private static final Candidate UNRELATED = new Candidate("c4", "Four", Set.of("C"), T);
    private static final Candidate SAME_STORY = new Candidate("c5", "Leaders meet in Da Nang!", Set.of("A", "B"), T);
    private static final Candidate OLD_NARROW = new Candidate("c6", "Six", Set.of("B"), T.minus(540, ChronoUnit.DAYS));
    private static final Candidate PINNED = new Candidate("p1", "Pinned by the editor", Set.of("C"), T.minus(3000, ChronoUnit.DAYS));

    @Test
    void scoreIsSharedSubjectWeightTimesHalvingPerHalfLife() {
        assertEquals(1.098612, RANKING.score(ARTICLE, SAME_DAY_BROAD, T), 1e-6);
        assertEquals(3.044522 / 2, RANKING.score(ARTICLE, HALF_LIFE_NARROW, T), 1e-6);
        assertEquals((1.098612 + 3.044522) / 4, RANKING.score(ARTICLE, BOTH_TWO_HALF_LIVES_LATER, T), 1e-6);
        assertEquals(3.044522 / 8, RANKING.score(ARTICLE, OLD_NARROW, T), 1e-6);
        assertEquals(0, RANKING.score(ARTICLE, UNRELATED, T));
    }

    @Test
    void pinsFirstThenByScoreWithoutSelfDuplicatesOrUnrelated() {
        List<Candidate> candidates = List.of(UNRELATED, SAME_DAY_BROAD, ARTICLE, OLD_NARROW, SAME_STORY,
                BOTH_TWO_HALF_LIVES_LATER, HALF_LIFE_NARROW, SAME_DAY_BROAD);
        List<String> ids = ids(RANKING.rank(ARTICLE, List.of(PINNED, SAME_DAY_BROAD), candidates, T, 10));
        // c1 pinned (1.0986) stays in the editor's place; then c2 1.5223 > c3 1.0358 > c6 0.3806.
        assertEquals(List.of("p1", "c1", "c2", "c3", "c6"), ids);
    }

    @Test
    void countCutsTheListAndPinsCountToo() {
        // c2 (1.5223) outranks c1 (1.0986); the pin takes the first of the two places.
        assertEquals(List.of("p1", "c2"), ids(RANKING.rank(ARTICLE, List.of(PINNED), List.of(SAME_DAY_BROAD, HALF_LIFE_NARROW), T, 2)));
        assertEquals(List.of("c2"), ids(RANKING.rank(ARTICLE, List.of(), List.of(SAME_DAY_BROAD, HALF_LIFE_NARROW), T, 1)));
    }

    @Test
    void thePinnedArticleItselfAndRepeatedPinsAreSkipped() {
        assertEquals(List.of("p1"), ids(RANKING.rank(ARTICLE, List.of(ARTICLE, PINNED, PINNED), List.of(), T, 5)));
    }

    @Test
    void aNarrowSubjectOutweighsABroadOneAtTheSameDistance() {
        Candidate broad = new Candidate("broad", "Broad", Set.of("A"), T);
        Candidate narrow = new Candidate("narrow", "Narrow", Set.of("B"), T);
        assertEquals(List.of("narrow", "broad"), ids(RANKING.rank(ARTICLE, List.of(), List.of(broad, narrow), T, 5)));
    }

    private static List<String> ids(List<RelatedNewsRanking.Ranked> ranked) {
        return ranked.stream().map(r -> r.candidate().id()).toList();
    }
}
