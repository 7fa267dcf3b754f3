package org.magnolianews.host.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.jcr.Node;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.host.repository.WorkspaceLayout;

/**
 * Checks a write against its content type and converts the submitted strings into JCR-ready values.
 * Every problem is collected, so a form or a 400 body can list them all at once.
 *
 * <p>Submitted values: a string, a list of strings (multiple), or a list of maps (a sub-model such as
 * releases). i18n properties take {@code name_<lang>} keys for the non-default languages. A required
 * i18n property needs a value in at least one language: an item may exist only in Russian.
 */
public final class ContentValidator {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_TEXT = 200_000;

    /** Answers whether an identifier names a node (of a type, when given) in a workspace. */
    public interface ReferenceLookup {
        boolean exists(String workspace, String identifier, String nodeType);
    }

    private final DefinitionRegistry registry;
    private final ReferenceLookup lookup;
    private final Languages languages;

    public ContentValidator(DefinitionRegistry registry, ContentRepository repository, Languages languages) {
        this(registry, repositoryLookup(repository), languages);
    }

    public ContentValidator(DefinitionRegistry registry, ReferenceLookup lookup, Languages languages) {
        this.registry = registry;
        this.lookup = lookup;
        this.languages = languages;
    }

    public static ReferenceLookup repositoryLookup(ContentRepository repository) {
        return (workspace, identifier, nodeType) -> repository.call(workspace, session -> {
            try {
                Node node = session.getNodeByIdentifier(identifier);
                return nodeType == null || node.isNodeType(nodeType);
            } catch (javax.jcr.ItemNotFoundException e) {
                return false;
            }
        });
    }

    /**
     * @param partial true for an update that only changes the keys given; required fields are then
     *                checked only when the update clears them.
     * @return converted values by JCR property name; {@code null} values mean "remove"
     * @throws ValidationException listing every bad field
     */
    public Map<String, Object> validate(ContentTypeDefinition type, Map<String, Object> values, boolean partial) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> converted = convertAll(type, type.properties(), values, partial, "", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return converted;
    }

