package org.magnolianews.news.rendering;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * What a template model ({@code modelClass} in a template definition) gets from whoever renders it.
 * Magnolia hands its models a {@code RenderingModel} parent and the definition; this module cannot
 * depend on Magnolia's jars, so its models take this one record instead and stay plain JCR code.
 *
 * @param content         the node being rendered (a component, or the page for a page model)
 * @param mainItem        the content item the page shows (a news item, a subject, a publication), if any
 * @param language        the page's language ({@code en}, {@code ru})
 * @param defaultLanguage the language stored in unsuffixed properties
 * @param clock           today's date for anything that depends on it (release status)
 * @param readerCountry   ISO 3166 code of the reader's country, when known
 * @param parameters      request parameters (first value of each)
 * @param sessions        read access to the published content, by workspace name ({@code news})
 * @param links           how the site links to items and assets
 * @param counts          how many published nodes match a query, remembered by the host until the next publish
 */
public record ModelContext(Node content, Optional<Node> mainItem, String language, String defaultLanguage,
                           List<String> languages, Clock clock, Optional<String> readerCountry,
                           Map<String, String> parameters, Sessions sessions, Links links, Counts counts) {

    /** Published content by workspace name; sessions belong to the caller, models never log them out. */
    public interface Sessions {
        Session session(String workspace) throws RepositoryException;
    }

    /** The site's URLs, which only the host knows. */
    public interface Links {
        /** Absolute URL of an item or page in the page's language (or the item's own language). */
        String absoluteLink(Node node) throws RepositoryException;

        /** Absolute URL of a DAM asset given its item key ({@code jcr:<uuid>}), empty when it is not published. */
        Optional<String> absoluteAssetLink(String itemKey);
    }

    /**
     * Counts of published nodes matching an XPath query. Counting walks every hit (100k items: tens of
     * milliseconds), and the answer only changes when something is published, so the host remembers it.
     */
    public interface Counts {
        long count(String workspace, String xpath) throws RepositoryException;
    }

    public Optional<String> parameter(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
