package org.magnolianews.host.author.apps;

import java.util.List;
import java.util.Optional;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * A content app, generated from an APP definition (expanded from {@code !content-type:}): its
 * content type and detail form. The list columns are derived from the content type: the first
 * title-like property, the first date, the subject references.
 */
public record ContentApp(String name, String label, String icon, ContentTypeDefinition type, List<FieldSpec> fields) {

    public String workspace() {
        return type.workspace();
    }

    /** The property shown as an item's title: {@code title}, else {@code name}, else the first String. */
    public String titleProperty() {
        return type.property("title").or(() -> type.property("name"))
                .or(() -> type.properties().stream().filter(p -> p.type().equals("String")).findFirst())
                .map(PropertyDefinition::name).orElse("jcr:name");
    }

    public boolean titleIsI18n() {
        return type.property(titleProperty()).map(PropertyDefinition::i18n).orElse(false);
    }

    public Optional<String> dateProperty() {
        return type.properties().stream().filter(p -> p.type().equals("Date")).map(PropertyDefinition::name).findFirst();
    }

    /** A multiple reference to subjects (or any taxonomy): the filterable column. */
    public Optional<PropertyDefinition> subjectProperty() {
        return type.properties().stream().filter(p -> p.isReference() && p.multiple() && !p.referencedType().equals(type.name()))
                .findFirst();
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
