package org.magnolianews.host.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * Language-aware full-text analysis for Jackrabbit's search index: Jackrabbit's {@code indexingConfiguration}
 * names an analyzer per property, so every translatable text property of every content type is analysed in
 * its language ({@code title} in the default language, English: Porter stemming; {@code title_ru}: Russian
 * Snowball stemming, so "Путина" and "Путин" are one term). Jackrabbit maps exact property names only (no
 * wildcards), hence the list is built from the content types rather than written by hand.
 *
 * <p>The per-property analyzer applies to that property's own full-text field ({@code jcr:contains(@title_ru, …)});
 * the node-wide field ({@code jcr:contains(., …)}) keeps Jackrabbit's default analyzer.
 *
 * <p>The same document names the rich-text properties ({@link RichTextProperties}) in a {@code <fullTextOnly>}
 * element: {@link FullTextOnlySearchIndex} indexes them without their whole-value terms (issue 13). Being in this
 * file, a change of that set rebuilds the index like a change of analyzers does ({@code SearchIndexUpgrade}).
 */
public final class SearchAnalysis {

    /** Lucene 3.6 analyzers (lucene-analyzers, the version Jackrabbit 2 runs on) by content language. */
    static final Map<String, String> ANALYZERS = Map.of(
            "en", "org.apache.lucene.analysis.en.EnglishAnalyzer",
            "ru", "org.apache.lucene.analysis.ru.RussianAnalyzer");

    private static final List<String> TEXT_TYPES = List.of("String", "richText");

    private SearchAnalysis() {
    }

    /** The indexing configuration document for these content types and languages. */
    public static String indexingConfiguration(Collection<ContentTypeDefinition> contentTypes, Languages languages) {
        Map<String, TreeSet<String>> propertiesByAnalyzer = new TreeMap<>();
        for (ContentTypeDefinition contentType : contentTypes) {
            List<PropertyDefinition> all = new ArrayList<>(contentType.properties());
            contentType.subModels().values().forEach(all::addAll);
            for (PropertyDefinition property : all) {
                if (!property.i18n() || !TEXT_TYPES.contains(property.type())) {
                    continue;
                }
                for (String language : languages.all()) {
                    String analyzer = ANALYZERS.get(language);
                    if (analyzer != null) {
                        propertiesByAnalyzer.computeIfAbsent(analyzer, a -> new TreeSet<>())
                                .add(languages.propertyName(property.name(), language));
                    }
                }
            }
        }
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0"?>
                <!DOCTYPE configuration SYSTEM "http://jackrabbit.apache.org/dtd/indexing-configuration-1.2.dtd">
                <!-- Written by the host at every start from the content types; a change rebuilds the search index. -->
                <configuration xmlns:nt="http://www.jcp.org/jcr/nt/1.0">
                  <analyzers>
                """);
        propertiesByAnalyzer.forEach((analyzer, properties) -> {
            xml.append("    <analyzer class=\"").append(analyzer).append("\">\n");
            properties.forEach(p -> xml.append("      <property>").append(p).append("</property>\n"));
            xml.append("    </analyzer>\n");
        });
        xml.append("  </analyzers>\n");
        // not Jackrabbit's: FullTextOnlySearchIndex reads it, IndexingConfigurationImpl skips it (issue 13)
        xml.append("  <").append(FullTextOnlySearchIndex.ELEMENT).append(">\n");
        RichTextProperties.names(contentTypes, languages)
                .forEach(p -> xml.append("    <property>").append(p).append("</property>\n"));
        xml.append("  </").append(FullTextOnlySearchIndex.ELEMENT).append(">\n");
        return xml.append("</configuration>\n").toString();
    }
}
