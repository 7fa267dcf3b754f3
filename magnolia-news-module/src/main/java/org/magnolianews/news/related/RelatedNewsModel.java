package org.magnolianews.news.related;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.ItemCounts;
import org.magnolianews.news.rendering.PageItem;
import org.magnolianews.news.rendering.PageLanguage;
import org.magnolianews.news.rendering.SiteClock;

/**
 * Model of the "News by subject" component: related news of the page's item ({@link PageItem}), ranked by
 * {@link RelatedNewsFinder} over the published news ({@code MgnlContext.getJCRSession("news")}). The count
 * comes from the component ({@code count}, 1–20, default 5).
 *
 * @param <RD> the component's definition
 */
public class RelatedNewsModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {

    static final int DEFAULT_COUNT = 5;
    static final int MAX_COUNT = 20;
    /** Subject weights need counts only roughly: two significant digits (see {@link ItemCounts#count(Session, String, int)}). */
    static final int WEIGHT_DIGITS = 2;

    private final I18nContentSupport i18n;
    private final SiteClock clock;
    private final ItemCounts counts;
    private List<Node> items;

    @Inject
    public RelatedNewsModel(Node content, RD definition, RenderingModel<?> parent, I18nContentSupport i18n,
                            SiteClock clock, ItemCounts counts) {
        super(content, definition, parent);
        this.i18n = i18n;
        this.clock = clock;
        this.counts = counts;
    }

    public List<Node> getItems() throws RepositoryException {
        if (items == null) {
            AggregationState state = MgnlContext.getAggregationState();
            Optional<Node> item = PageItem.of(state);
            items = item.isEmpty() ? List.of() : find(item.get(), PageLanguage.of(state, i18n));
        }
        return items;
    }

    private List<Node> find(Node item, PageLanguage language) throws RepositoryException {
        Instant anchor = Items.date(item, "date").orElse(clock.clock().instant());
        Session news = MgnlContext.getJCRSession("news");
        RelatedNewsFinder finder = new RelatedNewsFinder(news, xpath -> counts.count(news, xpath, WEIGHT_DIGITS), language.language(),
                language.defaultLanguage(), language.languages(), RelatedNewsRanking.DEFAULT_HALF_LIFE);
        return finder.find(item, anchor, count(content));
    }

    static int count(Node component) throws RepositoryException {
        try {
            int count = Integer.parseInt(Items.single(component, "count").orElse(String.valueOf(DEFAULT_COUNT)).trim());
            return Math.max(1, Math.min(MAX_COUNT, count));
        } catch (NumberFormatException e) {
            return DEFAULT_COUNT;
        }
    }
}
