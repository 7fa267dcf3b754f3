package org.magnolianews.host.author.apps;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.query.Query;
import org.magnolianews.host.content.ContentEvents;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * Titles of referenced items (subjects in a list row, a picked publication), cached because a page
 * of 50 articles names the same few subjects over and over; any save drops the cache.
 */
public final class ReferenceLabels {

    /** A pickable item: identifier, title, path. */
    public record Choice(String id, String title, String path) {
    }

    private final DefinitionRegistry registry;
    private final ContentRepository repository;
    private final Languages languages;
    private final Cache<String, String> cache = Caffeine.newBuilder().maximumSize(20_000).build();
    /** Unfiltered choice lists (a list view's subject filter): asked on every list request. */
    private final Cache<String, List<Choice>> allChoices = Caffeine.newBuilder().maximumSize(200).build();

    public ReferenceLabels(DefinitionRegistry registry, ContentRepository repository, Languages languages, ContentEvents events) {
        this.registry = registry;
        this.repository = repository;
        this.languages = languages;
        events.subscribe(event -> {
            cache.invalidateAll();
            allChoices.invalidateAll();
        });
    }

    public String label(String contentType, String identifier, String uiLanguage) {
        return cache.get(contentType + "/" + identifier + "/" + uiLanguage, key -> lookup(contentType, identifier, uiLanguage));
    }

    private String lookup(String contentType, String identifier, String uiLanguage) {
        ContentTypeDefinition type = registry.contentType(contentType).orElse(null);
        if (type == null) {
            return identifier;
        }
        if (!identifier.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return identifier + " (missing)"; // a bad submitted value, shown back in the form with its error
        }
        return repository.call(type.workspace(), session -> {
            try {
                return title(session.getNodeByIdentifier(identifier), type, uiLanguage);
            } catch (javax.jcr.ItemNotFoundException e) {
                return identifier + " (missing)";
            }
        });
    }

    /** Items of a content type whose text matches, for reference pickers; at most {@code limit}. */
    public List<Choice> search(String contentType, String text, String uiLanguage, int limit) {
        if (text.isBlank()) {
            return allChoices.get(contentType + "/" + uiLanguage + "/" + limit, key -> query(contentType, "", uiLanguage, limit));
        }
        return query(contentType, text, uiLanguage, limit);
    }

    private List<Choice> query(String contentType, String text, String uiLanguage, int limit) {
        ContentTypeDefinition type = registry.contentType(contentType)
                .orElseThrow(() -> new IllegalArgumentException("no content type '" + contentType + "'"));
        String terms = ListQuery.searchTerms(text);
        String condition = terms.isEmpty() ? null : "jcr:contains(., " + XPathQueries.literal(terms + "*") + ")";
        String statement = XPathQueries.items(type.nodeType(), condition, "@mgnl:lastModified descending");
        return repository.call(type.workspace(), session -> {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
            query.setLimit(limit);
            List<Choice> choices = new ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                choices.add(new Choice(node.getIdentifier(), title(node, type, uiLanguage), node.getPath()));
            }
            return choices;
        });
    }

    private String title(Node node, ContentTypeDefinition type, String uiLanguage) throws javax.jcr.RepositoryException {
        String base = type.property("title").isPresent() ? "title" : type.property("name").isPresent() ? "name" : null;
        if (base != null) {
            for (String name : List.of(languages.propertyName(base, uiLanguage), base, languages.propertyName(base, "ru"))) {
                if (node.hasProperty(name)) {
                    return node.getProperty(name).getString();
                }
            }
        }
        return node.getName();
    }
}
