package org.magnolianews.host.author.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.query.Query;
import org.magnolianews.host.content.FieldError;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;
import org.magnolianews.host.definition.DefinitionRegistry;
import org.magnolianews.host.repository.ContentRepository;
import org.magnolianews.news.jcr.XPathQueries;

/**
 * Reference values of an import row given the way editors know them (issue 10): besides an identifier, the
 * referenced item's slug (node name) or its title/name in any language. Each value is resolved to the one
 * item it names; a value that names no item or several is a row error saying which, and the row keeps the
 * value so nothing half-resolved is written. One resolver serves one import, remembering what it looked up.
 */
final class ReferenceNames {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SHOWN = 5;

    private record Match(String identifier, String name) {
    }

    private final DefinitionRegistry registry;
    private final ContentRepository repository;
    private final Languages languages;
    private final Map<String, List<Match>> found = new HashMap<>();

    ReferenceNames(DefinitionRegistry registry, ContentRepository repository, Languages languages) {
        this.registry = registry;
        this.repository = repository;
        this.languages = languages;
    }

    /** Replaces the row's reference values by identifiers where they name exactly one item; adds an error for each that does not. */
    void resolve(ContentTypeDefinition type, Map<String, Object> row, List<FieldError> errors) {
        for (PropertyDefinition property : type.properties()) {
            if (!property.isReference() || !row.containsKey(property.name())) {
                continue;
            }
            Object value = row.get(property.name());
            if (value instanceof List<?> list) {
                List<Object> resolved = new ArrayList<>();
                for (Object item : list) {
                    resolved.add(item instanceof String text ? one(property, text, errors) : item);
                }
                row.put(property.name(), resolved);
            } else if (value instanceof String text) {
                row.put(property.name(), one(property, text, errors));
            }
        }
    }

    private String one(PropertyDefinition property, String typed, List<FieldError> errors) {
        String text = typed.strip();
        if (text.isEmpty() || UUID.matcher(text).matches()) {
            return text; // the validator checks that the identifier exists
        }
        Optional<ContentTypeDefinition> target = registry.contentType(property.referencedType());
        if (target.isEmpty()) {
            return text;
        }
        List<Match> matches = found.computeIfAbsent(property.referencedType() + "\n" + text, k -> lookUp(target.get(), text));
        if (matches.size() == 1) {
            return matches.get(0).identifier();
        }
        String kind = property.referencedType();
        if (matches.isEmpty()) {
            errors.add(new FieldError(property.name(), "no " + kind + " has the identifier, slug or name “" + text + "”"));
        } else {
            List<String> names = matches.stream().map(Match::name).limit(MAX_SHOWN).toList();
            String count = matches.size() > MAX_SHOWN ? "more than " + MAX_SHOWN : String.valueOf(matches.size());
            errors.add(new FieldError(property.name(), "“" + text + "” matches " + count + " " + kind + "s ("
                    + String.join(", ", names) + (matches.size() > MAX_SHOWN ? ", …" : "") + "): give the slug or the identifier"));
        }
        return text;
    }

    /** Items whose node name is the text (a slug names one item), else those whose title or name in some language is the text. */
    private List<Match> lookUp(ContentTypeDefinition type, String text) {
        String base = type.property("title").isPresent() ? "title" : type.property("name").isPresent() ? "name" : null;
        List<String> conditions = new ArrayList<>();
        if (SLUG.matcher(text).matches()) {
            List<Match> bySlug = query(type, "fn:name() = " + XPathQueries.literal(text));
            if (!bySlug.isEmpty()) {
                return bySlug;
            }
        }
        if (base == null) {
            return List.of();
        }
        for (String lang : languages.all()) {
            conditions.add("@" + languages.propertyName(base, lang) + " = " + XPathQueries.literal(text));
        }
        return query(type, String.join(" or ", conditions));
    }

    private List<Match> query(ContentTypeDefinition type, String condition) {
        String statement = "/jcr:root//element(*, " + type.nodeType() + ")[" + condition + "]";
        return repository.call(type.workspace(), session -> {
            @SuppressWarnings("deprecation")
            Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.XPATH);
            query.setLimit(MAX_SHOWN + 1L);
            List<Match> matches = new ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                matches.add(new Match(node.getIdentifier(), node.getName()));
            }
            matches.sort(java.util.Comparator.comparing(Match::name));
            return matches;
        });
    }
}
