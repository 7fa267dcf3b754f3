package org.magnolianews.host.author.apps;

import static org.magnolianews.host.author.web.Html.esc;
import static org.magnolianews.host.author.web.Html.url;

import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import org.magnolianews.host.author.schedule.ScheduledJob;
import org.magnolianews.host.author.versions.Version;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.ConcurrentEditException;
import org.magnolianews.host.content.ContentService;
import org.magnolianews.host.content.FieldError;
import org.magnolianews.host.content.ValidationException;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.security.Permission;

/**
 * The detail form of a content app (new and edit), its save, and the panel of actions beside it.
 * A failed save answers 400 with the form as submitted and each message at its field: nothing typed is lost.
 */
public final class ItemRoutes {

    private final AppServices services;

    public ItemRoutes(AppServices services) {
        this.services = services;
    }

    public void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.APP_NEW, this::newForm);
        servlet.handle(AuthorRoute.APP_EDIT, this::editForm);
        servlet.handle(AuthorRoute.APP_SAVE, this::save);
    }

    /**
     * What the form shows about a stored item; {@code hasPublishableChildren}: whether "publish incl. subnodes"
     * would publish more than the item (issue 10: offered only then).
     */
    record Item(String path, String identifier, String name, String status, Calendar lastModified, Map<String, Object> values,
                boolean hasPublishableChildren) {

        /** The header's name (issue 10): the title in the UI language, else in another language, else the node name. */
        String title(String uiLanguage, org.magnolianews.host.content.Languages languages, ContentApp app) {
            String base = app.type().property("title").isPresent() ? "title" : app.type().property("name").isPresent() ? "name" : null;
            if (base != null) {
                List<String> order = new java.util.ArrayList<>(List.of(uiLanguage));
                languages.all().stream().filter(l -> !l.equals(uiLanguage)).forEach(order::add);
                for (String lang : order) {
                    Object value = values.get(languages.propertyName(base, lang));
                    if (value != null && !FormRenderer.text(value).isBlank()) {
                        return FormRenderer.text(value);
                    }
                }
            }
            return name;
        }
    }

    private void newForm(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        String folder = AppServices.checkedPath(x, x.param("folder").orElse("/"));
        x.page(200, x.t("action.add"), form(x, app, Optional.empty(), folder, Map.of(), Map.of(), List.of()));
    }

    private void editForm(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        Item item = load(x, app, AppServices.path(x));
        x.page(200, AppListRoutes.appLabel(x, app), form(x, app, Optional.of(item), "", item.values(), Map.of(), List.of()));
    }

    Item load(Exchange x, ContentApp app, String path) {
        return services.host().repository().call(app.workspace(), session -> {
            if (!session.nodeExists(path) || !session.getNode(path).isNodeType(app.type().nodeType())) {
                throw AuthorProblem.notFound(x.t("error.noItem", path));
            }
            Node node = session.getNode(path);
            boolean publishableChildren = false;
            for (javax.jcr.NodeIterator children = node.getNodes(); children.hasNext() && !publishableChildren; ) {
                publishableChildren = org.magnolianews.host.repository.Publisher.isPublishable(children.nextNode());
            }
            return new Item(node.getPath(), node.getIdentifier(), node.getName(), PublicationStatus.of(node).label(),
                    node.hasProperty(MgnlNodeTypes.LAST_MODIFIED) ? node.getProperty(MgnlNodeTypes.LAST_MODIFIED).getDate() : null,
                    services.values().read(node, app.type()), publishableChildren);
        });
    }

    private void save(Exchange x) throws Exception {
        ContentApp app = services.app(x);
        Optional<String> path = x.param("path").map(p -> AppServices.checkedPath(x, p));
        List<FieldError> uploadProblems = new java.util.ArrayList<>();
        Map<String, Object> values = services.parser().parse(x, app.fields(), uploadProblems);
        if (!uploadProblems.isEmpty()) {
            // A refused upload is the photo field's message (issue 10); nothing is saved until the file is right.
            Optional<Item> item = path.map(p -> load(x, app, p));
            x.page(400, AppListRoutes.appLabel(x, app), form(x, app, item, x.param("folder").orElse("/"), values,
                    FormRenderer.errorsByField(uploadProblems), uploadProblems));
            return;
        }
        try {
            if (path.isPresent()) {
                Optional<Calendar> expected = x.param("lastModified").map(v -> {
                    try {
                        Calendar c = Calendar.getInstance();
                        c.setTimeInMillis(Long.parseLong(v));
                        return c;
                    } catch (NumberFormatException e) {
                        throw AuthorProblem.badRequest(x.t("error.badParameter", "lastModified"));
                    }
                });
                services.host().content().update(app.type().name(), path.get(), values, expected, x.user().name());
                x.redirect("/app/edit?app=" + url(app.name()) + "&path=" + url(path.get()) + "&done=saved");
            } else {
                String folder = AppServices.checkedPath(x, x.param("folder").orElse("/"));
                Optional<String> name = x.param("@name");
                ContentService.Created created = services.host().content().create(app.type().name(),
                        folder.equals("/") ? Optional.empty() : Optional.of(folder), name, values, x.user().name());
                x.redirect("/app/edit?app=" + url(app.name()) + "&path=" + url(created.path()) + "&done=created");
            }
        } catch (ValidationException e) {
            Map<String, String> errors = FormRenderer.errorsByField(e.errors());
            Optional<Item> item = path.map(p -> load(x, app, p));
            x.page(400, AppListRoutes.appLabel(x, app), form(x, app, item, x.param("folder").orElse("/"), values, errors, e.errors()));
        } catch (ConcurrentEditException e) {
            Optional<Item> item = path.map(p -> load(x, app, p));
            x.page(409, AppListRoutes.appLabel(x, app), form(x, app, item, "", values, Map.of(),
                    List.of(new FieldError("", x.t("error.concurrent")))));
        }
    }

    private String form(Exchange x, ContentApp app, Optional<Item> item, String folder, Map<String, Object> values,
                        Map<String, String> errors, List<FieldError> allErrors) {
        StringBuilder html = new StringBuilder("<div class=\"detail\"><section class=\"form-pane\">");
        html.append("<h1>").append(esc(AppListRoutes.appLabel(x, app))).append(": ")
                .append(esc(item.map(i -> i.title(x.lang(), services.host().languages(), app)).orElse(x.t("action.add")))).append("</h1>");
        html.append("<p><a href=\"").append(Exchange.BASE).append("/app?app=").append(url(app.name())).append("\">← ")
                .append(esc(x.t("back.list"))).append("</a></p>");
        if (!allErrors.isEmpty()) {
            Map<String, String> byField = FormRenderer.errorsByField(allErrors);
            html.append(new ErrorSummary(services.host().languages()).render(x, app.name(), app.fields(), byField, byField.size()));
        }
        html.append("<form method=\"post\" enctype=\"multipart/form-data\" id=\"item-form\" data-lang=\"en\" action=\"")
                .append(Exchange.BASE).append("/app/save\">").append(x.csrfField())
                .append("<input type=\"hidden\" name=\"app\" value=\"").append(esc(app.name())).append("\">");
        if (item.isPresent()) {
            html.append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(item.get().path())).append("\">");
            if (item.get().lastModified() != null) {
                html.append("<input type=\"hidden\" name=\"lastModified\" value=\"").append(item.get().lastModified().getTimeInMillis()).append("\">");
            }
        } else {
            html.append("<input type=\"hidden\" name=\"folder\" value=\"").append(esc(folder)).append("\">")
                    .append("<div class=\"field\" data-field=\"@name\"><label for=\"f-slug\">").append(esc(x.t("form.slug"))).append("</label>")
                    .append("<input type=\"text\" name=\"@name\" id=\"f-slug\" value=\"").append(esc(x.param("@name").orElse(""))).append("\" placeholder=\"")
                    .append(esc(x.t("form.slugHint"))).append("\">");
            if (errors.containsKey("@name")) {
                html.append("<p class=\"field-error\">").append(esc(errors.get("@name"))).append("</p>");
            }
            html.append("</div>");
        }
        html.append(services.forms().languageTabs());
        html.append(services.forms().fields(x, app.name(), app.fields(), values, errors));
        html.append("<div class=\"form-actions\"><button type=\"submit\" id=\"save\">").append(esc(x.t("action.save"))).append("</button></div></form></section>");
        item.ifPresent(i -> html.append(actions(x, app, i)));
        return html.append("</div>").toString();
    }

    private String actions(Exchange x, ContentApp app, Item item) {
        String hidden = x.csrfField() + "<input type=\"hidden\" name=\"app\" value=\"" + esc(app.name()) + "\">"
                + "<input type=\"hidden\" name=\"path\" value=\"" + esc(item.path()) + "\">";
        String action = Exchange.BASE + "/app/action";
        StringBuilder html = new StringBuilder("<aside class=\"actions\"><h2>").append(esc(x.t("actions.title"))).append("</h2>");
        html.append("<p>").append(esc(x.t("column.status"))).append(": <span id=\"item-status\">").append(StatusBadge.of(x, item.status())).append("</span></p>");
        if (x.may(Permission.PUBLISH)) {
            // Only what applies (issue 10): unpublish once published, "incl. subnodes" when there are subnodes to publish.
            html.append(button(action, hidden, "publish", x.t("action.publish")));
            if (item.hasPublishableChildren()) {
                html.append(button(action, hidden, "publishRecursive", x.t("action.publishRecursive")));
            }
            if (!item.status().equals("unpublished")) {
                html.append(button(action, hidden, "unpublish", x.t("action.unpublish")));
            }
            html.append("<form method=\"post\" action=\"").append(action).append("\" class=\"schedule\">").append(hidden)
                    .append("<input type=\"hidden\" name=\"action\" value=\"schedule\">")
                    .append("<select name=\"what\" id=\"schedule-what\"><option value=\"publish\">").append(esc(x.t("action.publish")))
                    .append("</option><option value=\"unpublish\">").append(esc(x.t("action.unpublish"))).append("</option></select>")
                    .append("<input type=\"datetime-local\" step=\"1\" name=\"at\" id=\"schedule-at\" required>")
                    .append(" <small class=\"zone\">").append(esc(SiteTime.describe(x.lang()))).append("</small>")
                    .append("<button type=\"submit\" id=\"action-schedule\">").append(esc(x.t("action.schedule"))).append("</button></form>");
        } else {
            html.append("<p class=\"hint\" id=\"no-publish\">").append(esc(x.t("actions.editorHint"))).append("</p>");
        }
        List<ScheduledJob> jobs = services.scheduler().jobs(item.identifier());
        if (!jobs.isEmpty()) {
            html.append("<h3>").append(esc(x.t("schedule.title"))).append("</h3><ul id=\"scheduled-jobs\">");
            for (ScheduledJob job : jobs) {
                html.append("<li>").append(esc(x.t("action." + job.action()))).append(" ")
                        .append(esc(AppListRoutes.shortDate(ItemValues.iso(job.at())))).append(" (").append(esc(job.user())).append(")");
                if (job.failure() != null) {
                    html.append(" <span class=\"error\">").append(esc(job.failure())).append("</span>");
                }
                if (x.may(Permission.PUBLISH)) {
                    html.append("<form method=\"post\" class=\"inline\" action=\"").append(action).append("\">").append(hidden)
                            .append("<input type=\"hidden\" name=\"action\" value=\"cancelSchedule\"><input type=\"hidden\" name=\"job\" value=\"")
                            .append(esc(job.id())).append("\"><button type=\"submit\">").append(esc(x.t("action.cancel"))).append("</button></form>");
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        html.append("<p><a class=\"button secondary\" id=\"action-preview\" target=\"_blank\" href=\"").append(Exchange.BASE)
                .append("/app/preview?app=").append(url(app.name())).append("&amp;path=").append(url(item.path())).append("\">")
                .append(esc(x.t("action.preview"))).append("</a></p>");
        html.append(button(action, hidden, "duplicate", x.t("action.duplicate")));
        if (item.status().equals("unpublished") || x.may(Permission.CHANGE_PUBLISHED)) {
            html.append(moveAndDelete(app, item, hidden, x));
        } else {
            html.append("<p class=\"hint\" id=\"no-move-delete\">").append(esc(x.t("actions.publishedHint"))).append("</p>");
        }
        List<Version> versions = services.versions().list(app.workspace(), item.identifier());
        html.append("<h3>").append(esc(x.t("versions.title"))).append("</h3>");
        if (versions.isEmpty()) {
            html.append("<p>").append(esc(x.t("versions.none"))).append("</p>");
        } else {
            html.append("<ul id=\"versions\">");
            for (Version version : versions) {
                html.append("<li>").append(esc(x.t("versions.entry", version.number(), version.user(),
                                AppListRoutes.shortDate(ItemValues.iso(version.created())))))
                        .append(" <a class=\"diff-link\" href=\"").append(Exchange.BASE).append("/app/diff?app=").append(url(app.name()))
                        .append("&amp;path=").append(url(item.path())).append("&amp;version=").append(version.number()).append("\">")
                        .append(esc(x.t("versions.diff"))).append("</a></li>");
            }
            html.append("</ul>");
        }
        return html.append("</aside>").toString();
    }

    /** The move form and the delete link; shown for drafts, and for published items to publishers only (issue 12). */
    private static String moveAndDelete(ContentApp app, Item item, String hidden, Exchange x) {
        String action = Exchange.BASE + "/app/action";
        String parent = item.path().substring(0, item.path().lastIndexOf('/'));
        StringBuilder html = new StringBuilder();
        html.append("<form method=\"post\" action=\"").append(action).append("\" class=\"move\">").append(hidden)
                .append("<input type=\"hidden\" name=\"action\" value=\"move\">")
                .append("<label>").append(esc(x.t("move.folder"))).append(" <input name=\"folder\" id=\"move-folder\" value=\"")
                .append(esc(parent.isEmpty() ? "/" : parent)).append("\"></label>")
                .append("<label>").append(esc(x.t("move.name"))).append(" <input name=\"name\" id=\"move-name\" value=\"").append(esc(item.name())).append("\"></label>")
                .append("<button type=\"submit\" id=\"action-move\">").append(esc(x.t("action.move"))).append("</button></form>");
        html.append("<p><a class=\"button danger\" id=\"action-delete\" href=\"").append(Exchange.BASE).append("/app/delete?app=")
                .append(url(app.name())).append("&amp;path=").append(url(item.path())).append("\">").append(esc(x.t("action.delete"))).append("</a></p>");
        return html.toString();
    }

    private static String button(String action, String hidden, String name, String label) {
        return "<form method=\"post\" class=\"inline\" action=\"" + action + "\">" + hidden
                + "<input type=\"hidden\" name=\"action\" value=\"" + name + "\"><button type=\"submit\" id=\"action-" + name + "\">"
                + esc(label) + "</button></form> ";
    }
}
