package org.magnolianews.news.publication;

import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.context.WebContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.jcr.XPathQueries;
import org.magnolianews.news.rendering.PageLanguage;
import org.magnolianews.news.rendering.ReaderCountry;
import org.magnolianews.news.rendering.SiteClock;

/**
 * Model of the publications section's list: every published publication that exists in the page's language,
 * newest first (first release date, then creation date, as {@link PromoChoice} judges "newest"), each with its
 * release status for the reader's country today ({@link ReleaseStatus}).
 *
 * @param <RD> the component's definition
 */
public class PublicationListModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {

    /** A section page lists what a reader can take in; a catalogue of hundreds would want paging. */
    static final int MAX_ITEMS = 100;

    private final I18nContentSupport i18n;
    private final SiteClock clock;

    @Inject
    public PublicationListModel(Node content, RD definition, RenderingModel<?> parent, I18nContentSupport i18n, SiteClock clock) {
        super(content, definition, parent);
        this.i18n = i18n;
        this.clock = clock;
    }

    public List<PublicationEntry> getEntries() throws RepositoryException {
        WebContext web = MgnlContext.getWebContext();
        PageLanguage language = PageLanguage.of(web.getAggregationState(), i18n);
        List<Node> nodes = XPathQueries.nodes(MgnlContext.getJCRSession("publications"),
                XPathQueries.items(PromoChoice.NODE_TYPE, XPathQueries.inLanguage(language.language(), language.defaultLanguage()), null),
                0, MAX_ITEMS);
        Clock now = clock.clock();
        Optional<String> country = ReaderCountry.of(web.getRequest(), language.language());
        List<PublicationEntry> entries = new ArrayList<>();
        for (Node node : nodes) {
            Instant newest = PromoChoice.firstRelease(node).or(() -> created(node)).orElse(Instant.EPOCH);
            entries.add(new PublicationEntry(node, newest,
                    ReleaseStatus.describe(BookPromoModel.releases(node, now.getZone()), LocalDate.now(now), country)));
        }
        entries.sort(Comparator.comparing(PublicationEntry::newest).reversed().thenComparing(PublicationEntry::path));
        return entries;
    }

    private static Optional<Instant> created(Node node) {
        try {
            return Items.date(node, "mgnl:created");
        } catch (RepositoryException e) {
            return Optional.empty();
        }
    }

    /** One publication of the list and how it can be had today. */
    public static final class PublicationEntry {
        private final Node publication;
        private final Instant newest;
        private final List<ReleaseLine> releases;

        PublicationEntry(Node publication, Instant newest, List<ReleaseLine> releases) {
            this.publication = publication;
            this.newest = newest;
            this.releases = List.copyOf(releases);
        }

        public Node getPublication() {
            return publication;
        }

        public List<ReleaseLine> getReleases() {
            return releases;
        }

        Instant newest() {
            return newest;
        }

        String path() {
            try {
                return publication.getPath();
            } catch (RepositoryException e) {
                return "";
            }
        }
    }
}
