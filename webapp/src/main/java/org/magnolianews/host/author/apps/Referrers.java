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

/**
 * Which items refer to an item (through the reference properties of every content type): shown before a delete; and
 * which items and pages use an asset (its {@code jcr:<uuid>} key in an asset property, or a {@code /dam/jcr:<uuid>/}
 * link in rich text): an asset's "used in" list, and what refuses its delete. Rich text is searched through its
 * full-text field and checked on the value ({@link RichTextLinks}): the index holds no whole-value term for it (issue 13).
 */
public final class Referrers {

    /** A referring item: workspace and path; {@code contentType} is empty for a page. */
    public record Referrer(String workspace, String path, String property, String contentType, String title) {
    }

    private final DefinitionRegistry registry;
    private final ContentRepository repository;
    private final org.magnolianews.host.content.Languages languages;

    public Referrers(DefinitionRegistry registry, ContentRepository repository, org.magnolianews.host.content.Languages languages) {
        this.registry = registry;
        this.repository = repository;
        this.languages = languages;
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
                        javax.jcr.Node node = it.nextNode();
                        found.add(new Referrer(type.workspace(), node.getPath(), property.name(), type.name(), title(node)));
                    }
                    return null;
                });
            }
        }
        return found;
    }

    /**
     * The items and pages that use an asset, at most {@code limit}: items through their asset properties (the key) and
     * rich-text properties (a DAM link, also in every language's variant), pages through any string property of
     * their components that holds the key (component dialogs name their asset fields freely).
     */
    public List<Referrer> ofAsset(String identifier, int limit) {
        String key = "jcr:" + identifier;
        List<Referrer> found = new ArrayList<>();
        for (ContentTypeDefinition type : registry.contentTypes()) {
            for (PropertyDefinition property : type.properties()) {
                if (found.size() >= limit || !(property.isAsset() || property.type().equals("richText"))) {
                    continue;
                }
                List<String> names = property.i18n()
                        ? languages.all().stream().map(language -> languages.propertyName(property.name(), language)).toList()
                        : List.of(property.name());
                String constraint = String.join(" or ", names.stream().map(name -> property.isAsset()
                        ? "@" + name + " = " + XPathQueries.literal(key)
                        : RichTextLinks.candidates(name, key)).toList());
                String statement = XPathQueries.items(type.nodeType(), constraint, null);
                repository.call(type.workspace(), session -> {
                    @SuppressWarnings("deprecation")
                    Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
                    for (NodeIterator it = query.execute().getNodes(); it.hasNext() && found.size() < limit; ) {
                        javax.jcr.Node node = it.nextNode();
                        if (!property.isAsset() && !RichTextLinks.links(node, names, key)) {
                            continue; // a candidate of the full-text search only: the uuid's words, not the link
                        }
                        String path = node.getPath();
                        if (found.stream().noneMatch(r -> r.workspace().equals(type.workspace()) && r.path().equals(path))) {
                            found.add(new Referrer(type.workspace(), node.getPath(), property.name(), type.name(), title(node)));
                        }
                    }
                    return null;
                });
            }
        }
        if (found.size() < limit) {
            pagesUsing(key, limit, found);
        }
        return found;
    }

    private void pagesUsing(String key, int limit, List<Referrer> found) {
        repository.call(org.magnolianews.host.repository.WorkspaceLayout.WEBSITE, session -> {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery(
                    "//element(*, " + org.magnolianews.host.repository.MgnlNodeTypes.COMPONENT + ")", Query.XPATH);
            for (NodeIterator it = query.execute().getNodes(); it.hasNext() && found.size() < limit; ) {
                javax.jcr.Node component = it.nextNode();
                for (javax.jcr.PropertyIterator properties = component.getProperties(); properties.hasNext(); ) {
                    javax.jcr.Property property = properties.nextProperty();
                    if (!property.isMultiple() && property.getType() == javax.jcr.PropertyType.STRING && property.getString().contains(key)) {
                        javax.jcr.Node page = component;
                        while (page.getDepth() > 0 && !page.isNodeType(org.magnolianews.host.repository.MgnlNodeTypes.PAGE)) {
                            page = page.getParent();
                        }
                        String pagePath = page.getPath();
                        if (found.stream().noneMatch(r -> r.contentType().isEmpty() && r.path().equals(pagePath))) {
                            found.add(new Referrer(org.magnolianews.host.repository.WorkspaceLayout.WEBSITE, pagePath, property.getName(), "", title(page)));
                        }
                        break;
                    }
                }
            }
            return null;
        });
    }

    private static String title(javax.jcr.Node node) throws javax.jcr.RepositoryException {
        return node.hasProperty("title") && !node.getProperty("title").isMultiple() ? node.getProperty("title").getString() : node.getName();
    }
}
