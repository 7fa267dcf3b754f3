package org.magnolianews.host.author.web;

import java.util.List;
import java.util.function.Predicate;
import org.magnolianews.host.author.security.AuthorSession;
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
        String notice = x.param("done").map(done -> "<p class=\"notice\" id=\"notice\">" + Html.esc(x.t("done." + done)) + "</p>")
                .orElse("");
        return frame(x.lang(), x.messages(), x.session().orElse(null), x::may, x.csrfField(), title, notice + body);
    }

    /**
     * The same frame for a request that cannot be read (the host refused it before the admincentral ran):
     * no session, no parameters, in {@code lang}.
     */
    public String renderAnonymous(UiMessages messages, String lang, String title, String body) {
        return frame(lang, messages, null, permission -> false, "", title, body);
    }

    private String frame(String lang, UiMessages messages, AuthorSession session, Predicate<Permission> may, String csrfField,
                         String title, String body) {
        StringBuilder html = new StringBuilder(4096 + body.length());
        html.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(Html.esc(title)).append(" · Magnolia News</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(Exchange.BASE).append("/static/admin.css\">")
                .append("<script src=\"").append(Exchange.BASE).append("/static/drafts.js\" defer></script>")
                .append("<script src=\"").append(Exchange.BASE).append("/static/admin.js\" defer></script>")
                .append("</head><body>");
        html.append("<header class=\"appbar\"><a class=\"brand\" href=\"").append(Exchange.BASE).append("/\">Magnolia News</a>");
        if (session != null) {
            html.append("<nav>");
            for (NavEntry entry : entries) {
                if (may.test(entry.permission())) {
                    html.append("<a href=\"").append(Exchange.BASE).append(entry.href()).append("\">")
                            .append(Html.esc(messages.getOr(lang, entry.labelKey(), entry.fallbackLabel()))).append("</a>");
                }
            }
            html.append("</nav>");
        }
        html.append("<div class=\"right\">");
        for (String other : UiMessages.LANGUAGES) {
            html.append("<a class=\"lang").append(other.equals(lang) ? " current" : "").append("\" href=\"")
                    .append(Exchange.BASE).append("/language?lang=").append(other).append("\">").append(other.toUpperCase()).append("</a>");
        }
        if (session != null) {
            html.append("<span class=\"user\" id=\"current-user\">").append(Html.esc(session.user().name()))
                    .append(" (").append(Html.esc(messages.get(lang, "role." + session.user().role().id()))).append(")</span>")
                    .append("<form method=\"post\" action=\"").append(Exchange.BASE).append("/logout\" class=\"inline\">")
                    .append(csrfField).append("<button id=\"logout\">").append(Html.esc(messages.get(lang, "logout"))).append("</button></form>");
        }
        html.append("</div></header><main>");
        html.append(body).append("</main>");
        if (session != null) {
            // Read by admin.js for fetch() calls that change state.
            html.append("<meta name=\"csrf\" content=\"").append(Html.esc(session.csrfToken())).append("\">");
        }
        html.append("</body></html>");
        return html.toString();
    }
}
