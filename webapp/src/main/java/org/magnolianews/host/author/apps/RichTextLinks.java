package org.magnolianews.host.author.apps;

import java.util.List;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * Finds the rich-text values that link an asset ({@code /dam/jcr:<uuid>/…}) without {@code jcr:like}: the search index
 * holds rich-text properties full-text only (issue 13), and {@code jcr:like} on them matches nothing. A full-text phrase
 * search for the key finds a superset: the key is analysed into the same words in the query as in the text, because in
 * {@code /dam/jcr:<uuid>/} it stands between two slashes, which end a word for Lucene's standard tokenizer whatever
 * comes around (Unicode UAX #29), and the query uses the property's own analyzer. Each candidate is then checked on
 * its value, so the answer is exactly what {@code jcr:like(@body, '%/dam/jcr:<uuid>/%')} gave.
 */
final class RichTextLinks {

    private RichTextLinks() {
    }

    /** The XPath constraint matching every node whose {@code property} may link the asset {@code key} ({@code jcr:<uuid>}). */
    static String candidates(String property, String key) {
        return "jcr:contains(@" + property + ", " + XPathQueries.literal("\"" + key + "\"") + ")";
    }

    /** Whether one of {@code properties} of the node holds a link to the asset, as {@code jcr:like(@p, '%/dam/<key>/%')}. */
    static boolean links(Node node, List<String> properties, String key) throws RepositoryException {
        String link = "/dam/" + key + "/";
        for (String name : properties) {
            if (!node.hasProperty(name)) {
                continue;
            }
            Property property = node.getProperty(name);
            for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
                if (value.getString().contains(link)) {
                    return true;
                }
            }
        }
        return false;
    }
}
