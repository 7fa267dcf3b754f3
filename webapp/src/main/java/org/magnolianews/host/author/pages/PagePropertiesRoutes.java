package org.magnolianews.host.author.pages;

import static org.magnolianews.host.author.web.Html.esc;
import static org.magnolianews.host.author.web.Html.url;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import org.magnolianews.host.HostContext;
import org.magnolianews.host.author.apps.AppServices;
import org.magnolianews.host.author.apps.FieldSpec;
import org.magnolianews.host.author.apps.FieldSpecs;
import org.magnolianews.host.author.apps.FormParser;
import org.magnolianews.host.author.apps.FormRenderer;
import org.magnolianews.host.author.web.AdminTemplates;
import org.magnolianews.host.author.web.AdmincentralServlet;
import org.magnolianews.host.author.web.AuthorProblem;
import org.magnolianews.host.author.web.AuthorRoute;
import org.magnolianews.host.author.web.Exchange;
import org.magnolianews.host.content.ContentValidator;
import org.magnolianews.host.content.ValidationException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.http.SecurityHeaders;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * The page bar's "edit": the page's properties in its template's {@code dialog} (Magnolia's page properties dialog),
 * over the page editor ({@code overlay=1}) or as an admincentral page; saved through {@code ContentService.updatePageNode}
 * (validated against the page template, versioned, locked, audited).
 */
final class PagePropertiesRoutes {

    private final HostContext host;
    private final FieldSpecs specs;
    private final FormRenderer forms;
    private final FormParser parser;
    private final DialogValidator validator;
    private final AdminTemplates templates = new AdminTemplates();

    PagePropertiesRoutes(HostContext host, FormRenderer forms, FormParser parser) {
        this.host = host;
        this.specs = new FieldSpecs(host.definitions());
        this.forms = forms;
        this.parser = parser;
        this.validator = new DialogValidator(host.definitions(), ContentValidator.repositoryLookup(host.repository()), host.languages());
    }

    void register(AdmincentralServlet servlet) {
        servlet.handle(AuthorRoute.PAGE_PROPERTIES, this::dialog);
        servlet.handle(AuthorRoute.PAGE_PROPERTIES_SAVE, this::save);
    }

    private record Page(String path, String dialogId, Map<String, Object> values) {
    }

    private Page page(Exchange x) {
        String path = AppServices.path(x);
        return host.repository().call(WorkspaceLayout.WEBSITE, session -> {
            if (!session.nodeExists(path) || !session.getNode(path).isNodeType(MgnlNodeTypes.PAGE)) {
                throw AuthorProblem.notFound(x.t("error.noItem", path));
            }
            Node node = session.getNode(path);
            String templateId = node.hasProperty(MgnlNodeTypes.TEMPLATE) ? node.getProperty(MgnlNodeTypes.TEMPLATE).getString() : "";
            String dialog = host.definitions().find(DefinitionType.TEMPLATE, templateId).flatMap(t -> t.string("dialog"))
                    .orElseThrow(() -> AuthorProblem.badRequest(x.t("error.noTemplate", templateId)));
            Map<String, Object> values = new LinkedHashMap<>();
            for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
                Property property = it.nextProperty();
                if (!property.getName().contains(":") && !property.isMultiple()) {
                    values.put(property.getName(), property.getString());
                }
            }
            return new Page(path, dialog, values);
        });
    }

    private List<FieldSpec> fields(String dialogId) {
        Optional<Definition> dialog = host.definitions().find(DefinitionType.DIALOG, dialogId);
        if (dialog.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = dialog.get().map("form").get("properties") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return specs.read(properties, Optional.empty(), List.of());
    }

    private void dialog(Exchange x) throws IOException {
        Page page = page(x);
        show(x, 200, page, page.values(), Map.of());
    }

    private void save(Exchange x) throws IOException {
        Page page = page(x);
        List<FieldSpec> fields = fields(page.dialogId());
        Map<String, Object> values = parser.parse(x, fields);
        try {
            host.content().updatePageNode(page.path(), validator.validate(fields, values), Optional.empty(), x.user().name());
            String in = x.param("in").filter(host.languages()::isSupported).map(l -> "&in=" + l).orElse("");
            x.redirect(overlay(x) ? "/pages/component/done?page=" + url(page.path()) + in : "/pages/page?path=" + url(page.path()) + "&done=saved" + in);
        } catch (ValidationException e) {
            show(x, 400, page, values, FormRenderer.errorsByField(e.errors()));
        }
    }

    private void show(Exchange x, int status, Page page, Map<String, Object> values, Map<String, String> errors) throws IOException {
        String title = x.t("pages.editor.properties");
        StringBuilder html = new StringBuilder("<h1>").append(esc(title)).append("</h1><p>").append(esc(page.path())).append("</p>");
        if (!errors.isEmpty()) {
            html.append("<div class=\"error\" id=\"form-errors\">").append(esc(x.t("form.errors", errors.size()))).append("</div>");
        }
        html.append("<form method=\"post\" enctype=\"multipart/form-data\" id=\"page-properties-form\" data-lang=\"en\" action=\"")
                .append(Exchange.BASE).append("/pages/properties\">").append(x.csrfField())
                .append("<input type=\"hidden\" name=\"path\" value=\"").append(esc(page.path())).append("\">");
        if (overlay(x)) {
            html.append("<input type=\"hidden\" name=\"overlay\" value=\"1\">");
        }
        x.param("in").filter(host.languages()::isSupported)
                .ifPresent(in -> html.append("<input type=\"hidden\" name=\"in\" value=\"").append(esc(in)).append("\">"));
        html.append(forms.languageTabs()).append(forms.fields(x, page.dialogId().replace(':', '.').replace('/', '.'), fields(page.dialogId()), values, errors))
                .append("<button type=\"submit\" id=\"save-page-properties\">").append(esc(x.t("action.save"))).append("</button> <a href=\"")
                .append(Exchange.BASE).append("/pages/page?path=").append(url(page.path())).append("\" target=\"_top\">")
                .append(esc(x.t("action.cancel"))).append("</a></form>");
        if (overlay(x)) {
            SecurityHeaders.ADMIN_FRAMED.applyTo(x.response());
            x.html(status, templates.render(x, "component-dialog.ftlh", Map.of("form", html.toString(), "title", title, "lang", x.lang())));
        } else {
            x.page(status, title, html.toString());
        }
    }

    private static boolean overlay(Exchange x) {
        return x.param("overlay").filter("1"::equals).isPresent();
    }
}
