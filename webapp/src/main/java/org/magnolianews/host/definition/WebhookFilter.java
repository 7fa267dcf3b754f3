package org.magnolianews.host.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code filter} of a webhook event, in the form Magnolia's docs show ({@code filter: "@path LIKE '%out-of-date%'"}):
 * comparisons of an item's {@code @path}, {@code @workspace} (also {@code @repository}), {@code @nodeType},
 * {@code @name} or {@code @id} with a quoted value, by {@code =}, {@code !=} ({@code <>}), {@code LIKE} or
 * {@code NOT LIKE} ({@code %} any run of characters, {@code _} one: a path prefix is {@code LIKE '/2017/%'}), joined by
 * {@code AND}, {@code OR}, {@code NOT} and parentheses. Parsed once when the definition loads; a filter that does not
 * parse is a definition problem naming the position.
 */
public final class WebhookFilter {

    /** What a filter looks at: one published or unpublished item. */
    public interface Subject {
        String attribute(String name);
    }

    static final Set<String> ATTRIBUTES = Set.of("path", "workspace", "repository", "nodetype", "name", "id");

    private interface Node {
        boolean matches(Subject subject);
    }

    private final Node root;
    private final String text;

    private WebhookFilter(Node root, String text) {
        this.root = root;
        this.text = text;
    }

    /** @throws IllegalArgumentException saying what is wrong and where */
    public static WebhookFilter parse(String text) {
        Parser parser = new Parser(tokens(text));
        Node root = parser.or();
        if (!parser.done()) {
            throw new IllegalArgumentException("unexpected '" + parser.peek() + "' (expected AND, OR or the end)");
        }
        return new WebhookFilter(root, text);
    }

    public boolean matches(Subject subject) {
        return root.matches(subject);
    }

    @Override
    public String toString() {
        return text;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder("'");
                int opened = i + 1;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("the quote at character " + opened + " is not closed");
                    }
                    if (text.charAt(i) == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(text.charAt(i++));
                }
                tokens.add(value.toString());
            } else if (c == '(' || c == ')' || c == '=') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '!' || c == '<') {
                String two = text.substring(i, Math.min(text.length(), i + 2));
                if (!two.equals("!=") && !two.equals("<>")) {
                    throw new IllegalArgumentException("unknown operator at character " + (i + 1) + " (use =, !=, <>, LIKE, NOT LIKE)");
                }
                tokens.add("!=");
                i += 2;
            } else {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '@' || text.charAt(i) == '_'
                        || text.charAt(i) == ':')) {
                    i++;
                }
                if (start == i) {
                    throw new IllegalArgumentException("unexpected '" + c + "' at character " + (i + 1));
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }

    private static final class Parser {
        private final List<String> tokens;
        private int at;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean done() {
            return at >= tokens.size();
        }

        String peek() {
            return done() ? "" : tokens.get(at);
        }

        private boolean keyword(String word) {
            if (!done() && tokens.get(at).equalsIgnoreCase(word)) {
                at++;
                return true;
            }
            return false;
        }

        Node or() {
            Node left = and();
            while (keyword("OR")) {
                Node l = left;
                Node r = and();
                left = s -> l.matches(s) || r.matches(s);
            }
            return left;
        }

        Node and() {
            Node left = not();
            while (keyword("AND")) {
                Node l = left;
                Node r = not();
                left = s -> l.matches(s) && r.matches(s);
            }
            return left;
        }

        Node not() {
            if (keyword("NOT")) {
                Node inner = not();
                return s -> !inner.matches(s);
            }
            if (keyword("(")) {
                Node inner = or();
                if (!keyword(")")) {
                    throw new IllegalArgumentException("a '(' is not closed");
                }
                return inner;
            }
            return comparison();
        }

        Node comparison() {
            if (done()) {
                throw new IllegalArgumentException("a comparison is missing at the end");
            }
            String attribute = tokens.get(at++);
            String name = attribute.startsWith("@") ? attribute.substring(1).toLowerCase(Locale.ROOT) : "";
            if (!ATTRIBUTES.contains(name)) {
                throw new IllegalArgumentException("'" + attribute + "' is not an attribute (known: @path, @workspace, @repository,"
                        + " @nodeType, @name, @id)");
            }
            String key = Map.of("repository", "workspace", "nodetype", "nodeType").getOrDefault(name, name);
            boolean negated = keyword("NOT");
            String operator;
            if (keyword("LIKE")) {
                operator = "LIKE";
            } else if (!negated && keyword("=")) {
                operator = "=";
            } else if (!negated && keyword("!=")) {
                operator = "!=";
            } else {
                throw new IllegalArgumentException("after " + attribute + " an operator is expected (=, !=, <>, LIKE, NOT LIKE), found '"
                        + peek() + "'");
            }
            if (done() || !tokens.get(at).startsWith("'")) {
                throw new IllegalArgumentException("after " + attribute + " " + operator + " a value in single quotes is expected, found '"
                        + peek() + "'");
            }
            String value = tokens.get(at++).substring(1);
            return switch (operator) {
                case "=" -> s -> value.equals(s.attribute(key));
                case "!=" -> s -> !value.equals(s.attribute(key));
                default -> {
                    Pattern like = like(value);
                    yield s -> like.matcher(s.attribute(key) == null ? "" : s.attribute(key)).matches() != negated;
                }
            };
        }
    }

    private static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
