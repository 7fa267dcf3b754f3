package org.magnolianews.host.author.apps;

import static org.magnolianews.host.author.web.Html.url;

import java.util.Calendar;
import java.util.HashMap;
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
    private final org.magnolianews.host.author.web.AdminTemplates templates = new org.magnolianews.host.author.web.AdminTemplates();

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
        Map<String, Object> model = new HashMap<>();
        model.put("app", app.name());
        model.put("appLabel", AppListRoutes.appLabel(x, app));
        model.put("heading", item.map(i -> i.title(x.lang(), services.host().languages(), app)).orElse(x.t("action.add")));
        String summary = "";
        if (!allErrors.isEmpty()) {
            Map<String, String> byField = FormRenderer.errorsByField(allErrors);
            summary = new ErrorSummary(services.host().languages()).render(x, app.name(), app.fields(), byField, byField.size());
        }
        model.put("errorSummary", summary);
        model.put("folder", folder);
        model.put("slug", x.param("@name").orElse(""));
        model.put("slugError", errors.get("@name"));
        model.put("tabs", services.forms().languageTabs());
        model.put("fields", services.forms().fields(x, app.name(), app.fields(), values, errors));
        item.ifPresent(i -> actions(x, app, i, model));
        return templates.render(x, "item.ftlh", model);
    }

    /** The action panel's model: the item, what the caller may do, scheduled jobs, versions. */
    private void actions(Exchange x, ContentApp app, Item item, Map<String, Object> model) {
        Map<String, Object> shown = new HashMap<>();
        shown.put("path", item.path());
        shown.put("name", item.name());
        String parent = item.path().substring(0, item.path().lastIndexOf('/'));
        shown.put("parent", parent.isEmpty() ? "/" : parent);
        shown.put("lastModified", item.lastModified() == null ? null : item.lastModified().getTimeInMillis());
        shown.put("statusBadge", StatusBadge.of(x, item.status()));
        shown.put("publishableChildren", item.hasPublishableChildren());
        shown.put("published", !item.status().equals("unpublished"));
        model.put("item", shown);
        model.put("mayPublish", x.may(Permission.PUBLISH));
        model.put("mayMoveAndDelete", item.status().equals("unpublished") || x.may(Permission.CHANGE_PUBLISHED));
        model.put("zone", SiteTime.describe(x.lang()));
        List<Map<String, Object>> jobs = new java.util.ArrayList<>();
        for (ScheduledJob job : services.scheduler().jobs(item.identifier())) {
            Map<String, Object> shownJob = new HashMap<>();
            shownJob.put("id", job.id());
            shownJob.put("action", job.action());
            shownJob.put("at", AppListRoutes.shortDate(ItemValues.iso(job.at())));
            shownJob.put("user", job.user());
            shownJob.put("failure", job.failure());
            jobs.add(shownJob);
        }
        model.put("jobs", jobs);
        List<Map<String, Object>> versions = new java.util.ArrayList<>();
        for (Version version : services.versions().list(app.workspace(), item.identifier())) {
            Map<String, Object> shownVersion = new HashMap<>();
            shownVersion.put("number", version.number());
            shownVersion.put("user", version.user());
            shownVersion.put("created", AppListRoutes.shortDate(ItemValues.iso(version.created())));
            versions.add(shownVersion);
        }
        model.put("versions", versions);
    }
}
