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
 * {@code xs:dateTime}), the columns it names ({@code /(@date|@jcr:uuid)}, see {@link IndexedRows}) and the first
 * sort key. Anything else is not parsed ({@link #parse} is empty) and the
 * list then counts as touched by every change of its workspace.
 *
 * <p>Answers are three-valued: {@code null} when the kept state cannot tell (a long value was not kept), which
 * callers treat as "may match".
 */
public final class XPathList {

    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(?:/jcr:root((?:/[^/\\[\\]\\s]+)*))?//element\\(\\s*\\*\\s*,\\s*([^)\\s]+)\\s*\\)\\s*(.*)$", Pattern.DOTALL);
    /** The column specifier after the predicate: {@code /@date} or {@code /(@date | @jcr:uuid)}. */
    private static final Pattern COLUMNS = Pattern.compile(
            "^/\\s*(?:@([A-Za-z_][\\w:.-]*)|\\(\\s*(@[A-Za-z_][\\w:.-]*(?:\\s*\\|\\s*@[A-Za-z_][\\w:.-]*)*)\\s*\\))\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern ORDER = Pattern.compile(
            "^order\\s+by\\s+@([A-Za-z_][\\w:.-]*)(?:\\s+(ascending|descending))?\\s*(?:,.*)?$", Pattern.DOTALL);

    private final String pathPrefix;
    private final String nodeType;
    private final Expr predicate;
    private final String orderProperty;
    private final boolean descending;
    /** Whether the order clause names more than one key (only the first is understood). */
    private final boolean moreOrderKeys;
    /** The properties its rows hold ({@code /(@a | @b)}), in order; empty when it names none. */
    private final List<String> columns;
    /** The properties whose values it compares, sorts by or selects as columns (a presence test needs no value). */
    private final java.util.Set<String> comparedProperties;

    /** A referenceable node's {@code jcr:uuid} property: its identifier. */
    static final String IDENTIFIER_COLUMN = "jcr:uuid";

    /** Statements repeat on every rendering (the same lists, pages and counts): parsed once, kept while few. */
    private static final int PARSED_MAX = 20_000;
    private static final java.util.Map<String, Optional<XPathList>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private XPathList(String pathPrefix, String nodeType, Expr predicate, List<String> columns, String orderProperty,
                      boolean descending, boolean moreOrderKeys) {
        this.pathPrefix = pathPrefix;
        this.columns = List.copyOf(columns);
        this.nodeType = nodeType;
        this.predicate = predicate;
        this.orderProperty = orderProperty;
        this.descending = descending;
        this.moreOrderKeys = moreOrderKeys;
        java.util.Set<String> compared = new java.util.HashSet<>();
        predicate.addCompared(compared);
        if (orderProperty != null) {
            compared.add(orderProperty);
        }
        for (String column : columns) {
            if (!column.equals(IDENTIFIER_COLUMN)) { // every state knows its identifier
                compared.add(column);
            }
        }
        this.comparedProperties = java.util.Set.copyOf(compared);
    }

    public static Optional<XPathList> parse(String xpath) {
        Optional<XPathList> known = PARSED.get(xpath);
        if (known != null) {
            return known;
        }
        Optional<XPathList> parsed = parseNew(xpath);
        if (PARSED.size() >= PARSED_MAX) {
            PARSED.clear(); // statements with dates in them (archive windows) are many; the common ones come back at once
        }
        PARSED.put(xpath, parsed);
        return parsed;
    }

    private static Optional<XPathList> parseNew(String xpath) {
        Matcher head = HEAD.matcher(xpath);
        if (!head.matches()) {
            return Optional.empty();
        }
        String prefix = head.group(1) == null ? "" : head.group(1);
        String rest = head.group(3).trim();
        Expr predicate = new Constant(Boolean.TRUE);
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
        List<String> columns = new ArrayList<>();
        Matcher columnSpec = COLUMNS.matcher(rest);
        if (columnSpec.matches()) {
            String names = columnSpec.group(1) != null ? "@" + columnSpec.group(1) : columnSpec.group(2);
            for (String name : names.split("\\|")) {
                String column = name.trim().substring(1);
                if (columns.contains(column) || column.equals("jcr:path") || column.equals("jcr:score")) {
                    return Optional.empty(); // pseudo-columns and a column named twice: Jackrabbit's to lay out
                }
                columns.add(column);
            }
            rest = columnSpec.group(3).trim();
        } else if (rest.startsWith("/")) {
            return Optional.empty();
        }
        String order = null;
        boolean descending = false;
        boolean moreKeys = false;
        if (!rest.isEmpty()) {
            Matcher orderBy = ORDER.matcher(rest);
            if (!orderBy.matches()) {
                return Optional.empty();
            }
            order = orderBy.group(1);
            descending = "descending".equals(orderBy.group(2));
            moreKeys = rest.indexOf(',') >= 0;
        }
        return Optional.of(new XPathList(prefix, head.group(2), predicate, columns, order, descending, moreKeys));
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

    /** The properties whose values deciding a match or a position takes: what a kept state must hold values of. */
    public java.util.Set<String> comparedProperties() {
        return comparedProperties;
    }

    /** The properties the statement selects as its rows' columns ({@code /(@date | @jcr:uuid)}); empty when none. */
    public List<String> columns() {
        return columns;
    }

    public Optional<String> orderProperty() {
        return Optional.ofNullable(orderProperty);
    }

    /** Whether the results are ordered by the order property, descending, and by nothing else. */
    boolean orderedBySingleKeyDescending() {
        return orderProperty != null && descending && !moreOrderKeys;
    }

    String nodeType() {
        return nodeType;
    }

    /** The path the statement is limited to ({@code /jcr:root/a/b//…}), empty for the whole workspace. */
    String pathPrefix() {
        return pathPrefix;
    }

    /**
     * A property and its values of which every match has at least one (the predicate is {@code @p = 'a'}, or
     * {@code @p = 'a' or @p = 'b'}, or a conjunction with such a term); empty when the predicate names none.
     */
    Optional<Terms> terms() {
        return Optional.ofNullable(predicate.terms());
    }

    /** The bounds the predicate puts on a property's values in a conjunction ({@code @date >= x and @date < y}). */
    Range range(String property) {
        return predicate.range(property);
    }

    /** One property and the values a match must have one of. */
    record Terms(String property, java.util.Set<String> values) {
    }

    /** Lower and upper bounds of a property's value (null: unbounded), each inclusive or not. */
    record Range(String lower, boolean lowerInclusive, String upper, boolean upperInclusive) {
        static final Range ALL = new Range(null, false, null, false);

        Range and(Range other) {
            Range result = this;
            if (other.lower != null && (result.lower == null || compare(other.lower, result.lower) > 0
                    || compare(other.lower, result.lower) == 0 && !other.lowerInclusive)) {
                result = new Range(other.lower, other.lowerInclusive, result.upper, result.upperInclusive);
            }
            if (other.upper != null && (result.upper == null || compare(other.upper, result.upper) < 0
                    || compare(other.upper, result.upper) == 0 && !other.upperInclusive)) {
                result = new Range(result.lower, result.lowerInclusive, other.upper, other.upperInclusive);
            }
            return result;
        }
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
        if (numeric(a) && numeric(b)) {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        }
        return a.compareTo(b);
    }

    /** A decimal number as XPath literals write them: checked first, since an exception per compared identifier is dear. */
    private static boolean numeric(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        if (i >= text.length()) {
            return false;
        }
        boolean dot = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.endsWith(".");
    }

    static Optional<Instant> instant(String text) {
        if (text.length() < 10 || !Character.isDigit(text.charAt(0)) || text.indexOf('T') < 0) {
            return Optional.empty();
        }
        long millis = isoMillis(text);
        if (millis != Long.MIN_VALUE) {
            return Optional.of(Instant.ofEpochMilli(millis));
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * JCR's date form ({@code 2024-05-01T10:00:00.000+03:00}, also without millis or with {@code Z}) as epoch
     * milliseconds, read by hand: dates are compared for every candidate of a list, and the general parser is the
     * dearest part of that. {@link Long#MIN_VALUE} for anything else (the general parser then decides).
     */
    static long isoMillis(String t) {
        int n = t.length();
        if (n < 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int at = 19;
        int millis = 0;
        if (at < n && t.charAt(at) == '.') {
            if (at + 4 > n) {
                return Long.MIN_VALUE;
            }
            millis = digits(t, at + 1, 3);
            at += 4;
        }
        int offsetSeconds;
        if (at == n - 1 && t.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == n - 6 && (t.charAt(at) == '+' || t.charAt(at) == '-') && t.charAt(at + 3) == ':') {
            int hours = digits(t, at + 1, 2);
            int minutes = digits(t, at + 4, 2);
            if (hours < 0 || minutes < 0) {
                return Long.MIN_VALUE;
            }
            offsetSeconds = (hours * 3600 + minutes * 60) * (t.charAt(at) == '-' ? -1 : 1);
        } else {
            return Long.MIN_VALUE;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || millis < 0) {
            return Long.MIN_VALUE;
        }
        long days = java.time.LocalDate.of(year, month, 1).toEpochDay() + day - 1;
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Long.MIN_VALUE;
        }
        return ((days * 86_400 + hour * 3600L + minute * 60L + second) - offsetSeconds) * 1000 + millis;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A predicate over a kept state: TRUE, FALSE or null (cannot tell). */
    interface Expr {
        Boolean eval(ItemState state);

        /** See {@link XPathList#terms()}; null when none. */
        default Terms terms() {
            return null;
        }

        /** See {@link XPathList#range(String)}. */
        default Range range(String property) {
            return Range.ALL;
        }

        /** Adds the properties whose values it compares. */
        default void addCompared(java.util.Set<String> into) {
        }
    }

    private record Constant(Boolean value) implements Expr {
        @Override
        public Boolean eval(ItemState state) {
            return value;
        }
    }

    private record Or(Expr a, Expr b) implements Expr {
        @Override
        public Boolean eval(ItemState state) {
            return Parser.or(a.eval(state), b.eval(state));
        }

        @Override
        public void addCompared(java.util.Set<String> into) {
            a.addCompared(into);
            b.addCompared(into);
        }

        @Override
        public Terms terms() {
            Terms left = a.terms();
            Terms right = b.terms();
            if (left == null || right == null || !left.property().equals(right.property())) {
                return null;
            }
            java.util.Set<String> values = new java.util.LinkedHashSet<>(left.values());
            values.addAll(right.values());
            return new Terms(left.property(), values);
        }
    }

    private record And(Expr a, Expr b) implements Expr {
        @Override
        public Boolean eval(ItemState state) {
            return Parser.and(a.eval(state), b.eval(state));
        }

        @Override
        public void addCompared(java.util.Set<String> into) {
            a.addCompared(into);
            b.addCompared(into);
        }

        @Override
        public Terms terms() {
            Terms left = a.terms();
            return left != null ? left : b.terms();
        }

        @Override
        public Range range(String property) {
            return a.range(property).and(b.range(property));
        }
    }

    private record Not(Expr inner) implements Expr {
        @Override
        public Boolean eval(ItemState state) {
            Boolean value = inner.eval(state);
            return value == null ? null : !value;
        }

        @Override
        public void addCompared(java.util.Set<String> into) {
            inner.addCompared(into);
        }
    }

    private record Has(String property) implements Expr {
        @Override
        public Boolean eval(ItemState state) {
            return state.has(property);
        }
    }

    private record Comparison(String property, String op, String literal) implements Expr {
        @Override
        public Boolean eval(ItemState state) {
            if (!state.has(property)) {
                return Boolean.FALSE;
            }
            List<String> values = state.values().get(property);
            if (values == null) {
                return null;
            }
            for (String value : values) {
                if (Parser.holds(op, value, literal)) {
                    return Boolean.TRUE; // XPath compares a multi-valued property existentially
                }
            }
            return Boolean.FALSE;
        }

        @Override
        public Terms terms() {
            return op.equals("=") ? new Terms(property, java.util.Set.of(literal)) : null;
        }

        @Override
        public void addCompared(java.util.Set<String> into) {
            into.add(property);
        }

        @Override
        public Range range(String name) {
            if (!name.equals(property)) {
                return Range.ALL;
            }
            return switch (op) {
                case "<" -> new Range(null, false, literal, false);
                case "<=" -> new Range(null, false, literal, true);
                case ">" -> new Range(literal, false, null, false);
                case ">=" -> new Range(literal, true, null, false);
                case "=" -> new Range(literal, true, literal, true);
                default -> Range.ALL;
            };
        }
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
                left = new Or(left, and());
            }
            return left;
        }

        private Expr and() {
            Expr left = unary();
            while (peek().equals("and")) {
                next();
                left = new And(left, unary());
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
                    return new Not(inner);
                }
                case "false()" -> {
                    return new Constant(Boolean.FALSE);
                }
                case "true()" -> {
                    return new Constant(Boolean.TRUE);
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
                return new Has(property);
            }
            next();
            return new Comparison(property, op, literal(next()));
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