    private Map<String, Object> convertAll(ContentTypeDefinition type, List<PropertyDefinition> properties,
                                           Map<String, Object> values, boolean partial, String prefix,
                                           List<FieldError> errors) {
        Map<String, Object> converted = new LinkedHashMap<>();
        Map<String, PropertyDefinition> byStoredName = new LinkedHashMap<>();
        for (PropertyDefinition property : properties) {
            if (property.i18n()) {
                languages.all().forEach(lang -> byStoredName.put(languages.propertyName(property.name(), lang), property));
            } else {
                byStoredName.put(property.name(), property);
            }
        }
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            PropertyDefinition property = byStoredName.get(entry.getKey());
            if (property == null) {
                errors.add(new FieldError(prefix + entry.getKey(), "unknown property for content type '" + type.name() + "'"));
                continue;
            }
            Object value = convert(type, property, entry.getValue(), prefix + entry.getKey(), errors);
            converted.put(entry.getKey(), value);
        }
        for (PropertyDefinition property : properties) {
            if (!property.required()) {
                continue;
            }
            List<String> storedNames = property.i18n()
                    ? languages.all().stream().map(lang -> languages.propertyName(property.name(), lang)).toList()
                    : List.of(property.name());
            boolean touched = storedNames.stream().anyMatch(values::containsKey);
            boolean present = storedNames.stream().anyMatch(name -> converted.get(name) != null);
            // A value that failed to convert already has its own, more precise error.
            boolean reported = storedNames.stream().anyMatch(name -> errors.stream().anyMatch(e ->
                    e.field().equals(prefix + name) || e.field().startsWith(prefix + name + "[")));
            if (!present && !reported && (!partial || touched)) {
                errors.add(new FieldError(prefix + property.name(), property.i18n()
                        ? "is required in at least one language" : "is required"));
            }
        }
        return converted;
    }

    private Object convert(ContentTypeDefinition type, PropertyDefinition property, Object raw, String field,
                           List<FieldError> errors) {
        if (raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof List<?> l && l.isEmpty())) {
            return null;
        }
        List<PropertyDefinition> subModel = type.subModels().get(property.type());
        if (subModel != null) {
            List<Object> entries = raw instanceof List<?> list ? new ArrayList<>(list) : List.of(raw);
            if (!property.multiple() && entries.size() > 1) {
                errors.add(new FieldError(field, "takes one entry, found " + entries.size()));
            }
            List<Map<String, Object>> result = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                    errors.add(new FieldError(field + "[" + i + "]", "must be an object with the fields " + names(subModel)));
                    continue;
                }
                Map<String, Object> entryValues = new LinkedHashMap<>();
                entry.forEach((k, v) -> entryValues.put(String.valueOf(k), v));
                result.add(convertAll(type, subModel, entryValues, false, field + "[" + i + "].", errors));
            }
            return result;
        }
        if (raw instanceof List<?> list) {
            if (!property.multiple()) {
                errors.add(new FieldError(field, "takes a single value, not a list"));
                return null;
            }
            List<Object> result = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (!(item instanceof String || item instanceof Number || item instanceof Boolean)) {
                    errors.add(new FieldError(field + "[" + i + "]", "must be a plain value"));
                    continue;
                }
                Object value = scalar(property, String.valueOf(item).trim(), field + "[" + i + "]", errors);
                if (value != null && !result.contains(value)) {
                    result.add(value);
                }
            }
            return result;
        }
        if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
            errors.add(new FieldError(field, "must be a plain value"));
            return null;
        }
        Object value = scalar(property, String.valueOf(raw).trim(), field, errors);
        return property.multiple() && value != null ? List.of(value) : value;
    }

    private Object scalar(PropertyDefinition property, String text, String field, List<FieldError> errors) {
        if (text.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "is longer than " + MAX_TEXT + " characters"));
            return null;
        }
        try {
            if (property.isReference()) {
                return reference(property, text, field, errors);
            }
            return switch (property.type()) {
                case "richText" -> RichTextSanitizer.sanitize(text);
                case "Date" -> date(text);
                case "Boolean" -> bool(text);
                case "Long" -> Long.parseLong(text);
                case "Double" -> Double.parseDouble(text);
                case "Decimal" -> new BigDecimal(text);
                case "asset" -> asset(text, field, errors);
                default -> string(property, text);
            };
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a " + property.type() + " number, found '" + abbreviate(text) + "'"));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date (yyyy-MM-dd or ISO 8601 with offset), found '" + abbreviate(text) + "'"));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
        }
        return null;
    }

    /** Strings whose name gives them a format (issue 12: URLs; issue 10: ISBN, country); others as typed. */
    private static String string(PropertyDefinition property, String text) {
        if (WebUrls.holdsUrl(property)) {
            return WebUrls.check(text);
        }
        if (Isbn.holdsIsbn(property)) {
            return Isbn.normalise(text);
        }
        return Countries.holdsCountry(property) ? Countries.check(text) : text;
    }

    private Object reference(PropertyDefinition property, String text, String field, List<FieldError> errors) {
        if (!UUID.matcher(text).matches()) {
            errors.add(new FieldError(field, "must be the identifier of a " + property.referencedType() + ", found '" + abbreviate(text) + "'"));
            return null;
        }
        ContentTypeDefinition target = registry.contentType(property.referencedType()).orElse(null);
        if (target == null) { // a minor problem of the definition (Definitions screen): nothing to check the value against
            errors.add(new FieldError(field, "references content type '" + property.referencedType() + "', which no module defines"));
            return null;
        }
        if (!exists(target.workspace(), text, target.nodeType())) {
            errors.add(new FieldError(field, "no " + property.referencedType() + " with identifier " + text));
            return null;
        }
        return text;
    }

    private Object asset(String text, String field, List<FieldError> errors) {
        String id = text.startsWith("jcr:") ? text.substring(4) : text;
        if (!UUID.matcher(id).matches() || !exists(WorkspaceLayout.DAM, id, null)) {
            errors.add(new FieldError(field, "no asset " + abbreviate(text) + " in the DAM"));
            return null;
        }
        return "jcr:" + id;
    }

    private boolean exists(String workspace, String identifier, String nodeType) {
        return lookup.exists(workspace, identifier, nodeType);
    }

    static Calendar date(String text) {
        if (text.length() == 10) {
            LocalDate day = LocalDate.parse(text);
            return GregorianCalendar.from(day.atStartOfDay(ZoneId.systemDefault()));
        }
        OffsetDateTime time = OffsetDateTime.parse(text);
        return GregorianCalendar.from(time.toZonedDateTime());
    }

    private static Boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("must be true or false, found '" + abbreviate(text) + "'");
        }
        return Boolean.valueOf(text);
    }

    private static String names(List<PropertyDefinition> properties) {
        return properties.stream().map(PropertyDefinition::name).toList().toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

}
