package org.magnolianews.host.management;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magnolianews.host.content.FieldError;
import org.magnolianews.host.repository.MgnlNodeTypes;

/**
 * The body of a PUT or POST on the nodes endpoint, in Magnolia's node JSON, turned into the plain
 * values the content services take: a string per single property, a list of strings per multiple
 * one, {@code null} for "remove" (an empty {@code values}). Shape errors of all properties are
 * collected and reported together, as the content validation does.
 *
 * <p>{@code jcr:} and {@code mgnl:} properties are kept by the system and ignored here, so a client
 * may send back what it read; {@code mgnl:lastModified}, when present, says which version the
 * client edited (a stale one gets 409).
 */
record NodeBody(Optional<String> name, Optional<String> type, Map<String, Object> values, Optional<Calendar> lastModified) {

    private static final Set<String> JCR_TYPES = Set.of("String", "Boolean", "Long", "Double", "Decimal", "Date",
            "Binary", "Name", "Path", "Reference", "WeakReference", "URI", "Undefined");
    private static final Set<String> KNOWN_KEYS = Set.of("name", "type", "path", "identifier", "properties", "nodes", "publicationStatus");

    private static final Pattern ENTRY_NAME = Pattern.compile("([A-Za-z_][A-Za-z_]*)(\\d{1,6})");

    /** What a property must look like: its JCR type name and whether it holds several values. */
    record Shape(String jcrType, boolean multiple) {
    }

    /**
     * @param shapes the expected shape of each known property; empty for names the content type
     *               does not know (passed on, so validation can name them)
     */
    static NodeBody parse(JsonNode body, Function<String, Optional<Shape>> shapes) {
        return parse(body, shapes, property -> Optional.empty());
    }

