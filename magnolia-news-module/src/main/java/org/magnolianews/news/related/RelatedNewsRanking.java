package org.magnolianews.news.related;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders related news. Editor pins come first, in the editor's order. The rest are ranked by
 * {@code sum of weights of shared subjects × 0.5^(|age gap| / half-life)}: specific shared subjects
 * count most, and the weight halves for every half-life between the candidate's date and the
 * anchor (the article's date, so an archive story links to news of its time). The article itself,
 * items listed twice, stories with the same headline as one already chosen and items gone by the time their
 * headline is read are left out; candidates sharing no subject never appear. Headlines are read only of the
 * candidates it admits or turns down, in score order.
 */
public final class RelatedNewsRanking {

    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(180);

    private final SubjectWeights weights;
    private final Duration halfLife;

    public RelatedNewsRanking(SubjectWeights weights, Duration halfLife) {
        this.weights = weights;
        this.halfLife = halfLife;
    }

    public record Ranked(Candidate candidate, double score, boolean pinned) {
    }

    public List<Ranked> rank(Candidate article, List<Candidate> pins, List<Candidate> candidates, Instant anchor, int count) {
        List<Ranked> chosen = new ArrayList<>();
        Set<String> ids = new HashSet<>(Set.of(article.id()));
        Set<String> headlines = new HashSet<>(Set.of(article.headlineKey()));
        for (Candidate pin : pins) {
            if (chosen.size() < count && admit(pin, ids, headlines)) {
                chosen.add(new Ranked(pin, score(article, pin, anchor), true));
            }
        }
        List<Ranked> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            double score = score(article, candidate, anchor);
            if (score > 0) {
                scored.add(new Ranked(candidate, score, false));
            }
        }
        scored.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(r -> r.candidate().date(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.candidate().id()));
        for (Ranked ranked : scored) {
            if (chosen.size() >= count) {
                break;
            }
            if (admit(ranked.candidate(), ids, headlines)) {
                chosen.add(ranked);
            }
        }
        return chosen;
    }

    double score(Candidate article, Candidate candidate, Instant anchor) {
        double shared = 0;
        for (String subject : candidate.subjects()) {
            if (article.subjects().contains(subject)) {
                shared += weights.weight(subject);
            }
        }
        if (shared == 0 || candidate.date() == null || anchor == null) {
            return shared;
        }
        double gapDays = Math.abs(Duration.between(anchor, candidate.date()).toSeconds()) / 86_400.0;
        return shared * Math.pow(0.5, gapDays / (halfLife.toSeconds() / 86_400.0));
    }

    private static boolean admit(Candidate candidate, Set<String> ids, Set<String> headlines) {
        if (ids.contains(candidate.id())) {
            return false;
        }
        String key = candidate.headlineKey();
        if (!candidate.present() || (!key.isEmpty() && headlines.contains(key))) {
            return false;
        }
        ids.add(candidate.id());
        headlines.add(key);
        return true;
    }
}
