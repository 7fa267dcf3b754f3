package org.magnolianews.host.author.apps;

import static org.magnolianews.host.author.web.Html.esc;
import static org.magnolianews.host.author.web.Html.url;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magnolianews.host.author.versions.FieldDiff;
import org.magnolianews.host.author.versions.Version;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.content.PublishedContentException;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;
import org.magnolianews.host.security.Permission;

/**
 * What an editor does to an item besides saving it: publish (publishers), schedule, duplicate,
 * move/rename, delete with a warning about referrers, preview, versions with a diff and restore.
 * The role each action needs is checked here, whatever the page showed.
 */
public final class ItemActionRoutes {

    private final AppServices services;
    private final ItemRoutes items;
    private final Referrers referrers;
    private final DraftPreview preview;

    public ItemActionRoutes(AppServices services, ItemRoutes items, Referrers referrers, DraftPreview preview) {
        this.services = services;
        this.items = items;
        this.referrers = referrers;
        this.preview = preview;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.APP_ACTION, this::action);
        servlet.handle(AuthorRoute.APP_DELETE_CONFIRM, this::confirmDelete);
        servlet.handle(AuthorRoute.APP_DIFF, this::diff);
        servlet.handle(AuthorRoute.APP_PREVIEW, this::preview);
    }

    private void action(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        String path = AppServices.path(x);
        ItemRoutes.Item item = items.load(x, app, path);
        String user = x.user().name();
        String edit = "/app/edit?app=" + url(app.name()) + "&path=";
        String action = x.required("action");
        switch (action) {
            case "publish", "publishRecursive" -> {
                x.require(Permission.PUBLISH);
                services.publishing().publish(app.workspace(), path, action.equals("publishRecursive"), user);
                x.redirect(edit + url(path) + "&done=published");
            }
            case "unpublish" -> {
                x.require(Permission.PUBLISH);
                services.publishing().unpublish(app.workspace(), path, user);
                x.redirect(edit + url(path) + "&done=unpublished");
            }
            case "schedule" -> {
                x.require(Permission.PUBLISH);
                String what = x.required("what");
                services.scheduler().schedule(what, app.workspace(), item.identifier(), path, time(x, x.required("at")), user);
                x.redirect(edit + url(path) + "&done=scheduled");
            }
            case "cancelSchedule" -> {
                x.require(Permission.PUBLISH);
                services.scheduler().cancel(x.required("job"));
                x.redirect(edit + url(path) + "&done=cancelled");
            }
            case "duplicate" -> {
                String folder = path.substring(0, path.lastIndexOf('/'));
                ContentService.Created copy = services.host().content().create(app.type().name(),
                        Optional.of(folder.isEmpty() ? "/" : folder), Optional.empty(), item.values(), user);
                x.redirect(edit + url(copy.path()) + "&done=duplicated");
            }
            case "move" -> {
                requireChangeOfPublished(x, app, path);
                String moved;
                try {
                    moved = services.host().content().move(app.type().name(), path,
                            AppServices.checkedPath(x, x.required("folder")), x.required("name"), user,
                            x.may(Permission.CHANGE_PUBLISHED));
                } catch (PublishedContentException e) {
                    throw AuthorProblem.forbidden(x.t("error.publishedNeedsPublisher", path)); // published meanwhile
                }
                x.redirect(edit + url(moved) + "&done=moved");
            }
            case "delete" -> {
                delete(x, app, path, user);
                x.redirect("/app?app=" + url(app.name()) + "&done=deleted");
            }
            case "restore" -> {
                Version version = version(x, app, item);
                services.host().content().update(app.type().name(), path, restoreValues(app, version.values()), Optional.empty(), user);
                x.redirect(edit + url(path) + "&done=restored");
            }
            default -> throw AuthorProblem.badRequest(x.t("error.badAction", action));
        }
    }

    /**
     * A publisher's delete takes the item off the site first; anyone else's may only remove a draft,
     * and {@link ContentService#delete} refuses a published one inside the item's lock, so an item
     * published meanwhile stays published (issue 12).
     */
    private void delete(Exchange x, ContentApp app, String path, String user) {
        if (x.may(Permission.CHANGE_PUBLISHED)) {
            services.host().content().unpublishAndDelete(app.type().name(), path, user);
            return;
        }
        requireChangeOfPublished(x, app, path);
        try {
            services.host().content().delete(app.workspace(), path, user);
        } catch (PublishedContentException e) {
            throw AuthorProblem.forbidden(x.t("error.publishedNeedsPublisher", path));
        }
    }

    /** Deleting or moving what is on the site takes it off (or off its address): publishers only (issue 12). */
    private void requireChangeOfPublished(Exchange x, ContentApp app, String path) {
        if (!x.may(Permission.CHANGE_PUBLISHED)) {
            services.host().content().firstPublishedIn(app.workspace(), path).ifPresent(published -> {
                throw AuthorProblem.forbidden(x.t("error.publishedNeedsPublisher", published));
            });
        }
    }

    /** A version's values plus an explicit null for every property it lacks, so a restore also clears what was added since. */
    private Map<String, Object> restoreValues(ContentApp app, Map<String, Object> versionValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition property : app.type().properties()) {
            List<String> names = property.i18n() && !app.type().subModels().containsKey(property.type())
                    ? services.host().languages().all().stream().map(l -> services.host().languages().propertyName(property.name(), l)).toList()
                    : List.of(property.name());
            for (String name : names) {
                values.put(name, versionValues.get(name));
            }
        }
        return values;
    }

    private static Calendar time(Exchange x, String value) {
        try {
            return GregorianCalendar.from(LocalDateTime.parse(value).atZone(SiteTime.ZONE));
        } catch (DateTimeParseException e) {
            throw AuthorProblem.badRequest(x.t("error.badTime", value));
        }
    }

    private Version version(Exchange x, ContentApp app, ItemRoutes.Item item) {
        long number = x.intParam("version", 0, 1, Integer.MAX_VALUE);
        return services.versions().find(app.workspace(), item.identifier(), number)
                .orElseThrow(() -> AuthorProblem.notFound(x.t("error.noVersion", number)));
    }

    private void confirmDelete(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        ItemRoutes.Item item = items.load(x, app, AppServices.path(x));
        List<Referrers.Referrer> found = referrers.of(app.type().name(), item.identifier(), 20);
        StringBuilder html = new StringBuilder("<h1>").append(esc(x.t("delete.title", item.path()))).append("</h1>");
        if (!found.isEmpty()) {
            html.append("<div class=\"warning\" id=\"referrers\"><p>").append(esc(x.t("delete.referenced", found.size()))).append("</p><ul>");
            for (Referrers.Referrer referrer : found) {
                html.append("<li>").append(esc(referrer.workspace())).append(":").append(esc(referrer.path()))
                        .append(" (").append(esc(referrer.property())).append(")</li>");
            }
            html.append("</ul></div>");
        }
        boolean live = !item.status().equals("unpublished");
        if (live && !x.may(Permission.CHANGE_PUBLISHED)) {
            html.append("<p class=\"error\" id=\"delete-refused\">").append(esc(x.t("error.publishedNeedsPublisher", item.path()))).append("</p>");
            x.page(200, x.t("action.delete"), html.toString());
            return;
        }
        if (live) {
            html.append("<p class=\"warning\">").append(esc(x.t("delete.live"))).append("</p>");
        }
        html.append("<form method=\"post\" action=\"").append(Exchange.BASE).append("/app/action\">").append(x.csrfField())
                .append("<input type=\"hidden\" name=\"app\" value=\"").append(esc(app.name())).append("\">")
                .append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(item.path())).append("\">")
                .append("<input type=\"hidden\" name=\"action\" value=\"delete\">")
                .append("<button type=\"submit\" class=\"danger\" id=\"confirm-delete\">").append(esc(x.t("action.delete"))).append("</button> ")
                .append("<a href=\"").append(Exchange.BASE).append("/app/edit?app=").append(url(app.name())).append("&amp;path=")
                .append(url(item.path())).append("\">").append(esc(x.t("action.cancel"))).append("</a></form>");
        x.page(200, x.t("action.delete"), html.toString());
    }

    private void diff(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        ItemRoutes.Item item = items.load(x, app, AppServices.path(x));
        Version version = version(x, app, item);
        List<FieldDiff.Change> changes = FieldDiff.between(version.values(), item.values());
        StringBuilder html = new StringBuilder("<h1>").append(esc(x.t("diff.title", version.number(), item.name()))).append("</h1>")
                .append("<p>").append(esc(x.t("versions.entry", version.number(), version.user(), AppListRoutes.shortDate(ItemValues.iso(version.created())))))
                .append("</p>");
        if (changes.isEmpty()) {
            html.append("<p id=\"no-changes\">").append(esc(x.t("diff.none"))).append("</p>");
        } else {
            html.append("<table class=\"diff\" id=\"diff\"><thead><tr><th>").append(esc(x.t("diff.field"))).append("</th><th>")
                    .append(esc(x.t("diff.version", version.number()))).append("</th><th>").append(esc(x.t("diff.draft"))).append("</th></tr></thead><tbody>");
            for (FieldDiff.Change change : changes) {
                html.append("<tr data-field=\"").append(esc(change.field())).append("\"><td>").append(esc(change.field()))
                        .append("</td><td class=\"before\">").append(esc(change.before())).append("</td><td class=\"after\">")
                        .append(esc(change.after())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<form method=\"post\" action=\"").append(Exchange.BASE).append("/app/action\">").append(x.csrfField())
                .append("<input type=\"hidden\" name=\"app\" value=\"").append(esc(app.name())).append("\">")
                .append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(item.path())).append("\">")
                .append("<input type=\"hidden\" name=\"version\" value=\"").append(version.number()).append("\">")
                .append("<input type=\"hidden\" name=\"action\" value=\"restore\">")
                .append("<button type=\"submit\" id=\"restore-version\">").append(esc(x.t("versions.restore", version.number()))).append("</button> ")
                .append("<a href=\"").append(Exchange.BASE).append("/app/edit?app=").append(url(app.name())).append("&amp;path=")
                .append(url(item.path())).append("\">").append(esc(x.t("back"))).append("</a></form>");
        x.page(200, x.t("versions.title"), html.toString());
    }

    /**
     * The draft as readers will see it: the site's own page for the item, rendered with the site's
     * templates from the editing workspace (images through the author UI, which serves unpublished
     * assets). A content type the site has no page for gets the author UI's rendering of its fields.
     */
    private void preview(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        ItemRoutes.Item item = items.load(x, app, AppServices.path(x));
        String lang = x.param("in").filter(services.host().languages()::isSupported).orElse(x.lang());
        if (!preview.respond(x, app.workspace(), item.path(), lang)) {
            fieldsPreview(x, app, item, lang);
        }
    }

    private void fieldsPreview(Exchange x, ContentApp app, ItemRoutes.Item item, String lang) throws Exception {
        StringBuilder html = new StringBuilder("<article class=\"preview\" lang=\"").append(lang).append("\">");
        html.append("<p class=\"hint\">").append(esc(x.t("preview.hint"))).append(" ");
        for (String l : services.host().languages().all()) {
            html.append("<a href=\"").append(Exchange.BASE).append("/app/preview?app=").append(url(app.name())).append("&amp;path=")
                    .append(url(item.path())).append("&amp;in=").append(l).append("\">").append(l.toUpperCase()).append("</a> ");
        }
        html.append("</p>");
        for (FieldSpec field : app.fields()) {
            String key = field.i18n() ? services.host().languages().propertyName(field.name(), lang) : field.name();
            Object value = item.values().get(key);
            if (value == null) {
                continue;
            }
            switch (field.kind()) {
                case RICH_TEXT -> html.append("<div class=\"body\">").append(org.magnolianews.host.content.RichTextSanitizer.sanitize(String.valueOf(value))).append("</div>");
                case ASSET -> html.append("<img class=\"preview-image\" alt=\"\" src=\"").append(Exchange.BASE).append("/asset?id=")
                        .append(esc(value)).append("&amp;width=800\">");
                case REFERENCE -> {
                    List<?> ids = value instanceof List<?> l ? l : List.of(value);
                    html.append("<p><b>").append(esc(x.messages().getOr(x.lang(), field.label(), field.name()))).append(":</b> ")
                            .append(esc(String.join(", ", ids.stream().map(id -> services.labels().label(field.referencedType(), String.valueOf(id), lang)).toList())))
                            .append("</p>");
                }
                case GROUP -> html.append("<p><b>").append(esc(x.messages().getOr(x.lang(), field.label(), field.name()))).append(":</b> ")
                        .append(esc(FieldDiff.display(value))).append("</p>");
                default -> html.append(field.name().equals(app.titleProperty()) ? "<h1 id=\"preview-title\">" + esc(value) + "</h1>"
                        : "<p><b>" + esc(x.messages().getOr(x.lang(), field.label(), field.name())) + ":</b> " + esc(value) + "</p>");
            }
        }
        x.page(200, x.t("action.preview"), html.append("</article>").toString());
    }
}
