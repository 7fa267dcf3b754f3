package org.magnolianews.news.search;

import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.Paging;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.rendering.PageLanguage;

/**
 * Model of the site's search results: published news in the page's language matching every word of the
 * {@code q} request parameter, best match first ({@code jcr:score}), {@code pageSize} a page (default 10) with the
 * {@code page} parameter. Words are matched in the page language's title, lead and body with that language's
 * stemming (see {@link FullText}). A page number that is no page of the results is a 404, as in the news list.
 *
 * @param <RD> the component's definition
 */
public class SearchResultsModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {

    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_WORDS = 8;
    static final int MAX_PAGE = 100;
    static final int EXCERPT_LENGTH = 240;
    /** What is searched, besides every property as typed: the item's text in the page's language. */
    static final List<String> SEARCHED = List.of("title", "lead", "body");

    private final I18nContentSupport i18n;
    private List<Node> fetched;

    @Inject
    public SearchResultsModel(Node content, RD definition, RenderingModel<?> parent, I18nContentSupport i18n) {
        super(content, definition, parent);
        this.i18n = i18n;
    }

    @Override
    public String execute() {
        try {
            if (Paging.requestedIsNoPage(MAX_PAGE) || getPage() > 1 && getHits().isEmpty()) {
                Paging.answerNotFound();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot search: " + e.getMessage(), e);
        }
        return super.execute();
    }

    /** What the reader typed, as typed (for the search box and the no-results sentence). */
    public String getQuery() {
        String q = MgnlContext.getParameter("q");
        return q == null ? "" : q.strip();
    }

    /** Whether there is anything to search for (letters or digits typed). */
    public boolean isSearched() {
        return !words().isEmpty();
    }

    public int getPage() {
        return Paging.requested(MAX_PAGE);
    }

    public int getPageSize() throws RepositoryException {
        return Paging.pageSize(content, DEFAULT_PAGE_SIZE, 50);
    }

    /** How many items match in all. */
    public long getTotal() throws RepositoryException {
        return isSearched() ? XPathQueries.count(MgnlContext.getJCRSession("news"), statement(false)) : 0;
    }

    public List<SearchHit> getHits() throws RepositoryException {
        List<Node> all = fetch();
        PageLanguage language = language();
        List<SearchHit> hits = new ArrayList<>();
        for (Node item : all.subList(0, Math.min(all.size(), getPageSize()))) {
            String text = Items.single(item, Items.localName("lead", language.language(), language.defaultLanguage()))
                    .or(() -> single(item, Items.localName("body", language.language(), language.defaultLanguage())))
                    .orElse("");
            hits.add(new SearchHit(item, Excerpts.of(text, words(), EXCERPT_LENGTH)));
        }
        return hits;
    }

    public boolean isHasOlder() throws RepositoryException {
        return fetch().size() > getPageSize() && getPage() < MAX_PAGE;
    }

    public boolean isHasNewer() {
        return getPage() > 1;
    }

    private List<Node> fetch() throws RepositoryException {
        if (fetched == null) {
            int size = getPageSize();
            fetched = isSearched()
                    ? XPathQueries.nodes(MgnlContext.getJCRSession("news"), statement(true), (long) (getPage() - 1) * size, size + 1)
                    : List.of();
        }
        return fetched;
    }

    private String statement(boolean ordered) {
        PageLanguage language = language();
        List<String> properties = SEARCHED.stream()
                .map(p -> Items.localName(p, language.language(), language.defaultLanguage())).toList();
        String predicate = XPathQueries.and(XPathQueries.inLanguage(language.language(), language.defaultLanguage()),
                FullText.predicate(words(), properties));
        return XPathQueries.items("news:article", predicate, ordered ? "@jcr:score descending, @date descending" : null);
    }

    private List<String> words() {
        return FullText.words(getQuery(), MAX_WORDS);
    }

    private PageLanguage language() {
        return PageLanguage.of(MgnlContext.getAggregationState(), i18n);
    }

    private static java.util.Optional<String> single(Node node, String property) {
        try {
            return Items.single(node, property);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

}
