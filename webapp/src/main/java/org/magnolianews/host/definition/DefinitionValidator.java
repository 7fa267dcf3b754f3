package org.magnolianews.host.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;
import org.magnolianews.host.module.Resources;

/**
 * Checks what a single file cannot: that the workspaces, content types, scripts, dialogs and
 * components a definition names exist, and that endpoint and field types are ones this host serves.
 */
final class DefinitionValidator {

    /** FreeMarker, and Magnolia's SPA renderers (magnolia-spa-rendering: spa, site-spa). */
    static final Set<String> RENDER_TYPES = Set.of("freemarker", "spa", "site-spa");

    static final Set<String> ENDPOINT_TYPES = Set.of("jcrDeliveryEndpoint_v2",
            "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition");
    static final Set<String> JCR_RESOLVER_TYPES = Set.of("jcrReferenceResolver",
            "info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition");
    static final Set<String> RESOLVER_TYPES = Set.of("jcrReferenceResolver", "assetReferenceResolver",
            "info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition",
            "info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition");

    private final DefinitionRegistry registry;
    private final Resources resources;
    private final Set<String> workspaces;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    DefinitionValidator(DefinitionRegistry registry, Resources resources, Set<String> declaredWorkspaces) {
        this.registry = registry;
        this.resources = resources;
        this.workspaces = new HashSet<>(declaredWorkspaces);
        registry.entries().stream().filter(e -> e.definition().type() == DefinitionType.CONTENT_TYPE)
                .flatMap(e -> registry.readContentType(e.definition().name()).stream()).filter(ContentTypeDefinition::autoCreate)
                .filter(ct -> ct.workspace() != null).forEach(ct -> workspaces.add(ct.workspace()));
    }

    List<DefinitionProblem> validate() {
        for (DefinitionRegistry.Entry entry : registry.entries()) {
            Definition definition = entry.definition();
            if (definition.type() == DefinitionType.CONTENT_TYPE) {
                registry.readContentType(definition.name()).ifPresent(contentType -> validateContentType(definition, contentType));
            }
        }
        registry.all(DefinitionType.TEMPLATE).forEach(this::validateTemplate);
        registry.all(DefinitionType.DIALOG).forEach(this::validateDialog);
        Map<String, ImageVariations.Variation> variations = ImageVariations.read(registry, problems);
        registry.all(DefinitionType.REST_ENDPOINT).forEach(endpoint -> validateEndpoint(endpoint));
        registry.all(DefinitionType.REST_ENDPOINT).forEach(endpoint -> validateRenditions(endpoint, variations));
        WebhookDefinition.readAll(registry, problems);
        return problems;
    }

    private void validateContentType(Definition definition, ContentTypeDefinition contentType) {
        if (contentType.workspace() != null && !workspaces.contains(contentType.workspace())) {
            problems.add(definition.problem("datasource.workspace", "workspace '" + contentType.workspace()
                    + "' is not declared by any module descriptor; declare it or set autoCreate: true"));
        }
        checkPropertyTypes(definition, contentType, contentType.properties(), "model.properties");
        contentType.subModels().forEach((name, properties) ->
                checkPropertyTypes(definition, contentType, properties, "model.subModels"));
    }

    private void checkPropertyTypes(Definition definition, ContentTypeDefinition contentType,
                                    List<PropertyDefinition> properties, String path) {
        for (int i = 0; i < properties.size(); i++) {
            PropertyDefinition property = properties.get(i);
            String at = path + "[" + i + "].type";
            String type = property.type();
            if (property.isReference()) {
                if (registry.entry(DefinitionType.CONTENT_TYPE, property.referencedType()).isEmpty()) {
                    // MINOR: Magnolia registers the type (CLI 5's prototype has infoLink: reference:page); only a value
                    // for the property cannot be stored, there being nothing to check it against.
                    problems.add(definition.problem(at, "property '" + property.name() + "' references content type '"
                            + property.referencedType() + "', which no module defines").withSeverity(DefinitionProblem.Severity.MINOR));
                }
            } else if (!ContentTypeDefinition.SCALAR_TYPES.contains(type) && !contentType.subModels().containsKey(type)) {
                problems.add(definition.problem(at, "property '" + property.name() + "' has unknown type '" + type
                        + "' (known: " + ContentTypeDefinition.SCALAR_TYPES + ", reference:<contentType>, or a sub-model name)"));
            }
        }
    }

