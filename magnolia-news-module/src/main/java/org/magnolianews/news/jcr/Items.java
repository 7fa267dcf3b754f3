package org.magnolianews.news.jcr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * Reading item properties as Magnolia stores them: i18n values under {@code name_<lang>} beside the
 * default language's plain {@code name}, references as identifier strings, dates as JCR dates.
 */
public final class Items {

    private Items() {
    }

    /** The value in {@code language}, else in the default language, else in any of {@code languages}. */
    public static Optional<String> text(Node node, String property, String language, String defaultLanguage,
                                        List<String> languages) throws RepositoryException {
        Optional<String> value = single(node, localName(property, language, defaultLanguage));
        if (value.isPresent()) {
            return value;
        }
        value = single(node, property);
        if (value.isPresent()) {
            return value;
        }
        for (String other : languages) {
            value = single(node, localName(property, other, defaultLanguage));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    public static String localName(String property, String language, String defaultLanguage) {
        return language.equals(defaultLanguage) ? property : property + "_" + language;
    }

    /** An item exists in a language when it has a title (or name, for subjects) in it. */
    public static boolean existsIn(Node node, String language, String defaultLanguage) throws RepositoryException {
        return single(node, localName("title", language, defaultLanguage)).isPresent()
                || single(node, localName("name", language, defaultLanguage)).isPresent();
    }

    /**
     * The property, or null when the node has none: one {@code getProperty}, where {@code hasProperty} first made
     * Jackrabbit look the property's state up twice (the look-ups were half of reading a related-news candidate).
     */
    private static Property property(Node node, String property) throws RepositoryException {
        try {
            return node.getProperty(property);
        } catch (javax.jcr.PathNotFoundException e) {
            return null;
        }
    }

    public static Optional<String> single(Node node, String property) throws RepositoryException {
        Property p = property(node, property);
        if (p == null) {
            return Optional.empty();
        }
        String value = p.isMultiple() ? (p.getValues().length == 0 ? "" : p.getValues()[0].getString()) : p.getString();
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public static List<String> strings(Node node, String property) throws RepositoryException {
        List<String> values = new ArrayList<>();
        Property p = property(node, property);
        if (p == null) {
            return values;
        }
        if (p.isMultiple()) {
            for (Value value : p.getValues()) {
                String text = value.getString();
                if (!text.isBlank()) {
                    values.add(text);
                }
            }
        } else {
            String text = p.getString();
            if (!text.isBlank()) {
                values.add(text);
            }
        }
        return values;
    }

    public static Optional<Instant> date(Node node, String property) throws RepositoryException {
        Property p = property(node, property);
        if (p == null || p.isMultiple()) {
            return Optional.empty();
        }
        return instant(p.getValue());
    }

    /** A date value's instant, or a string value's that reads as an ISO date-time; empty for anything else or null. */
    public static Optional<Instant> instant(javax.jcr.Value value) throws RepositoryException {
        if (value == null) {
            return Optional.empty();
        }
        if (value.getType() == PropertyType.DATE) {
            return Optional.of(value.getDate().toInstant());
        }
        try {
            return Optional.of(DateStrings.instant(value.getString()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The children whose names start with {@code prefix} (sub-model entries: {@code releases0}, {@code releases1} …), in
     * their order. The same children as {@code node.getNodes(prefix + "*")}, without its cost in Jackrabbit: that walks
     * the node with an item visitor, which reads every property of the node itself (a publication's whole description)
     * before it looks at a child.
     */
    public static List<javax.jcr.Node> children(javax.jcr.Node node, String prefix) throws RepositoryException {
        List<javax.jcr.Node> children = new ArrayList<>();
        for (javax.jcr.NodeIterator it = node.getNodes(); it.hasNext(); ) {
            javax.jcr.Node child = it.nextNode();
            if (child.getName().startsWith(prefix)) {
                children.add(child);
            }
        }
        return children;
    }

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    /**
     * The node with this identifier in the session's workspace, if it is there (published). A value that
     * is not an identifier at all (a stale path, a typo in a link field) names nothing, like a missing one.
     */
    public static Optional<Node> byId(javax.jcr.Session session, String identifier) throws RepositoryException {
        if (identifier == null || !UUID.matcher(identifier.trim()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(session.getNodeByIdentifier(identifier.trim()));
        } catch (javax.jcr.ItemNotFoundException e) {
            return Optional.empty();
        }
    }
}