    /**
     * @param entryShapes for a sub-model property ({@code corrections}), the shapes of its entries'
     *                    properties; entries come as child nodes named {@code <property><index>}
     *                    ({@code corrections0}), as Magnolia stores and the delivery API shows them
     */
    static NodeBody parse(JsonNode body, Function<String, Optional<Shape>> shapes,
                          Function<String, Optional<Function<String, Optional<Shape>>>> entryShapes) {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN_KEYS.contains(key)) {
                errors.add(new FieldError(key, "unknown field; a node has name, type, path, identifier, properties and nodes"));
            }
        }
        Optional<String> name = text(body, "name", errors);
        Optional<String> type = text(body, "type", errors);
        Map<String, Object> values = new LinkedHashMap<>();
        if (body.has("nodes") && !body.get("nodes").isNull()) {
            entries(body.get("nodes"), entryShapes, values, errors);
        }
        Optional<Calendar> lastModified = Optional.empty();
        JsonNode properties = body.get("properties");
        if (properties != null && !properties.isNull() && !properties.isArray()) {
            errors.add(new FieldError("properties", "must be a list of {name, type, multiple, values}"));
        } else if (properties != null && properties.isArray()) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < properties.size(); i++) {
                String field = "properties[" + i + "]";
                JsonNode property = properties.get(i);
                if (!property.isObject() || !property.path("name").isTextual()) {
                    errors.add(new FieldError(field, "must be an object with a string name"));
                    continue;
                }
                String propertyName = property.get("name").asText();
                if (!seen.add(propertyName)) {
                    errors.add(new FieldError(propertyName, "is given twice"));
                    continue;
                }
                if (propertyName.equals(MgnlNodeTypes.LAST_MODIFIED)) {
                    lastModified = lastModified(property, propertyName, errors);
                } else if (values.containsKey(propertyName)) {
                    errors.add(new FieldError(propertyName, "is given as child nodes already; send its entries only as nodes"));
                } else if (!NodeJsonWriter.isMetadata(propertyName)) {
                    property(property, propertyName, shapes.apply(propertyName), values, errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new NodeBody(name, type, values, lastModified);
    }

    /** Child nodes {@code corrections0, corrections1 …}: the entries of sub-model properties, in index order. */
    private static void entries(JsonNode nodes, Function<String, Optional<Function<String, Optional<Shape>>>> entryShapes,
                                Map<String, Object> values, List<FieldError> errors) {
        if (!nodes.isArray()) {
            errors.add(new FieldError("nodes", "must be a list of child nodes"));
            return;
        }
        Map<String, TreeMap<Integer, Map<String, Object>>> byProperty = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String field = "nodes[" + i + "]";
            JsonNode node = nodes.get(i);
            Matcher name = node.path("name").isTextual()
                    ? ENTRY_NAME.matcher(node.get("name").asText()) : null;
            Optional<Function<String, Optional<Shape>>> shapes = name != null && name.matches()
                    ? entryShapes.apply(name.group(1)) : Optional.empty();
            if (shapes.isEmpty()) {
                errors.add(new FieldError(field + ".name", "only entries of a sub-model property, named <property><index> "
                        + "(corrections0), are sent with their item; create other child nodes with their own PUT"));
                continue;
            }
            if (node.has("type") && !MgnlNodeTypes.CONTENT_NODE.equals(node.get("type").asText())) {
                errors.add(new FieldError(field + ".type", "an entry is a " + MgnlNodeTypes.CONTENT_NODE));
                continue;
            }
            if (node.has("nodes") && !(node.get("nodes").isArray() && node.get("nodes").isEmpty())) {
                errors.add(new FieldError(field + ".nodes", "entries have no child nodes"));
                continue;
            }
            String property = name.group(1);
            int index = Integer.parseInt(name.group(2)); // at most six digits
            Map<String, Object> entry = new LinkedHashMap<>();
            JsonNode properties = node.path("properties");
            if (!properties.isArray()) {
                errors.add(new FieldError(field + ".properties", "must be a list of {name, type, multiple, values}"));
                continue;
            }
            for (int j = 0; j < properties.size(); j++) {
                JsonNode entryProperty = properties.get(j);
                if (!entryProperty.isObject() || !entryProperty.path("name").isTextual()) {
                    errors.add(new FieldError(field + ".properties[" + j + "]", "must be an object with a string name"));
                    continue;
                }
                String propertyName = entryProperty.get("name").asText();
                if (!NodeJsonWriter.isMetadata(propertyName)) {
                    property(entryProperty, property + "[" + index + "]." + propertyName, shapes.get().apply(propertyName), entry, errors);
                }
            }
            Map<String, Object> unprefixed = new LinkedHashMap<>();
            entry.forEach((key, value) -> unprefixed.put(key.substring(key.indexOf("].") + 2), value));
            if (byProperty.computeIfAbsent(property, p -> new TreeMap<>()).put(index, unprefixed) != null) {
                errors.add(new FieldError(field + ".name", "entry " + property + index + " is given twice"));
            }
        }
        byProperty.forEach((property, entries) -> values.put(property, new ArrayList<>(entries.values())));
    }

    private static void property(JsonNode property, String name, Optional<Shape> shape, Map<String, Object> values,
                                 List<FieldError> errors) {
        for (Iterator<String> it = property.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!Set.of("name", "type", "multiple", "values").contains(key)) {
                errors.add(new FieldError(name, "unknown field '" + key + "'; a property has name, type, multiple and values"));
                return;
            }
        }
        JsonNode jsonValues = property.get("values");
        if (jsonValues == null || !jsonValues.isArray()) {
            errors.add(new FieldError(name, "values must be a list of strings"));
            return;
        }
        JsonNode declaredType = property.get("type");
        if (declaredType != null && !declaredType.isNull()) {
            if (!declaredType.isTextual() || !JCR_TYPES.contains(declaredType.asText())) {
                errors.add(new FieldError(name, "type must be one of " + JCR_TYPES));
                return;
            }
            if (shape.isPresent() && !shape.get().jcrType().equals(declaredType.asText())) {
                errors.add(new FieldError(name, "is a " + shape.get().jcrType() + " property, not " + declaredType.asText()));
                return;
            }
        }
        JsonNode declaredMultiple = property.get("multiple");
        if (declaredMultiple != null && !declaredMultiple.isNull() && !declaredMultiple.isBoolean()) {
            errors.add(new FieldError(name, "multiple must be true or false"));
            return;
        }
        boolean multiple = shape.map(Shape::multiple)
                .orElse(declaredMultiple != null && declaredMultiple.asBoolean(false));
        if (declaredMultiple != null && declaredMultiple.isBoolean() && shape.isPresent() && declaredMultiple.asBoolean() != multiple) {
            errors.add(new FieldError(name, multiple ? "holds several values: multiple must be true" : "holds one value: multiple must be false"));
            return;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode value : jsonValues) {
            if (!value.isValueNode() || value.isNull()) {
                errors.add(new FieldError(name, "values must be strings, numbers or booleans"));
                return;
            }
            texts.add(value.asText());
        }
        if (texts.isEmpty()) {
            values.put(name, null);
        } else if (multiple) {
            values.put(name, texts);
        } else if (texts.size() > 1) {
            errors.add(new FieldError(name, "takes one value, found " + texts.size()));
        } else {
            values.put(name, texts.get(0));
        }
    }

    private static Optional<Calendar> lastModified(JsonNode property, String name, List<FieldError> errors) {
        JsonNode values = property.get("values");
        if (values == null || !values.isArray() || values.size() != 1 || !values.get(0).isTextual()) {
            errors.add(new FieldError(name, "must hold one date, as read from this node"));
            return Optional.empty();
        }
        try {
            return Optional.of(GregorianCalendar.from(java.time.OffsetDateTime.parse(values.get(0).asText()).toZonedDateTime()));
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO 8601 date with offset, as read from this node"));
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode body, String key, List<FieldError> errors) {
        JsonNode value = body.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(key, "must be a string"));
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }
}
