package org.magnolianews.host.repository;

import java.util.Set;
import java.util.concurrent.Executor;
import javax.jcr.NamespaceException;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import org.apache.jackrabbit.core.query.lucene.FieldNames;
import org.apache.jackrabbit.core.query.lucene.NamespaceMappings;
import org.apache.jackrabbit.core.query.lucene.NodeIndexer;
import org.apache.jackrabbit.core.state.ItemStateManager;
import org.apache.jackrabbit.core.state.NodeState;
import org.apache.jackrabbit.core.value.InternalValue;
import org.apache.jackrabbit.spi.Name;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.tika.parser.Parser;

/**
 * Jackrabbit's node indexer, except that the string values of the named properties get only their analysed
 * full-text fields (the property's own, {@code jcr:contains(@body, …)}, and the node's, {@code jcr:contains(., …)}),
 * not the untokenized whole-value term that {@link NodeIndexer#addStringValue} adds for every string
 * ({@code body[<the whole 5 KB text>} in the {@code _:PROPERTIES} field): issue 13, where those terms were two thirds
 * of the index. Everything else a property gets stays: its name in {@code _:PROPERTIES_SET} (so {@code @body} and
 * {@code not(@body)} are answered as before) and its length ({@code _:PROPERTY_LENGTHS}).
 *
 * <p>What the missing term costs: Jackrabbit answers {@code =}, {@code !=}, ranges, {@code jcr:like} and
 * {@code order by} on such a property from that term, so they find nothing (or sort nothing); the host never sends
 * them ({@code RichTextConditions}, {@code Referrers}). The full-text part below is Jackrabbit 2.22's
 * {@code NodeIndexer.addStringValue} for {@code tokenized = true}, line for line (docs/magnolia-compatibility.md,
 * "Rich text indexed full-text only").
 */
final class FullTextOnlyNodeIndexer extends NodeIndexer {

    private final Set<Name> fullTextOnly;

    FullTextOnlyNodeIndexer(NodeState node, ItemStateManager stateProvider, NamespaceMappings mappings, Executor executor,
                            Parser parser, Set<Name> fullTextOnly) {
        super(node, stateProvider, mappings, executor, parser);
        this.fullTextOnly = fullTextOnly;
    }

    @Override
    protected void addValue(Document doc, InternalValue value, Name name) throws RepositoryException {
        if (value.getType() != PropertyType.STRING || !fullTextOnly.contains(name)) {
            super.addValue(doc, value, name);
            return;
        }
        String fieldName = name.getLocalName();
        try {
            fieldName = resolver.getJCRName(name);
        } catch (NamespaceException e) {
            // cannot happen: the index's namespace mappings add a prefix for every new URI (as in NodeIndexer.addValue)
        }
        addFullText(doc, fieldName, value.getString(), isIncludedInNodeIndex(name), getPropertyBoost(name), useInExcerpt(name));
        addValueProperty(doc, value, name, fieldName);
    }

    private void addFullText(Document doc, String fieldName, String text, boolean includeInNodeIndex, float boost,
                             boolean useInExcerpt) {
        if (text.isEmpty()) {
            return;
        }
        int colon = fieldName.indexOf(':');
        String fullTextField = fieldName.substring(0, colon + 1) + FieldNames.FULLTEXT_PREFIX + fieldName.substring(colon + 1);
        boolean hasNorms = boost != DEFAULT_BOOST;
        Field field = new Field(fullTextField, true, text, Field.Store.NO,
                hasNorms ? Field.Index.ANALYZED : Field.Index.ANALYZED_NO_NORMS, Field.TermVector.NO);
        field.setBoost(boost);
        doc.add(field);
        if (includeInNodeIndex) {
            Field nodeScope = createFulltextField(text, supportHighlighting && useInExcerpt, supportHighlighting, hasNorms);
            if (useInExcerpt) {
                doc.add(nodeScope);
            } else {
                doNotUseInExcerpt.add(nodeScope);
            }
        }
    }
}
