package org.magnolianews.host.author.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.author.apps.FieldSpec;
import org.magnolianews.host.content.ContentValidator;
import org.magnolianews.host.content.FieldError;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.content.RichTextSanitizer;
import org.magnolianews.host.content.ValidationException;
import org.magnolianews.host.definition.DefinitionRegistry;

/**
 * Checks a component dialog's values: required fields, numbers, references that must name an
 * existing item; rich text is sanitized. Collects every error, like the content validator.
 */
final class DialogValidator {

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final DefinitionRegistry registry;
    private final ContentValidator.ReferenceLookup lookup;
    private final Languages languages;

    DialogValidator(DefinitionRegistry registry, ContentValidator.ReferenceLookup lookup, Languages languages) {
        this.registry = registry;
        this.lookup = lookup;
        this.languages = languages;
    }

    Map<String, Object> validate(List<FieldSpec> fields, Map<String, Object> values) {
        List<FieldError> errors = new java.util.ArrayList<>();
        Map<String, Object> checked = new LinkedHashMap<>(values);
        for (FieldSpec field : fields) {
            List<String> names = field.i18n() ? languages.all().stream().map(l -> languages.propertyName(field.name(), l)).toList()
                    : List.of(field.name());
            boolean present = false;
            for (String name : names) {
                Object value = values.get(name);
                if (value == null || (value instanceof String s && s.isBlank())) {
                    continue;
                }
                present = true;
                String text = String.valueOf(value);
                if (text.length() > 100_000) {
                    errors.add(new FieldError(name, "is longer than 100000 characters"));
                }
                switch (field.kind()) {
                    case RICH_TEXT -> checked.put(name, RichTextSanitizer.sanitize(text));
                    case NUMBER -> {
                        if (!text.matches("-?\\d{1,12}")) {
                            errors.add(new FieldError(name, "must be a whole number, found '" + abbreviate(text) + "'"));
                        } else {
                            checked.put(name, Long.valueOf(text)); // a Long, as Magnolia's field with its converter stores it
                        }
                    }
                    case CHECKBOX -> checked.put(name, Boolean.valueOf(text)); // checkBoxField stores a Boolean
                    case REFERENCE -> {
                        var type = registry.contentType(field.referencedType()).orElse(null);
                        if (type == null) { // the dialog's content type has a problem (Definitions screen)
                            errors.add(new FieldError(name, "references content type '" + field.referencedType() + "', which no module defines"));
                            break;
                        }
                        for (Object id : value instanceof List<?> l ? l : List.of(value)) {
                            if (!UUID.matcher(String.valueOf(id)).matches() || !lookup.exists(type.workspace(), String.valueOf(id), type.nodeType())) {
                                errors.add(new FieldError(name, "no " + field.referencedType() + " with identifier " + abbreviate(String.valueOf(id))));
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            if (field.required() && !present) {
                errors.add(new FieldError(field.name(), field.i18n() ? "is required in at least one language" : "is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return checked;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