    /**
     * Magnolia's template kinds: {@code renderType: freemarker} needs an existing {@code templateScript};
     * {@code renderType: spa}/{@code site-spa} ({@code SpaRenderableDefinition}) is rendered by a front end and may
     * have a script (the bundled {@code index.html}), a {@code baseUrl} + {@code routeTemplate}, or neither; a
     * component template of an SPA may have only {@code title} and {@code dialog} (no renderType, no script).
     */
    private void validateTemplate(Definition template) {
        String renderType = template.string("renderType").orElse(null);
        String script = template.string("templateScript").orElse(null);
        if (renderType != null && !RENDER_TYPES.contains(renderType)) {
            problems.add(template.problem("renderType", "renderType '" + renderType + "' has no renderer (known: " + RENDER_TYPES + ")"));
        } else if ("freemarker".equals(renderType) && script == null) {
            problems.add(template.problem("templateScript", "template has no 'templateScript'"));
        } else if (renderType == null && script != null) {
            problems.add(template.problem("renderType", "template has a templateScript but no 'renderType'; Magnolia finds no renderer"
                    + " for it (use renderType: freemarker)"));
        }
        if (script != null && !resources.exists(script)) {
            problems.add(template.problem("templateScript", "templateScript " + script + " does not exist"));
        }
        template.string("dialog").ifPresent(dialog -> {
            if (registry.entry(DefinitionType.DIALOG, dialog).isEmpty()) {
                problems.add(template.problem("dialog", "dialog '" + dialog + "' is not defined")
                        .withSeverity(DefinitionProblem.Severity.MINOR));
            }
        });
        template.map("areas").forEach((areaName, area) -> {
            if (!(area instanceof Map<?, ?> areaMap)) {
                problems.add(template.problem("areas." + areaName, "area '" + areaName + "' must be a mapping"));
                return;
            }
            if (areaMap.get("availableComponents") instanceof Map<?, ?> components) {
                components.forEach((key, component) -> {
                    String path = "areas." + areaName + ".availableComponents." + key;
                    Object id = component instanceof Map<?, ?> c ? c.get("id") : null;
                    if (!(id instanceof String componentId)) {
                        problems.add(template.problem(path, "available component '" + key + "' has no 'id'"));
                    } else if (registry.entry(DefinitionType.TEMPLATE, componentId).isEmpty()) {
                        problems.add(template.problem(path + ".id", "component template '" + componentId + "' is not defined")
                                .withSeverity(DefinitionProblem.Severity.MINOR));
                    }
                });
            }
        });
    }

    private void validateDialog(Definition dialog) {
        Map<String, Object> form = dialog.map("form");
        if (form.containsKey("tabs")) {
            problems.add(dialog.problem("form.tabs", "'form.tabs' is the Magnolia 5 UI syntax; use form.properties (and form.layout for tabs)"));
            return;
        }
        if (!(form.get("properties") instanceof Map<?, ?> properties)) {
            problems.add(dialog.problem("form", "dialog needs 'form.properties', a map of field name to field"));
            return;
        }
        properties.forEach((name, field) -> {
            String path = "form.properties." + name;
            if (!(field instanceof Map<?, ?> fieldMap) || !(fieldMap.get("$type") instanceof String || fieldMap.get("class") instanceof String)) {
                problems.add(dialog.problem(path, "field '" + name + "' needs a '$type' (textField, richTextField, dateField, linkField …)"));
            }
        });
    }

    private void validateEndpoint(Definition endpoint) {
        String type = endpoint.string("$type").or(() -> endpoint.string("class")).orElse(null);
        if (type == null || !ENDPOINT_TYPES.contains(type)) {
            problems.add(endpoint.problem("$type", "endpoint type '" + type + "' is not served by this host (known: jcrDeliveryEndpoint_v2)"));
            return;
        }
        String workspace = endpoint.string("workspace").orElse("website");
        if (!workspaces.contains(workspace)) {
            problems.add(endpoint.problem("workspace", "workspace '" + workspace + "' does not exist"));
        }
        for (String key : List.of("depth", "limit", "referenceDepth")) {
            endpoint.string(key).ifPresent(value -> {
                if (!value.matches("-?\\d{1,6}")) {
                    problems.add(endpoint.problem(key, "'" + key + "' must be a whole number, found '" + value + "'"));
                }
            });
        }
        List<Object> references = endpoint.list("references");
        for (int i = 0; i < references.size(); i++) {
            String path = "references[" + i + "]";
            if (!(references.get(i) instanceof Map<?, ?> reference)) {
                problems.add(endpoint.problem(path, "a reference must be a mapping"));
                continue;
            }
            if (!(reference.get("propertyName") instanceof String)) {
                problems.add(endpoint.problem(path, "reference has no 'propertyName'"));
            }
            Object resolver = reference.get("referenceResolver");
            Object resolverType = resolver instanceof Map<?, ?> r ? (r.get("$type") != null ? r.get("$type") : r.get("class")) : null;
            if (!(resolverType instanceof String) || !RESOLVER_TYPES.contains(resolverType)) {
                problems.add(endpoint.problem(path + ".referenceResolver", "unknown reference resolver '" + resolverType
                        + "' (known: jcrReferenceResolver, assetReferenceResolver)"));
            } else if (JCR_RESOLVER_TYPES.contains(resolverType)) {
                Object target = ((Map<?, ?>) resolver).get("targetWorkspace");
                if (!(target instanceof String ws) || !workspaces.contains(ws)) {
                    problems.add(endpoint.problem(path + ".referenceResolver.targetWorkspace",
                            "jcrReferenceResolver needs an existing 'targetWorkspace', found '" + target + "'"));
                }
            }
        }
    }

    /** An asset rendition names an image variation of a theme, as Magnolia's asset renditions name the site theme's variations. */
    private void validateRenditions(Definition endpoint, Map<String, ImageVariations.Variation> variations) {
        List<Object> references = endpoint.list("references");
        for (int i = 0; i < references.size(); i++) {
            if (!(references.get(i) instanceof Map<?, ?> reference) || !(reference.get("referenceResolver") instanceof Map<?, ?> resolver)
                    || !(resolver.get("assetRenditions") instanceof List<?> renditions)) {
                continue;
            }
            for (int j = 0; j < renditions.size(); j++) {
                String rendition = String.valueOf(renditions.get(j));
                if (!variations.containsKey(rendition)) {
                    problems.add(endpoint.problem("references[" + i + "].referenceResolver.assetRenditions[" + j + "]",
                            "asset rendition '" + rendition + "' is no image variation of any theme (themes/<name>.yaml, imaging.variations;"
                            + " known: " + new java.util.TreeSet<>(variations.keySet()) + ")"));
                }
            }
        }
    }
}
