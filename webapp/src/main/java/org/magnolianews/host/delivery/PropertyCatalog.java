package org.magnolianews.host.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.repository.MgnlNodeTypes;

/**
 * The properties a query may filter and sort on, with their value types. When a content type
 * describes the endpoint's workspace, only its properties (with their stored i18n names such as
 * {@code title_ru}) and Magnolia's system properties are known: anything else is refused as an
 * unknown property. Without one (pages), any plain property name is accepted, as text.
 */
public final class PropertyCatalog {

    public enum ValueType { STRING, DATE, NUMBER, BOOLEAN }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");
    private static final Map<String, ValueType> SYSTEM = Map.of(
            MgnlNodeTypes.CREATED, ValueType.DATE,
            MgnlNodeTypes.CREATED_BY, ValueType.STRING,
            MgnlNodeTypes.LAST_MODIFIED, ValueType.DATE,
            MgnlNodeTypes.LAST_MODIFIED_BY, ValueType.STRING,
            MgnlNodeTypes.LAST_ACTIVATED, ValueType.DATE,
            MgnlNodeTypes.LAST_ACTIVATED_BY, ValueType.STRING,
            MgnlNodeTypes.ACTIVATION_STATUS, ValueType.BOOLEAN,
            MgnlNodeTypes.TEMPLATE, ValueType.STRING);

    private final Optional<Map<String, ValueType>> declared;
    /** Reference properties ({@code type: reference:<content type>}), by name. */
    private final java.util.Set<String> references;
    /** The content type's translatable properties (base names); empty when there is no content type. */
    private final List<String> translatable;

    private PropertyCatalog(Optional<Map<String, ValueType>> declared, java.util.Set<String> references, List<String> translatable) {
        this.declared = declared;
        this.references = java.util.Set.copyOf(references);
        this.translatable = List.copyOf(translatable);
    }

    public static PropertyCatalog of(Optional<ContentTypeDefinition> contentType, Languages languages) {
        if (contentType.isEmpty()) {
            return new PropertyCatalog(Optional.empty(), java.util.Set.of(), List.of());
        }
        Map<String, ValueType> known = new HashMap<>(SYSTEM);
        java.util.Set<String> references = new java.util.HashSet<>();
        List<String> translatable = new java.util.ArrayList<>();
        for (ContentTypeDefinition.PropertyDefinition property : contentType.get().properties()) {
            if (contentType.get().subModels().containsKey(property.type())) {
                continue; // sub-model entries are child nodes, not properties
            }
            ValueType type = valueTypeOf(property.type());
            known.put(property.name(), type);
            if (property.type().startsWith("reference:")) {
                references.add(property.name());
            }
            if (property.i18n()) {
                translatable.add(property.name());
                for (String language : languages.all()) {
                    known.put(languages.propertyName(property.name(), language), type);
                }
            }
        }
        return new PropertyCatalog(Optional.of(Map.copyOf(known)), references, translatable);
    }

    /** Whether the property holds references (identifiers of other items). */
    public boolean isReference(String property) {
        return references.contains(property);
    }

    /** The translatable properties the content type declares (base names); empty without a content type. */
    public List<String> translatable() {
        return translatable;
    }

    /** The type of a property a query names, or empty when the endpoint does not know it. */
    public Optional<ValueType> typeOf(String property) {
        if (declared.isPresent()) {
            return Optional.ofNullable(declared.get().get(property));
        }
        if (SYSTEM.containsKey(property)) {
            return Optional.of(SYSTEM.get(property));
        }
        return PLAIN_NAME.matcher(property).matches() ? Optional.of(ValueType.STRING) : Optional.empty();
    }

    public List<String> knownNames() {
        return declared.map(d -> d.keySet().stream().sorted().toList()).orElse(List.of());
    }

    private static ValueType valueTypeOf(String contentTypeType) {
        return switch (contentTypeType) {
            case "Date" -> ValueType.DATE;
            case "Long", "Double", "Decimal" -> ValueType.NUMBER;
            case "Boolean" -> ValueType.BOOLEAN;
            default -> ValueType.STRING;
        };
    }
}
