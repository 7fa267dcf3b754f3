package org.magnolianews.host.repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermEnum;
import org.apache.lucene.store.FSDirectory;

/**
 * Reads a closed workspace's Lucene index directly: how many terms of a field each property has, by local name (the
 * part before {@code [} of Jackrabbit's {@code 0:name[value} terms, without the namespace number). For the issue 13 assertions on what the index
 * stores, not on how fast it is.
 */
final class RichTextIndexTerms {

    static final String PROPERTIES = "_:PROPERTIES";
    static final String PROPERTIES_SET = "_:PROPERTIES_SET";

    private RichTextIndexTerms() {
    }

    /** Whole-value terms ({@code _:PROPERTIES}) per property name, over every sub-index of the workspace. */
    static Map<String, Integer> wholeValueTerms(Path dataDir, String workspace) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        forEachTerm(dataDir, workspace, PROPERTIES, text -> counts.merge(localName(text.substring(0, Math.max(0, text.indexOf('[')))), 1, Integer::sum));
        return counts;
    }

    /** Property names in {@code _:PROPERTIES_SET} (what {@code @p} and {@code not(@p)} ask). */
    static java.util.Set<String> propertyNames(Path dataDir, String workspace) throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        forEachTerm(dataDir, workspace, PROPERTIES_SET, text -> names.add(localName(text)));
        return names;
    }

    /** {@code body} of {@code 0:body}: the index names a namespace by its number in the repository's registry. */
    private static String localName(String indexName) {
        return indexName.substring(indexName.indexOf(':') + 1);
    }

    private static void forEachTerm(Path dataDir, String workspace, String field, java.util.function.Consumer<String> each) throws IOException {
        Path index = dataDir.resolve("workspaces").resolve(workspace).resolve("index");
        try (Stream<Path> subIndexes = Files.list(index)) {
            for (Path subIndex : subIndexes.filter(Files::isDirectory).toList()) {
                try (FSDirectory directory = FSDirectory.open(subIndex.toFile());
                     IndexReader reader = IndexReader.open(directory)) {
                    TermEnum terms = reader.terms(new Term(field, ""));
                    try {
                        do {
                            Term term = terms.term();
                            if (term == null || !term.field().equals(field)) {
                                break;
                            }
                            each.accept(term.text());
                        } while (terms.next());
                    } finally {
                        terms.close();
                    }
                }
            }
        }
    }
}
