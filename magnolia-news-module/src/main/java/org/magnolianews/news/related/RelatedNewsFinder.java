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
import javax.jcr.Value;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * Finds related news for an item in a workspace of published news: reads the editor's pins, fetches
 * the items sharing a subject that are nearest in time to the anchor (see {@link #archiveEdge}) as query rows
 * of their dates and identifiers (a subject's rows tell which of them have it, see {@link #pool}), counts
 * items per subject for the weights and ranks with {@link RelatedNewsRanking}, which reads the nodes of only
 * the candidates it compares by headline. Everything read comes from the given session, so only published
 * items (present in the live workspace) can appear.
 */
public final class RelatedNewsFinder {

    public static final String NODE_TYPE = "news:article";
    /** Candidates fetched on each side of the anchor; enough for a list of up to 20 after exclusions. */
    static final int POOL = 60;
    /** Half the span of the time window searched around an archive story's date. */
    static final Duration WINDOW = Duration.ofDays(45);
    private static final String DATE = "date";
    /** A referenceable node's identifier as a row's column. */
    private static final String IDENTIFIER = "jcr:uuid";

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
        RelatedNewsRanking ranking = new RelatedNewsRanking(weights(subjects), halfLife);
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<RelatedNewsRanking.Ranked> ranked;
        if (subjects.isEmpty()) {
            ranked = ranking.rank(article, pins, candidates, anchor, count);
        } else {
            String inLanguage = XPathQueries.inLanguage(language, defaultLanguage);
            Optional<Instant> newestEdge = archiveEdge(subjects, inLanguage, anchor);
            if (newestEdge.isPresent()) {
                add(pool(subjects, inLanguage + " and " + window(anchor), 2 * POOL), seen, candidates, nodes);
                ranked = ranking.rank(article, pins, candidates, anchor, count);
                if (!newestCannotRank(ranking, ranked, article, newestEdge.get(), anchor, count)) {
                    add(pool(subjects, inLanguage, POOL), seen, candidates, nodes);
                    ranked = ranking.rank(article, pins, candidates, anchor, count);
                }
            } else {
                add(pool(subjects, inLanguage, POOL), seen, candidates, nodes);
                ranked = ranking.rank(article, pins, candidates, anchor, count);
            }
        }
        List<Node> related = new ArrayList<>();
        for (RelatedNewsRanking.Ranked each : ranked) {
            related.add(nodes.get(each.candidate().id()));
        }
        return related;
    }

    /**
     * The candidate pool is the items sharing a subject nearest in time to the anchor: the {@value #POOL} newest,
     * and for an archive story (older than all of them) the items within 45 days of its date as well. This is the
     * date of the {@value #POOL}th newest when the anchor is older (an archive story), read from that one row only:
     * every newest item is at least that far from the anchor. Empty for a recent story.
     */
    private Optional<Instant> archiveEdge(List<String> subjects, String inLanguage, Instant anchor) throws RepositoryException {
        String newest = XPathQueries.items(NODE_TYPE, XPathQueries.and(XPathQueries.anyOf("subjects", subjects), inLanguage),
                List.of(DATE), "@date descending");
        List<Row> last = XPathQueries.rows(news, newest, POOL - 1, 1);
        Optional<Instant> oldest = last.isEmpty() ? Optional.empty() : Items.instant(last.get(0).getValue(DATE));
        return oldest.filter(date -> date.isAfter(anchor));
    }

    /** Within 45 days of the anchor. */
    private static String window(Instant anchor) {
        return "@date >= " + XPathQueries.dateTime(anchor.minus(WINDOW)) + " and @date <= " + XPathQueries.dateTime(anchor.plus(WINDOW));
    }

    /**
     * The {@code size} newest items sharing a subject with the article and matching {@code predicate}, newest first, with
     * the article's subjects each one has. The pool and its order are one query's rows (dates and identifiers); a
     * row gives no multi-valued property, so an article of several subjects reads each subject's rows down to the
     * pool's oldest date to learn which pooled items have it (in the same order, an item among the newest {@code size}
     * of all is among the newest {@code size} of each of its subjects).
     */
    private List<Shared> pool(List<String> subjects, String predicate, int size) throws RepositoryException {
        Map<String, Shared> pool = new LinkedHashMap<>();
        String union = XPathQueries.items(NODE_TYPE, XPathQueries.and(XPathQueries.anyOf("subjects", subjects), predicate),
                List.of(DATE, IDENTIFIER), "@date descending");
        Instant oldest = null;
        for (Row row : XPathQueries.rows(news, union, 0, size)) {
            Instant date = Items.instant(row.getValue(DATE)).orElse(null);
            pool.putIfAbsent(identifier(row), new Shared(identifier(row), new HashSet<>(subjects.size() == 1 ? subjects : List.of()), date));
            oldest = date;
        }
        if (subjects.size() > 1) {
            for (String subject : subjects) {
                String statement = XPathQueries.items(NODE_TYPE, XPathQueries.and("@subjects = " + XPathQueries.literal(subject), predicate),
                        List.of(DATE, IDENTIFIER), "@date descending");
                for (RowIterator rows = XPathQueries.rowIterator(news, statement, size); rows.hasNext(); ) {
                    Row row = rows.nextRow();
                    Shared pooled = pool.get(identifier(row));
                    if (pooled != null) {
                        pooled.subjects().add(subject);
                    }
                    Optional<Instant> date = Items.instant(row.getValue(DATE));
                    if (oldest != null && date.isPresent() && date.get().isBefore(oldest)) {
                        break; // older than every pooled item
                    }
                }
            }
        }
        return new ArrayList<>(pool.values());
    }

    /** A row's item identifier: its {@code jcr:uuid} column (every {@code mgnl:content} is referenceable), else its node's. */
    private static String identifier(Row row) throws RepositoryException {
        Value identifier = row.getValue(IDENTIFIER);
        return identifier != null ? identifier.getString() : row.getNode().getIdentifier();
    }

    /** A pooled item: its identifier, the article's subjects it has, and its date (null: none). */
    private record Shared(String id, Set<String> subjects, Instant date) {
    }

    /**
     * Whether the newest items could not change a ranking of the window alone: it is full, and its last entry is a pin
     * or scores above anything dated at {@code edge} or later could (sharing every subject of the article). Ranking
     * takes candidates in score order, so lower scores ranked after the last chosen one cannot displace any of them.
     * The margin covers the order in which the weights are summed.
     */
    private static boolean newestCannotRank(RelatedNewsRanking ranking, List<RelatedNewsRanking.Ranked> ranked, Candidate article,
                                            Instant edge, Instant anchor, int count) {
        if (ranked.size() < count) {
            return false;
        }
        RelatedNewsRanking.Ranked last = ranked.get(ranked.size() - 1);
        double best = ranking.score(article, new Candidate("", null, article.subjects(), edge), anchor);
        return last.pinned() || last.score() > best * (1 + 1e-9);
    }

    /**
     * Adds the pool's items not seen yet as candidates (a pin may be one too: ranking leaves it out once chosen). A
     * candidate's node is read only when ranking reads its headline.
     */
    private void add(List<Shared> pool, Set<String> seen, List<Candidate> candidates, Map<String, Node> nodes) {
        for (Shared shared : pool) {
            if (seen.add(shared.id())) {
                candidates.add(Candidate.lazy(shared.id(), shared.subjects(), shared.date(), () -> pooledHeadline(shared.id(), nodes)));
            }
        }
    }

    /** A pooled item's headline, its node kept for the list; empty when it is gone since its row was read. */
    private Optional<String> pooledHeadline(String id, Map<String, Node> nodes) {
        try {
            Node node = nodes.get(id);
            if (node == null) {
                Optional<Node> read = Items.byId(news, id);
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                node = read.get();
                nodes.put(id, node);
            }
            return Optional.of(headline(node));
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read related news " + id + ": " + e.getMessage(), e);
        }
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

    private static String name(Node node) {
        try {
            return node.getName();
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read a node's name: " + e.getMessage(), e);
        }
    }

    private String headline(Node node) throws RepositoryException {
        return Items.text(node, "title", language, defaultLanguage, languages).orElseGet(() -> name(node));
    }

    private Candidate candidate(Node node) throws RepositoryException {
        return new Candidate(node.getIdentifier(), headline(node), new HashSet<>(Items.strings(node, "subjects")),
                Items.date(node, DATE).orElse(null));
    }
}
