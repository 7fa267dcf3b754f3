package org.magnolianews.news.listing;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.Paging;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.rendering.PageItem;
import org.magnolianews.news.rendering.PageLanguage;

/**
 * Model of the latest-news list: published news newest first, {@code pageSize} per page (1–50,
 * default 10), page number from the {@code page} request parameter. Limited to one subject when the
 * component names one or the page shows a subject. Only items that exist in the page's language are
 * listed (a Russian-only story is not in the English list). One item more than a page is fetched to know
 * whether an older page exists, so no count of all matches is needed.
 *
 * @param <RD> the component's definition
 */
public class LatestNewsModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 50;
    /** Deep pages cost the index a long skip and nobody reads them; the archive stops here. */
    static final int MAX_PAGE = 500;

    private final I18nContentSupport i18n;
    private List<Node> fetched;

    @Inject
    public LatestNewsModel(Node content, RD definition, RenderingModel<?> parent, I18nContentSupport i18n) {
        super(content, definition, parent);
        this.i18n = i18n;
    }

    /**
     * A page number that is no page of this list (not a whole number, below 1, past the archive, or past the last
     * page) is answered 404 through the web context's response, as a Magnolia model answers it: an empty
     * "page 999" with a self canonical would tell search engines the page exists (a soft 404).
     */
    @Override
    public String execute() {
        try {
            if (Paging.requestedIsNoPage(MAX_PAGE) || getPage() > 1 && getItems().isEmpty()) {
                Paging.answerNotFound();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot list the latest news: " + e.getMessage(), e);
        }
        return super.execute();
    }

    public int getPage() {
        return Paging.requested(MAX_PAGE);
    }

    public int getPageSize() throws RepositoryException {
        return Paging.pageSize(content, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
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
        Optional<String> chosen = Items.single(content, "subject");
        if (chosen.isPresent()) {
            return chosen;
        }
        Optional<Node> item = PageItem.of(MgnlContext.getAggregationState());
        if (item.isPresent() && item.get().isNodeType("news:subject")) {
            return Optional.of(item.get().getIdentifier());
        }
        return Optional.empty();
    }

    private List<Node> fetch() throws RepositoryException {
        if (fetched == null) {
            AggregationState state = MgnlContext.getAggregationState();
            PageLanguage language = PageLanguage.of(state, i18n);
            String predicate = XPathQueries.and(subject().map(s -> "@subjects = " + XPathQueries.literal(s)).orElse(null),
                    XPathQueries.inLanguage(language.language(), language.defaultLanguage()));
            int size = getPageSize();
            fetched = XPathQueries.nodes(MgnlContext.getJCRSession("news"),
                    XPathQueries.items("news:article", predicate, "@date descending"),
                    (long) (getPage() - 1) * size, size + 1);
        }
        return fetched;
    }
}
