package org.magnolianews.host.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content type (Magnolia Content Types module): where its items live and which properties they
 * have. The content services validate every write against it.
 */
public record ContentTypeDefinition(String name, String module, String workspace, String rootPath, String nodeType,
                                    boolean autoCreate, Map<String, String> namespaces,
                                    List<PropertyDefinition> properties,
                                    Map<String, List<PropertyDefinition>> subModels) {

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    /** The data type of a property: a scalar type, a reference, an asset or a sub-model. */
    public record PropertyDefinition(String name, String type, boolean multiple, boolean required, boolean i18n) {

        public boolean isReference() {
            return type.startsWith("reference:");
        }

        /** The referenced content type, for {@code reference:subject}. */
        public String referencedType() {
            return type.substring("reference:".length());
        }

        public boolean isAsset() {
            return type.equals("asset");
        }
    }

    public static final List<String> SCALAR_TYPES =
            List.of("String", "Boolean", "Long", "Double", "Decimal", "Date", "richText", "asset");
}
