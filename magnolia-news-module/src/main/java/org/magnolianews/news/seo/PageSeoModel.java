package org.magnolianews.news.seo;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.MgnlContext;
import info.magnolia.rendering.model.RenderingModel;
import info.magnolia.rendering.template.RenderableDefinition;
import java.util.Optional;
import javax.inject.Inject;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.PageItem;
import org.magnolianews.news.rendering.PageItemModel;
import org.magnolianews.news.rendering.Paging;
import org.magnolianews.news.rendering.PageLanguage;
import org.magnolianews.news.rendering.SiteClock;
import org.magnolianews.news.rendering.SiteUrls;

/**
 * Model of the page templates: the site's name (the home page's title), this year for the footer, and the
 * JSON-LD of the page's item ({@link PageItem}), ready for a {@code <script type="application/ld+json">} block.
 *
 * @param <RD> the page's definition
 */
public class PageSeoModel<RD extends RenderableDefinition> extends PageItemModel<RD> {

    private static final String HOME = "/home";

    private final I18nContentSupport i18n;
    /** Scheme and authority of a URL; the rest of the reader's URL may hold anything the reader typed. */
    private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+");

    private final SiteClock clock;

    @Inject
    public PageSeoModel(Node content, RD definition, RenderingModel<?> parent, I18nContentSupport i18n, SiteClock clock) {
        super(content, definition, parent);
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * A detail page without its item (no or an unknown {@code item} parameter) answers 404, as the item's own URL
     * would if the item did not exist: never an empty article.
     */
    @Override
    public String execute() {
        try {
            if (PageItem.isDetailPage(MgnlContext.getAggregationState()) && item().isEmpty()) {
                Paging.answerNotFound();
                return RenderingModel.SKIP_RENDERING;
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot tell whether the page's item exists", e);
        }
        return super.execute();
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

    /**
     * {@code path} (a link as {@code cmsfn.link} makes it) as an absolute URL on the scheme and host the reader
     * used: for canonical links, hreflang alternates and OpenGraph, which must be absolute.
     */
    public String absoluteUrl(String path) {
        if (path == null || !path.startsWith("/")) {
            return path;
        }
        java.util.regex.Matcher origin = ORIGIN.matcher(MgnlContext.getAggregationState().getOriginalURL());
        return origin.find() ? origin.group() + path : path;
    }

    /**
     * The meta description: the item's lead, else the text of its rich-text description; on a page without an
     * item, the page's own description. Plain text, not yet shortened (the template abbreviates it).
     */
    public String getDescription() throws RepositoryException {
        PageLanguage language = PageLanguage.of(MgnlContext.getAggregationState(), i18n);
        Optional<Node> item = item();
        if (item.isEmpty()) {
            return text(content, "description", language).orElse("");
        }
        return text(item.get(), "lead", language)
                .orElseGet(() -> PlainText.of(text(item.get(), "description", language).orElse("")));
    }

    private static Optional<String> text(Node node, String property, PageLanguage language) {
        try {
            return Items.text(node, property, language.language(), language.defaultLanguage(), language.languages())
                    .filter(value -> !value.isBlank());
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read " + property, e);
        }
    }

    /** JSON-LD of the item, or null when the page shows none (FreeMarker tests it with {@code ??}). */
    public String getJsonLd() throws RepositoryException {
        AggregationState state = MgnlContext.getAggregationState();
        Optional<Node> item = item();
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
