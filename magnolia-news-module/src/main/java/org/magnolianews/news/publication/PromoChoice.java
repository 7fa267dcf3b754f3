package org.magnolianews.news.publication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * Which publication a promo shows: the one the editor chose, while it is published; otherwise the
 * newest publication sharing a subject with the page's item; otherwise the newest of all. "Newest"
 * is the first release date (when the book first came out anywhere), then the creation date.
 */
public final class PromoChoice {

    public static final String NODE_TYPE = "news:publication";

    /**
     * The lists are read whole and the choice does not depend on their order; they are ordered by a date, newest
     * first, because such a list is what a host can answer from an index kept for lists (an unordered one would go
     * to the repository's full-text index on every page).
     */
    static final String BY_CREATION = "@mgnl:created descending";

    private final Session publications;

    public PromoChoice(Session publications) {
        this.publications = publications;
    }

    public Optional<Node> choose(Optional<String> chosenId, List<String> subjects) throws RepositoryException {
        if (chosenId.isPresent()) {
            Optional<Node> chosen = Items.byId(publications, chosenId.get());
            if (chosen.isPresent() && chosen.get().isNodeType(NODE_TYPE)) {
                return chosen;
            }
        }
        if (!subjects.isEmpty()) {
            Optional<Node> matching = newest(XPathQueries.items(NODE_TYPE, XPathQueries.anyOf("subjects", subjects), BY_CREATION));
            if (matching.isPresent()) {
                return matching;
            }
        }
        return newest(XPathQueries.items(NODE_TYPE, null, BY_CREATION));
    }

    private Optional<Node> newest(String xpath) throws RepositoryException {
        List<Node> nodes = XPathQueries.nodes(publications, xpath, 0, 0);
        Node best = null;
        Instant bestDate = null;
        for (Node node : nodes) {
            Instant date = firstRelease(node).or(() -> created(node)).orElse(Instant.EPOCH);
            if (best == null || date.isAfter(bestDate) || (date.equals(bestDate) && node.getPath().compareTo(best.getPath()) < 0)) {
                best = node;
                bestDate = date;
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<Instant> firstRelease(Node publication) throws RepositoryException {
        Optional<Instant> first = Optional.empty();
        for (Node release : Items.children(publication, "releases")) {
            Optional<Instant> date = Items.date(release, "date");
            if (date.isPresent() && (first.isEmpty() || date.get().isBefore(first.get()))) {
                first = date;
            }
        }
        return first;
    }

    private static Optional<Instant> created(Node node) {
        try {
            return Items.date(node, "mgnl:created");
        } catch (RepositoryException e) {
            return Optional.empty();
        }
    }

}
