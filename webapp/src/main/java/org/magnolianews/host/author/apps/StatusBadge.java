package org.magnolianews.host.author.apps;

import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.author.web.Html;

/** Magnolia's activation status indicator: a green, yellow or red dot with its word. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static String of(Exchange x, String status) {
        return "<span class=\"status status-" + Html.esc(status) + "\" data-status=\"" + Html.esc(status) + "\">"
                + Html.esc(x.t("status." + status)) + "</span>";
    }
}
