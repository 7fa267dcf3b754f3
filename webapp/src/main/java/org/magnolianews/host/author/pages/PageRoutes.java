package org.magnolianews.host.author.pages;

import static org.magnolianews.host.author.web.Html.esc;
import static org.magnolianews.host.author.web.Html.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.author.apps.AppServices;
import org.magnolianews.host.author.apps.DraftPreview;
import org.magnolianews.host.author.apps.FieldSpec;
import org.magnolianews.host.author.apps.FieldSpecs;
import org.magnolianews.host.author.apps.FormParser;
import org.magnolianews.host.author.apps.FormRenderer;
import org.magnolianews.host.author.apps.StatusBadge;
import org.magnolianews.host.author.versions.PublishingActions;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.ContentValidator;
import org.magnolianews.host.content.PageContent;
import org.magnolianews.host.content.ValidationException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.PublicationStatus;
import org.magnolianews.host.repository.WorkspaceLayout;
import org.magnolianews.host.http.SecurityHeaders;
import org.magnolianews.host.security.Permission;

/**
 * The Pages app: the website tree; the page editor (the page rendered in edit mode in a frame, whose page editor
 * comments {@code static/page-editor.js} turns into page, area and component bars: add from the area's
 * availableComponents, edit in the component's dialog shown over the page, move up/down, delete); the same as a list of
 * forms ("structure": a bar over each area and component, no frame or script needed); publishing the page. Every change
 * is one of this class's form posts, through {@link PageContent} (validation, versions, locks, audit).
 */
public final class PageRoutes {

    private final HostContext host;
    private final PageContent pages;
    private final FieldSpecs specs;
    private final FormRenderer forms;
    private final FormParser parser;
    private final DialogValidator validator;
    private final PublishingActions publishing;
    private final DraftPreview preview;
    private final AdminTemplates templates = new AdminTemplates();
    private final EditorResources resources = new EditorResources();

    public PageRoutes(HostContext host, FormRenderer forms, FormParser parser, PublishingActions publishing, DraftPreview preview) {
        this.preview = preview;
        this.host = host;
        this.pages = new PageContent(host.repository(), host.events());
        this.specs = new FieldSpecs(host.definitions());
        this.forms = forms;
        this.parser = parser;
        this.validator = new DialogValidator(host.definitions(), ContentValidator.repositoryLookup(host.repository()), host.languages());
        this.publishing = publishing;
    }

    public void register(AdmincentralServlet servlet) {
        new PagePropertiesRoutes(host, forms, parser).register(servlet);
        servlet.handle(AuthorRoute.PAGES, this::tree);
        servlet.handle(AuthorRoute.PAGE, this::editor);
        servlet.handle(AuthorRoute.PAGE_STRUCTURE, this::page);
        servlet.handle(AuthorRoute.PAGE_FRAME, this::frame);
        servlet.handle(AuthorRoute.COMPONENT_DONE, this::saved);
        servlet.handle(AuthorRoute.PAGE_EDITOR_SCRIPT, x -> resources.serve(x, "page-editor.js"));
        servlet.handle(AuthorRoute.PAGE_EDITOR_STYLES, x -> resources.serve(x, "page-editor.css"));
        servlet.handle(AuthorRoute.PAGE_EDITOR_FRAME_SCRIPT, x -> resources.serve(x, "page-editor-frame.js"));
        servlet.handle(AuthorRoute.PAGE_PREVIEW, this::preview);
        servlet.handle(AuthorRoute.COMPONENT_DIALOG, this::dialog);
        servlet.handle(AuthorRoute.COMPONENT_SAVE, this::saveComponent);
        servlet.handle(AuthorRoute.COMPONENT_ACTION, this::componentAction);
        servlet.handle(AuthorRoute.PAGE_PUBLISH, this::publish);
    }

    private void tree(Exchange x) throws Exception {
        StringBuilder html = new StringBuilder("<h1>").append(esc(x.t("pages.title"))).append("</h1><ul class=\"tree\" id=\"page-tree\">");
        host.repository().call(WorkspaceLayout.WEBSITE, session -> {
            appendChildren(x, session.getRootNode(), html);
            return null;
        });
        x.page(200, x.t("pages.title"), html.append("</ul>").toString());
    }

