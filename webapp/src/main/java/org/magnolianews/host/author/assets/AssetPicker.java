package org.magnolianews.host.author.assets;

import java.util.List;
import java.util.Optional;
import org.magnolianews.host.author.apps.ListQuery;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.http.Json;

/**
 * {@code GET /assets/pick?q=…}: the asset picker's search (issue 10). An asset field of a form lists the
 * newest assets, or those matching the search, with a thumbnail each; choosing one sets the field to the
 * asset's {@code jcr:<uuid>} key ({@code admin.js}, the asset picker).
 */
public final class AssetPicker {

    private static final int LIMIT = 24;

    /** One choice: the key the field stores, the title, and a thumbnail URL. */
    record Choice(String key, String title, String fileName, String thumbnail) {
    }

    private final AssetSearch search;

    AssetPicker(AssetSearch search) {
        this.search = search;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.ASSET_PICKER, this::pick);
    }

    private void pick(Exchange x) throws Exception {
        String query = x.param("q").orElse("");
        if (query.length() > 100) {
            throw AuthorProblem.badRequest(x.t("error.range", "q", 0, 100));
        }
        List<Choice> choices = search.find(Optional.of(ListQuery.searchTerms(query)), 0, LIMIT).stream()
                .map(row -> new Choice(row.key(), row.title(), row.fileName(), thumbnail(row.id()))).toList();
        x.response().setHeader("Cache-Control", "no-store");
        Json.write(x.response(), 200, choices);
    }

    static String thumbnail(String id) {
        return Exchange.BASE + "/asset?id=" + id + "&width=240";
    }
}
