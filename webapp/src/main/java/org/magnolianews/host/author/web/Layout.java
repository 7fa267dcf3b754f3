package org.magnolianews.host.author.web;

import java.util.List;
import org.magnolianews.host.security.Permission;

/** The frame around every author page: the app bar with the launcher, the apps, the language and the user. */
public final class Layout {

    /** An entry of the app bar: where it goes, its label message key, who sees it. */
    public record NavEntry(String href, String labelKey, String fallbackLabel, Permission permission) {
    }

    private final List<NavEntry> entries;

    public Layout(List<NavEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<NavEntry> entries() {
        return entries;
    }

    public String render(Exchange x, String title, String body) {
        StringBuilder html = new StringBuilder(4096 + body.length());
        html.append("<!DOCTYPE html><html lang=\"").append(x.lang()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(Html.esc(title)).append(" · Magnolia News</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(Exchange.BASE).append("/static/admin.css\">")
                .append("<script src=\"").append(Exchange.BASE).append("/static/admin.js\" defer></script>")
                .append("</head><body>");
        html.append("<header class=\"appbar\"><a class=\"brand\" href=\"").append(Exchange.BASE).append("/\">Magnolia News</a>");
        if (x.session().isPresent()) {
            html.append("<nav>");
            for (NavEntry entry : entries) {
                if (x.may(entry.permission())) {
                    html.append("<a href=\"").append(Exchange.BASE).append(entry.href()).append("\">")
                            .append(Html.esc(x.messages().getOr(x.lang(), entry.labelKey(), entry.fallbackLabel()))).append("</a>");
                }
            }
            html.append("</nav>");
        }
        html.append("<div class=\"right\">");
        for (String lang : UiMessages.LANGUAGES) {
            html.append("<a class=\"lang").append(lang.equals(x.lang()) ? " current" : "").append("\" href=\"")
                    .append(Exchange.BASE).append("/language?lang=").append(lang).append("\">").append(lang.toUpperCase()).append("</a>");
        }
        x.session().ifPresent(s -> html.append("<span class=\"user\" id=\"current-user\">").append(Html.esc(s.user().name()))
                .append(" (").append(Html.esc(x.t("role." + s.user().role().id()))).append(")</span>")
                .append("<form method=\"post\" action=\"").append(Exchange.BASE).append("/logout\" class=\"inline\">")
                .append(x.csrfField()).append("<button id=\"logout\">").append(Html.esc(x.t("logout"))).append("</button></form>"));
        html.append("</div></header><main>");
        x.param("done").ifPresent(done -> html.append("<p class=\"notice\" id=\"notice\">")
                .append(Html.esc(x.t("done." + done))).append("</p>"));
        html.append(body).append("</main>");
        if (x.session().isPresent()) {
            // Read by admin.js for fetch() calls that change state.
            html.append("<meta name=\"csrf\" content=\"").append(Html.esc(x.session().get().csrfToken())).append("\">");
        }
        html.append("</body></html>");
        return html.toString();
    }
}