    private void appendChildren(Exchange x, Node parent, StringBuilder html) throws javax.jcr.RepositoryException {
        for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!child.isNodeType(MgnlNodeTypes.PAGE)) {
                continue;
            }
            html.append("<li><a href=\"").append(Exchange.BASE).append("/pages/page?path=").append(url(child.getPath())).append("\">")
                    .append(esc(child.hasProperty("title") ? child.getProperty("title").getString() : child.getName())).append("</a> <small>")
                    .append(esc(child.getPath())).append("</small> ").append(StatusBadge.of(x, PublicationStatus.of(child).label()));
            StringBuilder sub = new StringBuilder();
            appendChildren(x, child, sub);
            if (sub.length() > 0) {
                html.append("<ul>").append(sub).append("</ul>");
            }
            html.append("</li>");
        }
    }

    /** A page's template definition: its areas and what each allows. */
    private Definition template(Exchange x, Node page) throws javax.jcr.RepositoryException {
        String id = page.hasProperty(MgnlNodeTypes.TEMPLATE) ? page.getProperty(MgnlNodeTypes.TEMPLATE).getString() : "";
        return host.definitions().find(DefinitionType.TEMPLATE, id).orElseThrow(() -> AuthorProblem.notFound(x.t("error.noTemplate", id)));
    }

    /** Component template ids allowed in an area, in definition order. */
    private static List<String> available(Definition template, String area) {
        List<String> ids = new ArrayList<>();
        Map<String, Object> areaDef = map(template.map("areas").get(area));
        for (Object value : map(areaDef.get("availableComponents")).values()) {
            Object id = map(value).get("id");
            if (id instanceof String s) {
                ids.add(s);
            }
        }
        return ids;
    }

    /**
     * The i18n key prefix of a component's dialog fields, Magnolia's pattern for dialogs: the dialog id with dots,
     * {@code news-module:components/latest-news} → {@code news-module.components.latest-news} (+ .pageSize.label).
     */
    private String dialogKeyPrefix(String templateId) {
        String dialog = host.definitions().find(DefinitionType.TEMPLATE, templateId).flatMap(d -> d.string("dialog")).orElse(templateId);
        return dialog.replace(':', '.').replace('/', '.');
    }

    private String componentLabel(Exchange x, String templateId) {
        String key = templateId.replace(':', '.').replace('/', '.') + ".label";
        String title = host.definitions().find(DefinitionType.TEMPLATE, templateId).flatMap(d -> d.string("title")).orElse(templateId);
        return x.messages().getOr(x.lang(), key, title);
    }

    /** The page editor: toolbar, the page in edit mode in a frame, the dialog that opens over it. */
    private void editor(Exchange x) throws Exception {
        String path = AppServices.path(x);
        String language = x.param("in").filter(host.languages()::isSupported).orElse(host.languages().defaultLanguage());
        Map<String, Object> model = host.repository().call(WorkspaceLayout.WEBSITE, session -> {
            if (!session.nodeExists(path) || !session.getNode(path).isNodeType(MgnlNodeTypes.PAGE)) {
                throw AuthorProblem.notFound(x.t("error.noItem", path));
            }
            Node page = session.getNode(path);
            Definition template = template(x, page);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("title", page.hasProperty("title") ? page.getProperty("title").getString() : page.getName());
            values.put("path", path);
            values.put("template", template.id());
            values.put("status", StatusBadge.of(x, PublicationStatus.of(page).label()));
            values.put("mayPublish", x.may(Permission.PUBLISH));
            Optional<java.net.URI> spa = SpaFrame.of(template, path, language);
            values.put("frame", spa.map(java.net.URI::toString).orElse(Exchange.BASE + "/pages/frame?path=" + url(path) + "&in=" + language));
            values.put("language", language);
            values.put("languages", host.languages().all());
            values.put("spa", spa.isPresent());
            values.put("spaOrigin", spa.map(SpaFrame::origin).orElse(""));
            values.put("labels", componentLabels(x));
            return values;
        });
        if (Boolean.TRUE.equals(model.get("spa"))) {
            // The SPA is the front end's, on its own origin: the editor may frame that origin, nothing else more.
            x.response().setHeader("Content-Security-Policy", SecurityHeaders.adminPolicyFraming(String.valueOf(model.get("spaOrigin"))));
        }
        x.page(200, x.t("pages.title"), templates.render(x, "page-editor.ftlh", model));
    }

    /** Every component template's label, for the area bars' "add" choice. */
    private Map<String, String> componentLabels(Exchange x) {
        Map<String, String> labels = new java.util.TreeMap<>();
        for (Definition definition : host.definitions().all(DefinitionType.TEMPLATE)) {
            if (definition.id().contains(":components/")) {
                labels.put(definition.id(), componentLabel(x, definition.id()));
            }
        }
        return labels;
    }

    /** The draft page rendered by the site's templates in edit mode: the page editor's comments mark page, areas, components. */
    private void frame(Exchange x) throws Exception {
        String path = AppServices.path(x);
        boolean page = host.repository().call(WorkspaceLayout.WEBSITE,
                session -> session.nodeExists(path) && session.getNode(path).isNodeType(MgnlNodeTypes.PAGE));
        String lang = x.param("in").filter(host.languages()::isSupported).orElse(host.languages().defaultLanguage());
        if (!page || !preview.respondEditing(x, path, lang)) {
            throw AuthorProblem.notFound(x.t("error.noItem", path));
        }
    }

    /** What the dialog frame loads once a component is saved: it sends the editor (the top window) to the page. */
    private void saved(Exchange x) throws Exception {
        String page = AppServices.checkedPath(x, x.required("page"));
        SecurityHeaders.ADMIN_FRAMED.applyTo(x.response());
        x.html(200, templates.render(x, "component-saved.ftlh", Map.of("page", page, "lang", x.lang(), "language", editedLanguage(x))));
    }

    private void page(Exchange x) throws Exception {
        String path = AppServices.path(x);
        String html = host.repository().call(WorkspaceLayout.WEBSITE, session -> {
            if (!session.nodeExists(path) || !session.getNode(path).isNodeType(MgnlNodeTypes.PAGE)) {
                throw AuthorProblem.notFound(x.t("error.noItem", path));
            }
            Node page = session.getNode(path);
            Definition template = template(x, page);
            StringBuilder out = new StringBuilder("<h1>").append(esc(page.hasProperty("title") ? page.getProperty("title").getString() : page.getName()))
                    .append("</h1><p>").append(esc(path)).append(" · ").append(esc(template.id())).append(" · <span id=\"page-status\">")
                    .append(StatusBadge.of(x, PublicationStatus.of(page).label())).append("</span></p>");
            if (x.may(Permission.PUBLISH)) {
                out.append("<form method=\"post\" class=\"inline\" action=\"").append(Exchange.BASE).append("/pages/publish\">").append(x.csrfField())
                        .append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(path)).append("\"><button type=\"submit\" id=\"publish-page\">")
                        .append(esc(x.t("action.publish"))).append("</button></form>");
            }
            out.append("<p><a href=\"").append(Exchange.BASE).append("/pages\">← ").append(esc(x.t("pages.title"))).append("</a> · ")
                    .append("<a id=\"page-preview\" target=\"_blank\" href=\"").append(Exchange.BASE).append("/pages/preview?path=")
                    .append(url(path)).append("\">").append(esc(x.t("action.preview"))).append("</a></p>");
            for (String area : map(template.data().get("areas")).keySet()) {
                out.append("<section class=\"area\" data-area=\"").append(esc(area)).append("\"><div class=\"bar area-bar\">")
                        .append(esc(x.t("pages.area"))).append(": <b>").append(esc(area)).append("</b>");
                out.append("<form method=\"get\" class=\"inline add-component\" action=\"").append(Exchange.BASE).append("/pages/component\">")
                        .append("<input type=\"hidden\" name=\"page\" value=\"").append(esc(path)).append("\">")
                        .append("<input type=\"hidden\" name=\"area\" value=\"").append(esc(area)).append("\">")
                        .append("<select name=\"template\" id=\"add-").append(esc(area)).append("-template\">");
                for (String id : available(template, area)) {
                    out.append("<option value=\"").append(esc(id)).append("\">").append(esc(componentLabel(x, id))).append("</option>");
                }
                out.append("</select><button type=\"submit\" id=\"add-").append(esc(area)).append("\">").append(esc(x.t("pages.addComponent")))
                        .append("</button></form></div>");
                if (page.hasNode(area)) {
                    for (NodeIterator it = page.getNode(area).getNodes(); it.hasNext(); ) {
                        Node component = it.nextNode();
                        if (component.isNodeType(MgnlNodeTypes.COMPONENT)) {
                            out.append(component(x, component, otherAreasAccepting(template, area, component)));
                        }
                    }
                }
                out.append("</section>");
            }
            return out.toString();
        });
        x.page(200, x.t("pages.title"), html);
    }

    /** The page's other areas whose availableComponents include the component's template. */
    private static List<String> otherAreasAccepting(Definition pageTemplate, String currentArea, Node component)
            throws javax.jcr.RepositoryException {
        String templateId = component.hasProperty(MgnlNodeTypes.TEMPLATE) ? component.getProperty(MgnlNodeTypes.TEMPLATE).getString() : "";
        List<String> areas = new ArrayList<>();
        for (String area : map(pageTemplate.data().get("areas")).keySet()) {
            if (!area.equals(currentArea) && available(pageTemplate, area).contains(templateId)) {
                areas.add(area);
            }
        }
        return areas;
    }

    private String component(Exchange x, Node component, List<String> otherAreas) throws javax.jcr.RepositoryException {
        String templateId = component.hasProperty(MgnlNodeTypes.TEMPLATE) ? component.getProperty(MgnlNodeTypes.TEMPLATE).getString() : "";
        StringBuilder html = new StringBuilder("<div class=\"component\" data-template=\"").append(esc(templateId)).append("\" data-path=\"")
                .append(esc(component.getPath())).append("\"><div class=\"bar component-bar\"><b>").append(esc(componentLabel(x, templateId))).append("</b> ")
                .append("<a class=\"button secondary\" href=\"").append(Exchange.BASE).append("/pages/component?path=").append(url(component.getPath()))
                .append("\">").append(esc(x.t("action.edit"))).append("</a>");
        for (String[] action : List.of(new String[] {"up", "↑"}, new String[] {"down", "↓"}, new String[] {"delete", x.t("action.delete")})) {
            html.append("<form method=\"post\" class=\"inline\" action=\"").append(Exchange.BASE).append("/pages/component/action\">").append(x.csrfField())
                    .append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(component.getPath())).append("\">")
                    .append("<input type=\"hidden\" name=\"action\" value=\"").append(action[0]).append("\"><button type=\"submit\" class=\"")
                    .append(action[0]).append("\"").append(action[0].equals("delete") ? " data-confirm=\"" + esc(x.t("pages.confirmDelete")) + "\"" : "")
                    .append(">").append(esc(action[1])).append("</button></form>");
        }
        if (!otherAreas.isEmpty()) {
            html.append("<form method=\"post\" class=\"inline move-to-area\" action=\"").append(Exchange.BASE).append("/pages/component/action\">")
                    .append(x.csrfField()).append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(component.getPath())).append("\">")
                    .append("<input type=\"hidden\" name=\"action\" value=\"moveTo\"><select name=\"area\" aria-label=\"")
                    .append(esc(x.t("pages.moveTo"))).append("\">");
            for (String area : otherAreas) {
                html.append("<option value=\"").append(esc(area)).append("\">").append(esc(area)).append("</option>");
            }
            html.append("</select><button type=\"submit\" class=\"move-to\">").append(esc(x.t("pages.moveTo"))).append("</button></form>");
        }
        html.append("</div><dl>");
        for (PropertyIterator it = component.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (!property.getName().contains(":") && !property.isMultiple()) {
                String value = property.getString();
                html.append("<dt>").append(esc(property.getName())).append("</dt><dd>")
                        .append(esc(value.length() > 120 ? value.substring(0, 117) + "..." : value)).append("</dd>");
            }
        }
        return html.append("</dl></div>").toString();
    }

    /** The dialog fields of a component template. */
    private List<FieldSpec> dialogFields(Exchange x, String templateId) {
        Definition template = host.definitions().find(DefinitionType.TEMPLATE, templateId)
                .orElseThrow(() -> AuthorProblem.badRequest(x.t("error.noTemplate", templateId)));
        String dialogId = template.string("dialog").orElse("");
        Optional<Definition> dialog = host.definitions().find(DefinitionType.DIALOG, dialogId);
        if (dialog.isEmpty()) {
            return List.of();
        }
        Map<String, Object> properties = map(dialog.get().map("form").get("properties"));
        return specs.read(properties, Optional.empty(), List.of());
    }

    private record Target(String page, String area, String template, Optional<String> component, Map<String, Object> values) {
    }

    private Target target(Exchange x) {
        Optional<String> componentPath = x.param("path").map(p -> AppServices.checkedPath(x, p));
        return host.repository().call(WorkspaceLayout.WEBSITE, session -> {
            if (componentPath.isPresent()) {
                String path = componentPath.get();
                if (!session.nodeExists(path) || !session.getNode(path).isNodeType(MgnlNodeTypes.COMPONENT)) {
                    throw AuthorProblem.notFound(x.t("error.noItem", path));
                }
                Node component = session.getNode(path);
                Map<String, Object> values = new LinkedHashMap<>();
                for (PropertyIterator it = component.getProperties(); it.hasNext(); ) {
                    Property property = it.nextProperty();
                    if (!property.getName().contains(":")) {
                        values.put(property.getName(), property.isMultiple() ? List.of() : property.getString());
                    }
                }
                return new Target(PageContent.pagePathOf(path), component.getParent().getName(),
                        component.getProperty(MgnlNodeTypes.TEMPLATE).getString(), componentPath, values);
            }
            String page = AppServices.checkedPath(x, x.required("page"));
            String area = x.required("area");
            String template = x.required("template");
            if (!session.nodeExists(page) || !session.getNode(page).isNodeType(MgnlNodeTypes.PAGE)) {
                throw AuthorProblem.notFound(x.t("error.noItem", page));
            }
            if (!available(template(x, session.getNode(page)), area).contains(template)) {
                throw AuthorProblem.badRequest(x.t("error.notAllowed", template, area));
            }
            return new Target(page, area, template, Optional.empty(), Map.of());
        });
    }

    private void dialog(Exchange x) throws Exception {
        Target target = target(x);
        showDialog(x, 200, target, dialogForm(x, target, target.values(), Map.of()));
    }

    /** Over the page editor ({@code overlay=1}: in its dialog frame) the form alone, else an admincentral page. */
    private void showDialog(Exchange x, int status, Target target, String form) throws java.io.IOException {
        if (overlay(x)) {
            SecurityHeaders.ADMIN_FRAMED.applyTo(x.response());
            x.html(status, templates.render(x, "component-dialog.ftlh",
                    Map.of("form", form, "title", componentLabel(x, target.template()), "lang", x.lang())));
        } else {
            x.page(status, componentLabel(x, target.template()), form);
        }
    }

    /** The language the page editor shows the page in ({@code in}), kept across its dialogs and actions; "" for the default. */
    private String editedLanguage(Exchange x) {
        return x.param("in").filter(host.languages()::isSupported).orElse("");
    }

    private String inSuffix(Exchange x) {
        String language = editedLanguage(x);
        return language.isEmpty() ? "" : "&in=" + language;
    }

    private static boolean overlay(Exchange x) {
        return x.param("overlay").filter("1"::equals).isPresent();
    }

    private String dialogForm(Exchange x, Target target, Map<String, Object> values, Map<String, String> errors) {
        StringBuilder html = new StringBuilder("<h1>").append(esc(componentLabel(x, target.template()))).append("</h1><p>")
                .append(esc(target.page())).append(" · ").append(esc(target.area())).append("</p>");
        if (!errors.isEmpty()) {
            html.append("<div class=\"error\" id=\"form-errors\">").append(esc(x.t("form.errors", errors.size()))).append("</div>");
        }
        html.append("<form method=\"post\" enctype=\"multipart/form-data\" id=\"component-form\" data-lang=\"en\" action=\"").append(Exchange.BASE)
                .append("/pages/component\">").append(x.csrfField());
        if (target.component().isPresent()) {
            html.append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(target.component().get())).append("\">");
        } else {
            html.append("<input type=\"hidden\" name=\"page\" value=\"").append(esc(target.page())).append("\">")
                    .append("<input type=\"hidden\" name=\"area\" value=\"").append(esc(target.area())).append("\">")
                    .append("<input type=\"hidden\" name=\"template\" value=\"").append(esc(target.template())).append("\">");
        }
        if (overlay(x)) {
            html.append("<input type=\"hidden\" name=\"overlay\" value=\"1\">");
        }
        if (!editedLanguage(x).isEmpty()) {
            html.append("<input type=\"hidden\" name=\"in\" value=\"").append(esc(editedLanguage(x))).append("\">");
        }
        html.append(forms.languageTabs()).append(forms.fields(x, dialogKeyPrefix(target.template()), dialogFields(x, target.template()), values, errors));
        return html.append("<button type=\"submit\" id=\"save-component\">").append(esc(x.t("action.save"))).append("</button> <a href=\"")
                .append(Exchange.BASE).append("/pages/page?path=").append(url(target.page())).append("\" target=\"_top\">").append(esc(x.t("action.cancel")))
                .append("</a></form>").toString();
    }

    private void saveComponent(Exchange x) throws Exception {
        Target target = target(x);
        List<FieldSpec> fields = dialogFields(x, target.template());
        Map<String, Object> values = parser.parse(x, fields);
        try {
            Map<String, Object> checked = validator.validate(fields, values);
            if (target.component().isPresent()) {
                pages.updateComponent(target.component().get(), checked, x.user().name());
            } else {
                pages.addComponent(target.page(), target.area(), target.template(), checked, x.user().name());
            }
            x.redirect(overlay(x) ? "/pages/component/done?page=" + url(target.page()) + inSuffix(x)
                    : "/pages/page?path=" + url(target.page()) + "&done=saved" + inSuffix(x));
        } catch (ValidationException e) {
            Map<String, String> errors = FormRenderer.errorsByField(e.errors());
            showDialog(x, 400, target, dialogForm(x, target, values, errors));
        }
    }

    private void componentAction(Exchange x) throws Exception {
        String path = AppServices.path(x);
        String action = x.required("action");
        switch (action) {
            case "up", "down" -> pages.moveComponent(path, action.equals("up"), x.user().name());
            case "moveTo" -> moveToArea(x, path, x.required("area"));
            case "delete" -> pages.deleteComponent(path, x.user().name());
            default -> throw AuthorProblem.badRequest(x.t("error.badAction", action));
        }
        x.redirect("/pages/page?path=" + url(PageContent.pagePathOf(path)) + "&done=saved" + inSuffix(x));
    }

    /** Refused (400) unless the page template's target area accepts the component's template. */
    private void moveToArea(Exchange x, String componentPath, String area) {
        host.repository().call(WorkspaceLayout.WEBSITE, session -> {
            if (!session.nodeExists(componentPath) || !session.getNode(componentPath).isNodeType(MgnlNodeTypes.COMPONENT)) {
                throw AuthorProblem.notFound(x.t("error.noItem", componentPath));
            }
            Node component = session.getNode(componentPath);
            Node page = session.getNode(PageContent.pagePathOf(componentPath));
            if (!otherAreasAccepting(template(x, page), component.getParent().getName(), component).contains(area)) {
                throw AuthorProblem.badRequest(x.t("pages.areaRefuses", area));
            }
            return null;
        });
        pages.moveComponentToArea(componentPath, area, x.user().name());
    }

    /** The draft page as the site will show it, in the language asked for ({@code in}) or the UI's. */
    private void preview(Exchange x) throws Exception {
        String path = AppServices.path(x);
        String lang = x.param("in").filter(host.languages()::isSupported).orElse(x.lang());
        if (!preview.respond(x, WorkspaceLayout.WEBSITE, path, lang)) {
            throw AuthorProblem.notFound(x.t("error.noItem", path));
        }
    }

    private void publish(Exchange x) throws Exception {
        String path = AppServices.path(x);
        publishing.publish(WorkspaceLayout.WEBSITE, path, false, x.user().name());
        x.redirect("/pages/page?path=" + url(path) + "&done=published");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
