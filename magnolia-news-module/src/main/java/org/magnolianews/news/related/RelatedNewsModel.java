package org.magnolianews.news.related;

import java.time.Instant;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.ModelContext;

/**
 * Model of the "News by subject" component: related news of the page's item, ranked by
 * {@link RelatedNewsFinder}. The count comes from the component ({@code count}, 1–20, default 5).
 */
public final class RelatedNewsModel {

    static final int DEFAULT_COUNT = 5;
    static final int MAX_COUNT = 20;

    private final ModelContext context;
    private List<Node> items;

    public RelatedNewsModel(ModelContext context) {
        this.context = context;
    }

    public List<Node> getItems() throws RepositoryException {
        if (items == null) {
            items = context.mainItem().isEmpty() ? List.of() : find(context.mainItem().get());
        }
        return items;
    }

    private List<Node> find(Node item) throws RepositoryException {
        Instant anchor = Items.date(item, "date").orElse(context.clock().instant());
        RelatedNewsFinder finder = new RelatedNewsFinder(context.sessions().session("news"),
                xpath -> context.counts().count("news", xpath), context.language(),
                context.defaultLanguage(), context.languages(), RelatedNewsRanking.DEFAULT_HALF_LIFE);
        return finder.find(item, anchor, count(context.content()));
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
