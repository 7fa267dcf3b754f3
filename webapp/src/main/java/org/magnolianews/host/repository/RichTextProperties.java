package org.magnolianews.host.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * The stored names of the rich-text properties of the content types ({@code type: richText}, sub-models included,
 * every language's variant of a translatable one: {@code body}, {@code body_ru}): the search index holds them
 * full-text only ({@link FullTextOnlySearchIndex}, issue 13), so whoever compares, matches or sorts their values must
 * do it on the values themselves, not in a query ({@code RichTextConditions}, {@code Referrers}). The index knows
 * property names only, not node types: a property of one of these names is full-text only on every node of every
 * workspace.
 */
public final class RichTextProperties {

    static final String RICH_TEXT = "richText";

    private RichTextProperties() {
    }

    /** The names, sorted. */
    public static Set<String> names(Collection<ContentTypeDefinition> contentTypes, Languages languages) {
        Set<String> names = new TreeSet<>();
        for (ContentTypeDefinition contentType : contentTypes) {
            List<PropertyDefinition> all = new ArrayList<>(contentType.properties());
            contentType.subModels().values().forEach(all::addAll);
            for (PropertyDefinition property : all) {
                if (!property.type().equals(RICH_TEXT)) {
                    continue;
                }
                if (property.i18n()) {
                    languages.all().forEach(language -> names.add(languages.propertyName(property.name(), language)));
                } else {
                    names.add(property.name());
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }
}
