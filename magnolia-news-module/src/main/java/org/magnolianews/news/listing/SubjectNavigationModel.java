package org.magnolianews.news.listing;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.rendering.ItemCounts;
import org.magnolianews.news.rendering.PageItem;
import org.magnolianews.news.rendering.PageLanguage;

/**
 * Model of the subject navigation: the published subject tree (subjects are stored flat and name
 * their parent) with the number of published news items carrying each subject, in the page
 * language's alphabetical order. Subjects whose parent is not published hang at the top. Counts come
 * from the {@link ItemCounts} component (the host remembers them until the next publish).
 *
 * @param <RD> the component's definition
 */
public class SubjectNavigationModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {

    /** A subject, how many published items carry it, and its children. */
    /**
     * A subject, how many published items carry it, and its children. Templates call the accessors
     * ({@code entry.label()}): FreeMarker 2.3.32, Magnolia 6.2's, sees no bean properties in a record.
     */
    public record Entry(Node subject, String label, long count, boolean current, List<Entry> children) {
    }

    private final I18nContentSupport i18n;
    private final ItemCounts counts;
    private PageLanguage language;
    private List<Entry> entries;

    @Inject
    public SubjectNavigationModel(Node content, RD definition, RenderingModel<?> parent, I18nContentSupport i18n,
                                  ItemCounts counts) {
        super(content, definition, parent);
        this.i18n = i18n;
        this.counts = counts;
    }

    public List<Entry> getEntries() throws RepositoryException {
        if (entries == null) {
            entries = build();
        }
        return entries;
    }

    private List<Entry> build() throws RepositoryException {
        AggregationState state = MgnlContext.getAggregationState();
        language = PageLanguage.of(state, i18n);
        Session subjects = MgnlContext.getJCRSession("subjects");
        Session news = MgnlContext.getJCRSession("news");
        Optional<Node> item = PageItem.of(state);
        Optional<String> current = item.isPresent() ? Optional.of(item.get().getIdentifier()) : Optional.empty();
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node subject : XPathQueries.nodes(subjects, XPathQueries.items("news:subject", null, null), 0, 0)) {
            byId.put(subject.getIdentifier(), subject);
        }
        Map<String, List<Node>> childrenOf = new LinkedHashMap<>();
        for (Node subject : byId.values()) {
            String parent = Items.single(subject, "parent").filter(byId::containsKey).orElse("");
            childrenOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(subject);
        }
        return entries("", childrenOf, news, current);
    }

    private List<Entry> entries(String parent, Map<String, List<Node>> childrenOf, Session news, Optional<String> current)
            throws RepositoryException {
        List<Entry> list = new ArrayList<>();
        for (Node subject : childrenOf.getOrDefault(parent, List.of())) {
            String id = subject.getIdentifier();
            long count = counts.count(news, XPathQueries.items("news:article", XPathQueries.and(
                    "@subjects = " + XPathQueries.literal(id), XPathQueries.inLanguage(language.language(), language.defaultLanguage())), null));
            String label = Items.text(subject, "name", language.language(), language.defaultLanguage(), language.languages())
                    .orElse(subject.getName());
            list.add(new Entry(subject, label, count, current.map(id::equals).orElse(false),
                    entries(id, childrenOf, news, current)));
        }
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag(language.language()));
        list.sort(Comparator.comparing(Entry::label, collator));
        return list;
    }
}
