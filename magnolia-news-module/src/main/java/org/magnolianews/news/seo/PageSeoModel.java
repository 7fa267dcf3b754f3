package org.magnolianews.news.seo;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.model.RenderingModelImpl;
import info.magnolia.rendering.template.RenderableDefinition;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.PageItem;
import org.magnolianews.news.rendering.PageLanguage;
import org.magnolianews.news.rendering.SiteClock;
import org.magnolianews.news.rendering.SiteUrls;

/**
 * Model of the page templates: the site's name (the home page's title), this year for the footer, and the
 * JSON-LD of the page's item ({@link PageItem}), ready for a {@code <script type="application/ld+json">} block.
 *
 * @param <RD> the page's definition
 */
public class PageSeoModel<RD extends RenderableDefinition> extends RenderingModelImpl<RD> {

    private static final String HOME = "/home";

    private final I18nContentSupport i18n;
    private final SiteClock clock;

    @Inject
    public PageSeoModel(Node content, RD definition, RenderingModel<?> parent, I18nContentSupport i18n, SiteClock clock) {
        super(content, definition, parent);
        this.i18n = i18n;
        this.clock = clock;
    }

    /** This year in the site's time zone, for the footer's copyright line (never a year written into a template). */
    public int getYear() {
        return java.time.LocalDate.now(clock.clock().withZone(SiteClock.SITE_ZONE)).getYear();
    }

    public String getSiteName() throws RepositoryException {
        PageLanguage language = PageLanguage.of(MgnlContext.getAggregationState(), i18n);
        Session website = MgnlContext.getJCRSession("website");
        if (website.nodeExists("/home")) {
            return Items.text(website.getNode("/home"), "title", language.language(), language.defaultLanguage(),
                    language.languages()).orElse("News");
        }
        return "News";
    }

    /** JSON-LD of the item, or null when the page shows none (FreeMarker tests it with {@code ??}). */
    public String getJsonLd() throws RepositoryException {
        AggregationState state = MgnlContext.getAggregationState();
        Optional<Node> item = PageItem.of(state);
        StructuredData data = new StructuredData(PageLanguage.of(state, i18n), MgnlContext.getJCRSession("subjects"),
                SiteUrls.of(state, MgnlContext.getContextPath(), MgnlContext.getJCRSession("dam")),
                clock.clock().withZone(SiteClock.SITE_ZONE));
        if (item.isEmpty()) {
            // the home page describes the site and its search, once the site has a search page
            Session website = MgnlContext.getJCRSession("website");
            boolean home = state.getMainContentNode() != null && state.getMainContentNode().getPath().equals(HOME);
            return home && website.nodeExists(HOME + "/search") ? JsonWriter.write(data.webSite(getSiteName())) : null;
        }
        return data.describe(item.get(), getSiteName()).map(JsonWriter::write).orElse(null);
    }
}
