package org.magnolianews.host.cache;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XPath list statement as the host and the module write them ({@code //element(*, news:article)[@subjects =
 * 'id' and @title_ru] order by @date descending}, optionally below {@code /jcr:root/some/path}), understood well
 * enough to say whether an item's state is in it: the node type, the predicate ({@code and}, {@code or},
 * {@code not()}, parentheses, {@code @p} for "has", {@code = != < <= > >=} against strings, numbers and
 * {@code xs:dateTime}) and the first sort key. Anything else is not parsed ({@link #parse} is empty) and the
 * list then counts as touched by every change of its workspace.
 *
 * <p>Answers are three-valued: {@code null} when the kept state cannot tell (a long value was not kept), which
 * callers treat as "may match".
 */
public final class XPathList {

    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(?:/jcr:root((?:/[^/\\[\\]\\s]+)*))?//element\\(\\s*\\*\\s*,\\s*([^)\\s]+)\\s*\\)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ORDER = Pattern.compile(
            "^order\\s+by\\s+@([A-Za-z_][\\w:.-]*)(?:\\s+(ascending|descending))?\\s*(?:,.*)?$", Pattern.DOTALL);

    private final String pathPrefix;
    private final String nodeType;
    private final Expr predicate;
    private final String orderProperty;
    private final boolean descending;

    private XPathList(String pathPrefix, String nodeType, Expr predicate, String orderProperty, boolean descending) {
        this.pathPrefix = pathPrefix;
        this.nodeType = nodeType;
        this.predicate = predicate;
        this.orderProperty = orderProperty;
        this.descending = descending;
    }

    public static Optional<XPathList> parse(String xpath) {
        Matcher head = HEAD.matcher(xpath);
        if (!head.matches()) {
            return Optional.empty();
        }
        String prefix = head.group(1) == null ? "" : head.group(1);
        String rest = head.group(3).trim();
        Expr predicate = state -> Boolean.TRUE;
        if (rest.startsWith("[")) {
            int end = closingBracket(rest);
            if (end < 0) {
                return Optional.empty();
            }
            try {
                Parser parser = new Parser(rest.substring(1, end));
                predicate = parser.parse();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            rest = rest.substring(end + 1).trim();
        }
        String order = null;
        boolean descending = false;
        if (!rest.isEmpty()) {
            Matcher orderBy = ORDER.matcher(rest);
            if (!orderBy.matches()) {
                return Optional.empty();
            }
            order = orderBy.group(1);
            descending = "descending".equals(orderBy.group(2));
        }
        return Optional.of(new XPathList(prefix, head.group(2), predicate, order, descending));
    }

    private static int closingBracket(String text) {
        boolean quoted = false;
        char quote = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == quote) {
                    quoted = false;
                }
            } else if (c == '\'' || c == '"') {
                quoted = true;
                quote = c;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** Whether the item is in the list's result set (ignoring windows); null when the state cannot tell. */
    public Boolean matches(ItemState state) {
        if (!state.types().contains(nodeType)) {
            return Boolean.FALSE;
        }
        if (!pathPrefix.isEmpty() && !state.path().startsWith(pathPrefix + "/")) {
            return Boolean.FALSE;
        }
        return predicate.eval(state);
    }

    public Optional<String> orderProperty() {
        return Optional.ofNullable(orderProperty);
    }

    /**
     * Whether the item sorts at or before {@code boundary} (a value of the order property) in the list's order;
     * null when it has no single kept value there.
     */
    public Boolean atOrBefore(ItemState state, String boundary) {
        List<String> values = state.values().get(orderProperty);
        if (values == null || values.size() != 1 || boundary == null) {
            return null;
        }
        int comparison = compare(values.get(0), boundary);
        return descending ? comparison >= 0 : comparison <= 0;
    }

    /** Dates as instants, numbers as numbers, anything else as text. */
    static int compare(String a, String b) {
        Optional<Instant> da = instant(a);
        Optional<Instant> db = instant(b);
        if (da.isPresent() && db.isPresent()) {
            return da.get().compareTo(db.get());
        }
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static Optional<Instant> instant(String text) {
        if (text.length() < 10 || !Character.isDigit(text.charAt(0)) || text.indexOf('T') < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A predicate over a kept state: TRUE, FALSE or null (cannot tell). */
    interface Expr {
        Boolean eval(ItemState state);
    }

    /** Recursive descent over the predicate's tokens. */
    private static final class Parser {
        private static final Pattern TOKEN = Pattern.compile(
                "\\s*(xs:dateTime\\(\\s*('(?:[^']|'')*'|\"[^\"]*\")\\s*\\)|'(?:[^']|'')*'|\"[^\"]*\"|@[A-Za-z_][\\w:.-]*"
                + "|!=|<=|>=|=|<|>|\\(|\\)|false\\(\\)|true\\(\\)|-?\\d+(?:\\.\\d+)?|[A-Za-z_][\\w:.-]*)");
        private final List<String> tokens = new ArrayList<>();
        private int at;

        Parser(String text) {
            Matcher m = TOKEN.matcher(text);
            int position = 0;
            while (position < text.length()) {
                if (!m.find(position) || m.start() != position) {
                    if (text.substring(position).isBlank()) {
                        break;
                    }
                    throw new IllegalArgumentException("cannot read " + text.substring(position));
                }
                tokens.add(m.group(1));
                position = m.end();
            }
        }

        Expr parse() {
            Expr expr = or();
            if (at != tokens.size()) {
                throw new IllegalArgumentException("unexpected " + tokens.get(at));
            }
            return expr;
        }

        private String peek() {
            return at < tokens.size() ? tokens.get(at) : "";
        }

        private String next() {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return tokens.get(at++);
        }

        private Expr or() {
            Expr left = and();
            while (peek().equals("or")) {
                next();
                Expr a = left;
                Expr b = and();
                left = state -> or(a.eval(state), b.eval(state));
            }
            return left;
        }

        private Expr and() {
            Expr left = unary();
            while (peek().equals("and")) {
                next();
                Expr a = left;
                Expr b = unary();
                left = state -> and(a.eval(state), b.eval(state));
            }
            return left;
        }

        private Expr unary() {
            String token = next();
            switch (token) {
                case "(" -> {
                    Expr inner = or();
                    expect(")");
                    return inner;
                }
                case "not" -> {
                    expect("(");
                    Expr inner = or();
                    expect(")");
                    return state -> {
                        Boolean value = inner.eval(state);
                        return value == null ? null : !value;
                    };
                }
                case "false()" -> {
                    return state -> Boolean.FALSE;
                }
                case "true()" -> {
                    return state -> Boolean.TRUE;
                }
                default -> {
                    if (!token.startsWith("@")) {
                        throw new IllegalArgumentException("not understood: " + token);
                    }
                    return comparison(token.substring(1));
                }
            }
        }

        private Expr comparison(String property) {
            String op = peek();
            if (!List.of("=", "!=", "<", "<=", ">", ">=").contains(op)) {
                return state -> state.has(property);
            }
            next();
            String literal = literal(next());
            return state -> {
                if (!state.has(property)) {
                    return Boolean.FALSE;
                }
                List<String> values = state.values().get(property);
                if (values == null) {
                    return null;
                }
                for (String value : values) {
                    if (holds(op, value, literal)) {
                        return Boolean.TRUE; // XPath compares a multi-valued property existentially
                    }
                }
                return Boolean.FALSE;
            };
        }

        private static boolean holds(String op, String value, String literal) {
            if (op.equals("=")) {
                return compare(value, literal) == 0;
            }
            if (op.equals("!=")) {
                return compare(value, literal) != 0;
            }
            int comparison = compare(value, literal);
            return switch (op) {
                case "<" -> comparison < 0;
                case "<=" -> comparison <= 0;
                case ">" -> comparison > 0;
                default -> comparison >= 0;
            };
        }

        private static String literal(String token) {
            if (token.startsWith("xs:dateTime(")) {
                return literal(token.substring(token.indexOf('(') + 1, token.lastIndexOf(')')).trim());
            }
            if (token.startsWith("'")) {
                return token.substring(1, token.length() - 1).replace("''", "'");
            }
            if (token.startsWith("\"")) {
                return token.substring(1, token.length() - 1);
            }
            if (token.matches("-?\\d+(?:\\.\\d+)?")) {
                return token;
            }
            throw new IllegalArgumentException("not a literal: " + token);
        }

        private void expect(String token) {
            if (!next().equals(token)) {
                throw new IllegalArgumentException("expected " + token);
            }
        }

        private static Boolean or(Boolean a, Boolean b) {
            if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
                return Boolean.TRUE;
            }
            return a == null || b == null ? null : Boolean.FALSE;
        }

        private static Boolean and(Boolean a, Boolean b) {
            if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
                return Boolean.FALSE;
            }
            return a == null || b == null ? null : Boolean.TRUE;
        }
    }
}
