package org.magnolianews.news.listing;

import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.rendering.ModelContext;

/**
 * Model of the latest-news list: published news newest first, {@code pageSize} per page (1–50,
 * default 10), page number from the {@code page} request parameter. Limited to one subject when the
 * component names one or the page shows a subject. Only items that exist in the page's language are
 * listed (a Russian-only story is not in the English list). One item more than a page is fetched to know
 * whether an older page exists, so no count of all matches is needed.
 */
public final class LatestNewsModel {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 50;
    /** Deep pages cost the index a long skip and nobody reads them; the archive stops here. */
    static final int MAX_PAGE = 500;

    private final ModelContext context;
    private List<Node> fetched;

    public LatestNewsModel(ModelContext context) {
        this.context = context;
    }

    public int getPage() {
        try {
            int page = Integer.parseInt(context.parameter("page").orElse("1").trim());
            return Math.max(1, Math.min(MAX_PAGE, page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPageSize() throws RepositoryException {
        try {
            int size = Integer.parseInt(Items.single(context.content(), "pageSize").orElse("" + DEFAULT_PAGE_SIZE).trim());
            return Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        } catch (NumberFormatException e) {
            return DEFAULT_PAGE_SIZE;
        }
    }

    public List<Node> getItems() throws RepositoryException {
        List<Node> all = fetch();
        return all.subList(0, Math.min(all.size(), getPageSize()));
    }

    public boolean isHasOlder() throws RepositoryException {
        return fetch().size() > getPageSize() && getPage() < MAX_PAGE;
    }

    public boolean isHasNewer() {
        return getPage() > 1;
    }

    /** The subject the list is limited to, if any. */
    public Optional<String> subject() throws RepositoryException {
        Optional<String> chosen = Items.single(context.content(), "subject");
        if (chosen.isPresent()) {
            return chosen;
        }
        Optional<Node> item = context.mainItem();
        if (item.isPresent() && item.get().isNodeType("news:subject")) {
            return Optional.of(item.get().getIdentifier());
        }
        return Optional.empty();
    }

    private List<Node> fetch() throws RepositoryException {
        if (fetched == null) {
            String predicate = XPathQueries.and(subject().map(s -> "@subjects = " + XPathQueries.literal(s)).orElse(null),
                    XPathQueries.inLanguage(context.language(), context.defaultLanguage()));
            int size = getPageSize();
            fetched = XPathQueries.nodes(context.sessions().session("news"),
                    XPathQueries.items("news:article", predicate, "@date descending"),
                    (long) (getPage() - 1) * size, size + 1);
        }
        return fetched;
    }
}
