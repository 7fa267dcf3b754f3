package org.magnolianews.host.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;
import org.magnolianews.host.repository.MgnlNodeTypes;
import org.magnolianews.news.slug.Slugs;

/**
 * Checks writes to the website tree against the definitions, as Magnolia's page editor would allow
 * them: pages under pages with a page template; areas only as the page template declares them;
 * components only of a template the area makes available; properties only those of the template's
 * dialog (i18n ones also with a language suffix), rich text sanitized, numbers and links checked.
 * Every problem is collected; values are stored with the JCR type the dialog field stores ({@link DialogFieldType}).
 */
final class PageContentValidator {

    private static final Pattern AREA_OR_COMPONENT_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]{0,79}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_TEXT = 200_000;

    private final DefinitionRegistry registry;
    private final ContentValidator.ReferenceLookup lookup;
    private final Languages languages;

    PageContentValidator(DefinitionRegistry registry, ContentValidator.ReferenceLookup lookup, Languages languages) {
        this.registry = registry;
        this.lookup = lookup;
        this.languages = languages;
    }

    Map<String, Object> validateCreate(Node parent, String name, String nodeType, Map<String, Object> values)
            throws RepositoryException {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> converted = new LinkedHashMap<>();
        switch (nodeType) {
            case MgnlNodeTypes.PAGE -> {
                if (name == null || !Slugs.isSlug(name)) {
                    errors.add(new FieldError("name", "must be a slug: lower-case letters, digits and single hyphens"));
                }
                if (parent.getDepth() > 0 && !parent.isNodeType(MgnlNodeTypes.PAGE)) {
                    errors.add(new FieldError("path", "a page goes at the root or under a page"));
                }
                template(values, ":pages/", errors).ifPresent(t -> convertProperties(t, values, true, converted, errors));
            }
            case MgnlNodeTypes.AREA -> {
                checkName(name, errors);
                if (!parent.isNodeType(MgnlNodeTypes.PAGE)) {
                    errors.add(new FieldError("path", "an area goes under a page"));
                } else if (name != null && templateOf(parent).map(t -> !t.map("areas").containsKey(name)).orElse(true)) {
                    errors.add(new FieldError("name", "the page template has no area '" + name + "'"));
                }
                values.keySet().forEach(key -> errors.add(new FieldError(key, "areas have no properties")));
            }
            case MgnlNodeTypes.COMPONENT -> {
                checkName(name, errors);
                Optional<Definition> template = template(values, ":components/", errors);
                if (!parent.isNodeType(MgnlNodeTypes.AREA)) {
                    errors.add(new FieldError("path", "a component goes into an area"));
                } else if (template.isPresent() && !availableIn(parent, template.get().id())) {
                    errors.add(new FieldError(MgnlNodeTypes.TEMPLATE, "component " + template.get().id()
                            + " is not available in area '" + parent.getName() + "'"));
                }
                template.ifPresent(t -> convertProperties(t, values, true, converted, errors));
            }
            default -> errors.add(new FieldError("type", "the website holds mgnl:page, mgnl:area and mgnl:component nodes"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return converted;
    }

    Map<String, Object> validateUpdate(Node node, Map<String, Object> values) throws RepositoryException {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> converted = new LinkedHashMap<>();
        if (values.containsKey(MgnlNodeTypes.TEMPLATE)) {
            errors.add(new FieldError(MgnlNodeTypes.TEMPLATE, "cannot be changed; create a new node instead"));
        }
        Optional<Definition> template = templateOf(node);
        if (template.isEmpty()) {
            String type = node.getPrimaryNodeType().getName();
            values.keySet().forEach(key -> errors.add(new FieldError(key, type + " nodes have no properties")));
        } else {
            Map<String, Object> rest = new LinkedHashMap<>(values);
            rest.remove(MgnlNodeTypes.TEMPLATE);
            convertProperties(template.get(), rest, false, converted, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return converted;
    }

    private void checkName(String name, List<FieldError> errors) {
        if (name == null || !AREA_OR_COMPONENT_NAME.matcher(name).matches()) {
            errors.add(new FieldError("name", "must be letters, digits, '-' or '_' (at most 80)"));
        }
    }

    private Optional<Definition> template(Map<String, Object> values, String kind, List<FieldError> errors) {
        Object id = values.get(MgnlNodeTypes.TEMPLATE);
        if (!(id instanceof String text) || text.isBlank()) {
            errors.add(new FieldError(MgnlNodeTypes.TEMPLATE, "is required"));
            return Optional.empty();
        }
        Optional<Definition> template = registry.find(DefinitionType.TEMPLATE, text).filter(t -> t.id().contains(kind));
        if (template.isEmpty()) {
            errors.add(new FieldError(MgnlNodeTypes.TEMPLATE, "no " + kind.substring(1, kind.length() - 2) + " template '" + abbreviate(text) + "'"));
        }
        return template;
    }

    private Optional<Definition> templateOf(Node node) throws RepositoryException {
        if (!node.hasProperty(MgnlNodeTypes.TEMPLATE)) {
            return Optional.empty();
        }
        return registry.find(DefinitionType.TEMPLATE, node.getProperty(MgnlNodeTypes.TEMPLATE).getString());
    }

    @SuppressWarnings("unchecked")
    private boolean availableIn(Node area, String componentId) throws RepositoryException {
        Optional<Definition> page = templateOf(area.getParent());
        if (page.isEmpty() || !(page.get().map("areas").get(area.getName()) instanceof Map<?, ?> areaDefinition)) {
            return false;
        }
        Object available = areaDefinition.get("availableComponents");
        if (!(available instanceof Map<?, ?> components)) {
            return false;
        }
        for (Object component : components.values()) {
            if (component instanceof Map<?, ?> c && componentId.equals(c.get("id"))) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Map<String, Object>> fields(Definition template) {
        return DialogFields.of(registry, languages, template);
    }

    private void convertProperties(Definition template, Map<String, Object> values, boolean creating,
                                   Map<String, Object> converted, List<FieldError> errors) {
        Map<String, Map<String, Object>> fields = fields(template);
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String name = entry.getKey();
            if (name.equals(MgnlNodeTypes.TEMPLATE)) {
                converted.put(name, template.id());
                continue;
            }
            Map<String, Object> field = fields.get(name);
            if (field == null) {
                errors.add(new FieldError(name, "unknown property for template " + template.id()));
                continue;
            }
            Object value = entry.getValue();
            if (value == null || (value instanceof String s && s.isBlank())) {
                converted.put(name, null);
            } else if (!(value instanceof String text)) {
                errors.add(new FieldError(name, "takes a single text value"));
            } else if (text.length() > MAX_TEXT) {
                errors.add(new FieldError(name, "is longer than " + MAX_TEXT + " characters"));
            } else {
                convertValue(name, text.strip(), field, errors).ifPresent(v -> converted.put(name, v));
            }
        }
        if (creating) {
            requireFields(fields, converted, errors);
        }
    }

    private Optional<Object> convertValue(String name, String text, Map<String, Object> field, List<FieldError> errors) {
        String fieldType = String.valueOf(field.get("$type"));
        if (fieldType.equals("richTextField")) {
            return Optional.of(RichTextSanitizer.sanitize(text));
        }
        if (fieldType.equals("linkField") && field.get("datasource") instanceof Map<?, ?> datasource
                && datasource.get("workspace") instanceof String workspace) {
            if (!UUID.matcher(text).matches() || !lookup.exists(workspace, text, null)) {
                errors.add(new FieldError(name, "must be the identifier of a node in " + workspace));
                return Optional.empty();
            }
        }
        DialogFieldType type = DialogFieldType.of(field);
        Optional<Object> value = type.parse(text);
        if (value.isEmpty()) {
            errors.add(new FieldError(name, type.expected() + ", found '" + abbreviate(text) + "'"));
        }
        return value;
    }

    private void requireFields(Map<String, Map<String, Object>> fields, Map<String, Object> converted, List<FieldError> errors) {
        Map<Map<String, Object>, Boolean> satisfied = new java.util.IdentityHashMap<>();
        Map<Map<String, Object>, String> names = new java.util.IdentityHashMap<>();
        fields.forEach((name, field) -> {
            if ("true".equals(String.valueOf(field.get("required")))) {
                satisfied.merge(field, converted.get(name) != null, Boolean::logicalOr);
                names.putIfAbsent(field, name);
            }
        });
        satisfied.forEach((field, present) -> {
            if (!present) {
                errors.add(new FieldError(names.get(field), "is required"));
            }
        });
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
