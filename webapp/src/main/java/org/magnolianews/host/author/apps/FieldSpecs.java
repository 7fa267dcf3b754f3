package org.magnolianews.host.author.apps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;

/**
 * Reads Magnolia form definitions (an expanded app's {@code subApps.detail.form.properties} or a
 * dialog's {@code form.properties}) into {@link FieldSpec}s. Where a content type backs the form,
 * its property definitions decide type, i18n, multiplicity and references; the form's {@code $type}
 * refines how the field is shown.
 */
public final class FieldSpecs {

    private final DefinitionRegistry registry;

    public FieldSpecs(DefinitionRegistry registry) {
        this.registry = registry;
    }

    public List<FieldSpec> read(Map<String, Object> properties, Optional<ContentTypeDefinition> type,
                                List<PropertyDefinition> typeProperties) {
        List<FieldSpec> specs = new ArrayList<>();
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            Map<String, Object> field = map(entry.getValue());
            Optional<PropertyDefinition> property = typeProperties.stream().filter(p -> p.name().equals(entry.getKey())).findFirst();
            specs.add(spec(entry.getKey(), field, type, property));
        }
        return specs;
    }

    private FieldSpec spec(String name, Map<String, Object> field, Optional<ContentTypeDefinition> type,
                           Optional<PropertyDefinition> property) {
        String fieldType = string(field, "$type", "textField");
        boolean i18n = property.map(PropertyDefinition::i18n).orElse(bool(field, "i18n"));
        boolean required = property.map(PropertyDefinition::required).orElse(bool(field, "required"));
        boolean multiple = property.map(PropertyDefinition::multiple).orElse(bool(field, "multiple"));
        String label = string(field, "label", name);
        String description = string(field, "description", "");
        String dataType = property.map(PropertyDefinition::type).orElse(string(field, "type", "String"));
        if (type.isPresent() && type.get().subModels().containsKey(dataType)) {
            Map<String, Object> subFields = new LinkedHashMap<>(map(field.get("properties")));
            map(map(field.get("field")).get("properties")).forEach((k, v) -> subFields.merge(k, v,
                    (a, b) -> org.magnolianews.host.author.apps.Maps.merge(map(a), map(b))));
            List<FieldSpec> sub = read(subFields, type, type.get().subModels().get(dataType));
            return new FieldSpec(name, FieldSpec.Kind.GROUP, label, description, false, required, multiple, null, sub, List.of());
        }
        String referenced = property.filter(PropertyDefinition::isReference).map(PropertyDefinition::referencedType)
                .orElseGet(() -> linkTarget(field));
        if (referenced != null) {
            return new FieldSpec(name, FieldSpec.Kind.REFERENCE, label, description, i18n, required, multiple, referenced, List.of(), List.of());
        }
        FieldSpec.Kind kind;
        List<String> options = new ArrayList<>();
        if (fieldType.equals("comboBoxField") || fieldType.equals("selectField")) {
            kind = FieldSpec.Kind.SELECT;
            for (Object option : list(map(field.get("datasource")).get("options"))) {
                options.add(string(map(option), "value", string(map(option), "name", "")));
            }
        } else if (dataType.equals("richText") || fieldType.equals("richTextField")) {
            kind = FieldSpec.Kind.RICH_TEXT;
        } else if (dataType.equals("Date") || fieldType.equals("dateField")) {
            kind = bool(field, "time") ? FieldSpec.Kind.DATE_TIME : FieldSpec.Kind.DATE;
        } else if (dataType.equals("Boolean") || fieldType.equals("checkBoxField")) {
            kind = FieldSpec.Kind.CHECKBOX;
        } else if (dataType.equals("asset") || fieldType.equals("damLinkField")) {
            kind = FieldSpec.Kind.ASSET;
        } else if (dataType.equals("Long") || dataType.equals("java.lang.Long") || dataType.equals("Double")) {
            kind = FieldSpec.Kind.NUMBER;
        } else if (multiple || field.containsKey("rows")) {
            kind = FieldSpec.Kind.TEXTAREA;
        } else if (dataType.equals("String") && org.magnolianews.host.content.Countries.isCountryField(name)) {
            kind = FieldSpec.Kind.COUNTRY; // the ISO list, as the validator checks it (issue 10)
        } else {
            kind = FieldSpec.Kind.TEXT;
        }
        return new FieldSpec(name, kind, label, description, i18n, required, multiple, null, List.of(), options);
    }

    /** A linkField's datasource workspace, as the content type whose items live there. */
    private String linkTarget(Map<String, Object> field) {
        if (!string(field, "$type", "").equals("linkField")) {
            return null;
        }
        String workspace = string(map(field.get("datasource")), "workspace", "");
        return registry.contentTypeOfWorkspace(workspace).map(ContentTypeDefinition::name).orElse(null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    static String string(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }

    private static boolean bool(Map<String, Object> map, String key) {
        return "true".equals(String.valueOf(map.get(key)));
    }
}
