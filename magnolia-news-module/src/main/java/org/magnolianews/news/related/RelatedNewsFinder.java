package org.magnolianews.news.related;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * Finds related news for an item in a workspace of published news: reads the editor's pins, fetches
 * the items sharing a subject that are nearest in time to the anchor (see {@link #pool}), counts
 * items per subject for the weights and ranks with
 * {@link RelatedNewsRanking}. Everything read comes from the given session, so only published
 * items (present in the live workspace) can appear.
 */
public final class RelatedNewsFinder {

    public static final String NODE_TYPE = "news:article";
    /** Candidates fetched on each side of the anchor; enough for a list of up to 20 after exclusions. */
    static final int POOL = 60;
    /** Half the span of the time window searched around an archive story's date. */
    static final Duration WINDOW = Duration.ofDays(45);

    private final Session news;
    private final String language;
    private final String defaultLanguage;
    private final List<String> languages;
    private final Duration halfLife;
    private final Counter counter;

    /** Counts the news items matching an XPath query (see {@link org.magnolianews.news.rendering.ItemCounts}). */
    public interface Counter {
        long count(String xpath) throws RepositoryException;
    }

    public RelatedNewsFinder(Session news, Counter counter, String language, String defaultLanguage, List<String> languages,
                             Duration halfLife) {
        this.news = news;
        this.counter = counter;
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        this.languages = languages;
        this.halfLife = halfLife;
    }

    /** Related items for {@code item} (a news item, or anything with subjects), anchored at {@code anchor}. */
    public List<Node> find(Node item, Instant anchor, int count) throws RepositoryException {
        List<String> subjects = Items.strings(item, "subjects");
        Candidate article = candidate(item);
        List<Candidate> pins = new ArrayList<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (String id : Items.strings(item, "relatedNews")) {
            Optional<Node> pinned = Items.byId(news, id);
            // a page shows news of its own language only: an English-only story is no link from a Russian page
            if (pinned.isPresent() && pinned.get().isNodeType(NODE_TYPE) && Items.existsIn(pinned.get(), language, defaultLanguage)) {
                pins.add(candidate(pinned.get()));
                nodes.put(id, pinned.get());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        if (!subjects.isEmpty()) {
            List<Node> pool = pool(XPathQueries.and(XPathQueries.anyOf("subjects", subjects),
                    XPathQueries.inLanguage(language, defaultLanguage)), anchor);
            Set<String> seen = new HashSet<>();
            for (Node node : pool) {
                if (seen.add(node.getIdentifier())) {
                    candidates.add(candidate(node));
                    nodes.putIfAbsent(node.getIdentifier(), node);
                }
            }
        }
        RelatedNewsRanking ranking = new RelatedNewsRanking(weights(subjects), halfLife);
        List<Node> related = new ArrayList<>();
        for (RelatedNewsRanking.Ranked ranked : ranking.rank(article, pins, candidates, anchor, count)) {
            related.add(nodes.get(ranked.candidate().id()));
        }
        return related;
    }

    /**
     * Items sharing a subject near the anchor in time. The newest ones first (one indexed sort, cheap);
     * when the anchor is older than all of them (an archive story), the items within 45 days of the
     * anchor as well. Date ranges are costly in Lucene (every distinct date is a term: a year at 100k
     * items is ~10k terms, most of a cache-miss rendering), so the window runs only for archive
     * stories and stays narrow.
     */
    private List<Node> pool(String shared, Instant anchor) throws RepositoryException {
        List<Node> newest = XPathQueries.nodes(news, XPathQueries.items(NODE_TYPE, shared, "@date descending"), 0, POOL);
        Optional<Instant> oldest = newest.isEmpty() ? Optional.empty() : Items.date(newest.get(newest.size() - 1), "date");
        if (newest.size() < POOL || oldest.isEmpty() || !oldest.get().isAfter(anchor)) {
            return newest;
        }
        String window = "@date >= " + XPathQueries.dateTime(anchor.minus(WINDOW)) + " and @date <= "
                + XPathQueries.dateTime(anchor.plus(WINDOW));
        List<Node> around = new ArrayList<>(XPathQueries.nodes(news, XPathQueries.items(NODE_TYPE,
                "(" + shared + ") and " + window, "@date descending"), 0, 2L * POOL));
        around.addAll(newest);
        return around;
    }

    private SubjectWeights weights(List<String> subjects) throws RepositoryException {
        long total = counter.count(XPathQueries.items(NODE_TYPE, null, null));
        Map<String, Long> perSubject = new LinkedHashMap<>();
        for (String subject : subjects) {
            perSubject.put(subject, counter.count(XPathQueries.items(NODE_TYPE,
                    "@subjects = " + XPathQueries.literal(subject), null)));
        }
        return new SubjectWeights(total, perSubject);
    }

    private Candidate candidate(Node node) throws RepositoryException {
        String headline = Items.text(node, "title", language, defaultLanguage, languages).orElse(node.getName());
        return new Candidate(node.getIdentifier(), headline, new HashSet<>(Items.strings(node, "subjects")),
                Items.date(node, "date").orElse(null));
    }
}
