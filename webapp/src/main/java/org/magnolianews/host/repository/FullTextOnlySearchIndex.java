package org.magnolianews.host.repository;

import java.util.HashSet;
import java.util.Set;
import javax.jcr.NamespaceException;
import javax.jcr.RepositoryException;
import org.apache.jackrabbit.core.query.lucene.IndexFormatVersion;
import org.apache.jackrabbit.core.query.lucene.IndexingConfiguration;
import org.apache.jackrabbit.core.query.lucene.NamespaceMappings;
import org.apache.jackrabbit.core.query.lucene.NodeIndexer;
import org.apache.jackrabbit.core.query.lucene.SearchIndex;
import org.apache.jackrabbit.core.state.NodeState;
import org.apache.jackrabbit.spi.Name;
import org.apache.jackrabbit.spi.commons.name.NameFactoryImpl;
import org.apache.lucene.document.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Jackrabbit's search index, indexing the properties named in the indexing configuration's {@code <fullTextOnly>}
 * element full-text only ({@link FullTextOnlyNodeIndexer}): the host names there the rich-text properties of the
 * content types ({@link SearchAnalysis}), issue 13. Jackrabbit's own {@code IndexingConfigurationImpl} skips elements it
 * does not know, so the file stays a valid Jackrabbit indexing configuration; and since the host rebuilds the index
 * whenever that file changes ({@code SearchIndexUpgrade}), an index always matches the names it was built with.
 *
 * <pre>{@code <fullTextOnly><property>body</property><property>body_ru</property></fullTextOnly>}</pre>
 *
 * Names are JCR names; a prefixed one is resolved through the repository's namespace registry.
 */
public class FullTextOnlySearchIndex extends SearchIndex {

    static final String ELEMENT = "fullTextOnly";
    private volatile Set<Name> fullTextOnly = Set.of();

    @Override
    protected IndexingConfiguration createIndexingConfiguration(NamespaceMappings namespaceMappings) {
        IndexingConfiguration configuration = super.createIndexingConfiguration(namespaceMappings);
        fullTextOnly = namesIn(getIndexingConfigurationDOM());
        return configuration;
    }

    @Override
    protected Document createDocument(NodeState node, NamespaceMappings nsMappings, IndexFormatVersion indexFormatVersion)
            throws RepositoryException {
        if (fullTextOnly.isEmpty()) {
            return super.createDocument(node, nsMappings, indexFormatVersion);
        }
        // SearchIndex.createDocument of Jackrabbit 2.22, with the indexer replaced
        NodeIndexer indexer = new FullTextOnlyNodeIndexer(node, getContext().getItemStateManager(), nsMappings,
                getContext().getExecutor(), getParser(), fullTextOnly);
        indexer.setSupportHighlighting(getSupportHighlighting());
        indexer.setIndexingConfiguration(getIndexingConfig());
        indexer.setIndexFormatVersion(indexFormatVersion);
        indexer.setMaxExtractLength(getMaxExtractLength());
        Document doc = indexer.createDoc();
        mergeAggregatedNodeIndexes(node, doc, indexFormatVersion);
        return doc;
    }

    private Set<Name> namesIn(Element configuration) {
        Set<Name> names = new HashSet<>();
        if (configuration == null) {
            return Set.of();
        }
        NodeList children = configuration.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (!ELEMENT.equals(child.getNodeName())) {
                continue;
            }
            NodeList properties = child.getChildNodes();
            for (int j = 0; j < properties.getLength(); j++) {
                Node property = properties.item(j);
                if ("property".equals(property.getNodeName())) {
                    names.add(name(property.getTextContent().trim()));
                }
            }
        }
        return Set.copyOf(names);
    }

    private Name name(String jcrName) {
        int colon = jcrName.indexOf(':');
        if (colon < 0) {
            return NameFactoryImpl.getInstance().create(Name.NS_DEFAULT_URI, jcrName);
        }
        try {
            String uri = getContext().getNamespaceRegistry().getURI(jcrName.substring(0, colon));
            return NameFactoryImpl.getInstance().create(uri, jcrName.substring(colon + 1));
        } catch (NamespaceException e) {
            throw new IllegalArgumentException("indexing configuration: unknown prefix in <" + ELEMENT + "> property " + jcrName, e);
        }
    }
}
