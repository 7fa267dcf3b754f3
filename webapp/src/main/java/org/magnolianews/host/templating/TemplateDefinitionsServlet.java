package org.magnolianews.host.templating;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.http.Json;

/**
 * {@code GET /.rest/template-definitions/v1/<template id>}: the template definition as Magnolia's (deprecated but
 * still shipped) TemplateDefinitionEndpoint answers it, an object keyed by the id, holding the definition's properties
 * with its {@code id} and {@code name}, and each area with its {@code name}; what {@code @magnolia/react-editor}
 * reads as {@code templateDefinitions[id].areas[area].availableComponents}. Only templates: any other id is 404.
 */
final class TemplateDefinitionsServlet extends HttpServlet {

    private final DefinitionRegistry definitions;

    TemplateDefinitionsServlet(DefinitionRegistry definitions) {
        this.definitions = definitions;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!ReadOnlyJson.accept(request, response)) {
            return;
        }
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<Definition> template = id.isEmpty() ? Optional.empty() : definitions.find(DefinitionType.TEMPLATE, id);
        if (template.isEmpty()) {
            Json.error(response, 404, "templateNotFound", id.isEmpty() ? "name a template: " + TemplatingApi.DEFINITIONS + "/{id}"
                    : "no template definition " + id);
            return;
        }
        Json.write(response, 200, Map.of(id, json(template.get())));
    }

    private static Map<String, Object> json(Definition template) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", template.id());
        json.put("name", template.id().substring(Math.max(template.id().lastIndexOf('/'), template.id().lastIndexOf(':')) + 1));
        for (Map.Entry<String, Object> entry : template.data().entrySet()) {
            if (!entry.getKey().equals("areas")) {
                json.put(entry.getKey(), entry.getValue());
            }
        }
        Map<String, Object> areas = new LinkedHashMap<>();
        for (Map.Entry<String, Object> area : template.map("areas").entrySet()) {
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("name", area.getKey());
            if (area.getValue() instanceof Map<?, ?> properties) {
                properties.forEach((key, value) -> definition.put(String.valueOf(key), value));
            }
            areas.put(area.getKey(), definition);
        }
        if (!areas.isEmpty()) {
            json.put("areas", areas);
        }
        return json;
    }
}
