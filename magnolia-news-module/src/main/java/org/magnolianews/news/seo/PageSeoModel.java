package org.magnolianews.news.seo;

import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.news.jcr.Items;
import org.magnolianews.news.rendering.ModelContext;

/**
 * Model of the page templates: the site's name (the home page's title) and the JSON-LD of the
 * page's item, ready for a {@code <script type="application/ld+json">} block.
 */
public final class PageSeoModel {

    private final ModelContext context;

    public PageSeoModel(ModelContext context) {
        this.context = context;
    }

    public String getSiteName() throws RepositoryException {
        javax.jcr.Session website = context.sessions().session("website");
        if (website.nodeExists("/home")) {
            return Items.text(website.getNode("/home"), "title", context.language(), context.defaultLanguage(),
                    context.languages()).orElse("News");
        }
        return "News";
    }

    /** JSON-LD of the item, or null when the page shows none (FreeMarker tests it with {@code ??}). */
    public String getJsonLd() throws RepositoryException {
        Optional<Node> item = context.mainItem();
        if (item.isEmpty()) {
            return null;
        }
        return new StructuredData(context).describe(item.get(), getSiteName()).map(JsonWriter::write).orElse(null);
    }
}
