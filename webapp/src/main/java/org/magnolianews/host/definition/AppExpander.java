package org.magnolianews.host.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * Magnolia's {@code !content-type:<name>} app macro: builds a full content app descriptor (a
 * browser with columns and a detail form with one field per property) from a content type, then lays
 * the keys written in the app file over it.
 */
final class AppExpander {

    Map<String, Object> expand(ContentTypeDefinition contentType, Map<String, Object> overrides) {
        // Field labels are i18n keys in Magnolia's pattern for app forms: <app>.<field>.label, the inner fields of a
        // multi field under ".field." (news.corrections.field.date.label).
        String app = overrides.get("name") instanceof String name && !name.isBlank() ? name : contentType.name();
        Map<String, Object> generated = new LinkedHashMap<>();
        generated.put("name", contentType.name());
        generated.put("label", contentType.name());
        generated.put("contentType", contentType.name());
        generated.put("workspace", contentType.workspace());
        generated.put("rootPath", contentType.rootPath());
        generated.put("nodeType", contentType.nodeType());

        Map<String, Object> browser = new LinkedHashMap<>();
        List<Object> columns = new ArrayList<>();
        columns.add("jcrName");
        contentType.properties().stream().filter(p -> !p.multiple() && isListable(p)).limit(3)
                .forEach(p -> columns.add(p.name()));
        columns.add("status");
        columns.add("mgnl:lastModified");
        browser.put("columns", columns);

        Map<String, Object> fields = new LinkedHashMap<>();
        for (PropertyDefinition property : contentType.properties()) {
            fields.put(property.name(), field(property, contentType, app + "." + property.name()));
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("properties", fields);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("form", form);

        Map<String, Object> subApps = new LinkedHashMap<>();
        subApps.put("browser", browser);
        subApps.put("detail", detail);
        generated.put("subApps", subApps);
        return deepMerge(generated, overrides);
    }

    private static boolean isListable(PropertyDefinition property) {
        return property.type().equals("String") || property.type().equals("Date");
    }

    private static Map<String, Object> field(PropertyDefinition property, ContentTypeDefinition contentType, String key) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("$type", fieldType(property, contentType));
        field.put("label", key + ".label");
        if (property.i18n()) {
            field.put("i18n", "true");
        }
        if (property.required()) {
            field.put("required", "true");
        }
        if (property.multiple()) {
            field.put("multiple", "true");
        }
        field.put("type", property.type());
        if (contentType.subModels().containsKey(property.type())) {
            Map<String, Object> subFields = new LinkedHashMap<>();
            for (PropertyDefinition sub : contentType.subModels().get(property.type())) {
                subFields.put(sub.name(), field(sub, contentType, key + ".field." + sub.name()));
            }
            field.put("properties", subFields);
        }
        return field;
    }

    private static String fieldType(PropertyDefinition property, ContentTypeDefinition contentType) {
        if (contentType.subModels().containsKey(property.type())) {
            return property.multiple() ? "jcrMultiField" : "compositeField";
        }
        if (property.isReference()) {
            return property.multiple() ? "jcrMultiValueField" : "linkField";
        }
        return switch (property.type()) {
            case "richText" -> "richTextField";
            case "Date" -> "dateField";
            case "Boolean" -> "checkBoxField";
            case "asset" -> "damLinkField";
            default -> property.multiple() ? "jcrMultiValueField" : "textField";
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> overrides) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        overrides.forEach((key, value) -> {
            Object existing = merged.get(key);
            if (existing instanceof Map<?, ?> existingMap && value instanceof Map<?, ?> valueMap) {
                merged.put(key, deepMerge((Map<String, Object>) existingMap, (Map<String, Object>) valueMap));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }
}
