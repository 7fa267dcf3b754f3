package org.magnolianews.host.author.apps;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.NodeIterator;
import javax.jcr.query.Query;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.news.jcr.XPathQueries;

/** Which items refer to an item (through the reference properties of every content type): shown before a delete. */
public final class Referrers {

    /** A referring item: workspace and path. */
    public record Referrer(String workspace, String path, String property) {
    }

    private final DefinitionRegistry registry;
    private final ContentRepository repository;

    public Referrers(DefinitionRegistry registry, ContentRepository repository) {
        this.registry = registry;
        this.repository = repository;
    }

    public List<Referrer> of(String contentType, String identifier, int limit) {
        List<Referrer> found = new ArrayList<>();
        for (ContentTypeDefinition type : registry.contentTypes()) {
            for (PropertyDefinition property : type.properties()) {
                if (!property.isReference() || !property.referencedType().equals(contentType) || found.size() >= limit) {
                    continue;
                }
                String statement = XPathQueries.items(type.nodeType(), "@" + property.name() + " = " + XPathQueries.literal(identifier), null);
                repository.call(type.workspace(), session -> {
                    @SuppressWarnings("deprecation")
                    Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
                    query.setLimit(limit - found.size());
                    for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                        found.add(new Referrer(type.workspace(), it.nextNode().getPath(), property.name()));
                    }
                    return null;
                });
            }
        }
        return found;
    }
}
