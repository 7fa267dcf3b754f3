package org.magnolianews.host.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.magnolianews.host.definition.Definition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.definition.DefinitionType;

/** The fields of a template's dialog, by stored property name (an i18n field once per language: title, title_ru …). */
final class DialogFields {

    private DialogFields() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> of(DefinitionRegistry registry, Languages languages, Definition template) {
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        Optional<Definition> dialog = template.string("dialog").flatMap(id -> registry.find(DefinitionType.DIALOG, id));
        if (dialog.isEmpty() || !(dialog.get().map("form").get("properties") instanceof Map<?, ?> properties)) {
            return fields;
        }
        properties.forEach((name, field) -> {
            Map<String, Object> definition = field instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            if ("true".equals(String.valueOf(definition.get("i18n")))) {
                languages.all().forEach(lang -> fields.put(languages.propertyName(String.valueOf(name), lang), definition));
            } else {
                fields.put(String.valueOf(name), definition);
            }
        });
        return fields;
    }
}
