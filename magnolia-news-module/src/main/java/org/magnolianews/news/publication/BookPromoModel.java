package org.magnolianews.news.publication;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.context.WebContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.PageItem;
import org.magnolianews.news.rendering.PageLanguage;
import org.magnolianews.news.rendering.ReaderCountry;
import org.magnolianews.news.rendering.SiteClock;
import org.magnolianews.news.seo.PlainText;

/**
 * Model of the book promo: the publication {@link PromoChoice} picks for this page, and its release
 * status for the reader's country ({@link ReaderCountry}, from the request) as of the module's
 * {@link SiteClock}. On a publication page ({@link PageItem}) the promo shows the page's own publication.
 *
 * @param <RD> the component's definition
 */
public class BookPromoModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {

    private final I18nContentSupport i18n;
    private final SiteClock clock;
    private Optional<Node> publication;

    @Inject
    public BookPromoModel(Node content, RD definition, RenderingModel<?> parent, I18nContentSupport i18n, SiteClock clock) {
        super(content, definition, parent);
        this.i18n = i18n;
        this.clock = clock;
    }

    public Node getPublication() throws RepositoryException {
        return publication().orElse(null);
    }

    /** Whether the promo shows the page's own publication (the publication page's main entry). */
    public boolean isPageItem() throws RepositoryException {
        Optional<Node> item = PageItem.of(MgnlContext.getAggregationState());
        Optional<Node> chosen = publication();
        return item.isPresent() && chosen.isPresent() && item.get().getIdentifier().equals(chosen.get().getIdentifier());
    }

    /** Characters of the description the teaser is cut from (the template abbreviates it to 180). */
    static final int TEASER_SOURCE = 400;

    /**
     * The publication's description as plain text, for the teaser: its first {@value #TEASER_SOURCE} characters (the
     * template abbreviates it to 180), read from as little of the description (a whole body) as gives them.
     */
    public String getPlainDescription() throws RepositoryException {
        Optional<Node> chosen = publication();
        if (chosen.isEmpty()) {
            return "";
        }
        PageLanguage language = PageLanguage.of(MgnlContext.getAggregationState(), i18n);
        return PlainText.prefix(Items.text(chosen.get(), "description", language.language(), language.defaultLanguage(),
                language.languages()).orElse(""), TEASER_SOURCE);
    }

    public List<ReleaseLine> getReleases() throws RepositoryException {
        Optional<Node> chosen = publication();
        if (chosen.isEmpty()) {
            return List.of();
        }
        Clock now = clock.clock();
        WebContext web = MgnlContext.getWebContext();
        String language = PageLanguage.of(web.getAggregationState(), i18n).language();
        return ReleaseStatus.describe(releases(chosen.get(), now.getZone()), LocalDate.now(now),
                ReaderCountry.of(web.getRequest(), language));
    }

    private Optional<Node> publication() throws RepositoryException {
        if (publication == null) {
            AggregationState state = MgnlContext.getAggregationState();
            Optional<Node> item = PageItem.of(state);
            if (item.isPresent() && item.get().isNodeType(PromoChoice.NODE_TYPE)) {
                publication = item;
            } else {
                List<String> subjects = new ArrayList<>();
                if (item.isPresent()) {
                    subjects.addAll(item.get().isNodeType("news:subject")
                            ? List.of(item.get().getIdentifier()) : Items.strings(item.get(), "subjects"));
                }
                publication = new PromoChoice(MgnlContext.getJCRSession("publications"))
                        .choose(Items.single(content, "publication"), subjects);
            }
        }
        return publication;
    }

    static List<Release> releases(Node publication, ZoneId zone) throws RepositoryException {
        return Releases.of(publication, zone);
    }
}
