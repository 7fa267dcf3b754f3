package org.magnolianews.host.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magnolianews.host.delivery.PropertyCatalog.ValueType;

/**
 * Turns the path and query string of a GET into a {@link DeliveryRequest}, refusing anything it
 * cannot vouch for with a 400 naming the parameter: unknown properties and operators, values of the
 * wrong type, limits out of range. What comes out is safe to build a query from.
 */
public final class DeliveryRequestParser {

    public static final int MAX_LIMIT = 1000;
    /** Deep offsets make Lucene sort and skip ever more hits; feeds page with {@code before} instead. */
    public static final int MAX_OFFSET = 10_000;
    static final int MAX_VALUE_LENGTH = 500;
    static final int MAX_ALTERNATIVES = 50;
    static final int MAX_ORDER_KEYS = 5;
    static final int MAX_WORDS = 10;

    static final String NAME = "@name";
    static final String UUID = "@jcr:uuid";
    static final String ANCESTOR = "@ancestor";
    private static final Set<String> CONTROL = Set.of("limit", "offset", "orderBy", "q", "lang", "before", "total", "translated");
    private static final java.util.regex.Pattern IDENTIFIER =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String CHILDREN_SUFFIX = "@nodes";
    private static final Pattern FILTER = Pattern.compile("(.+)\\[([^\\[\\]]*)]");
    private static final Pattern UUID_FORMAT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");
    private static final Pattern DATE_TIME_WITH_SPACE = Pattern.compile("(.*T\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?) (\\d\\d:\\d\\d)");

    private final EndpointDefinition endpoint;
    private final PropertyCatalog catalog;

    public DeliveryRequestParser(EndpointDefinition endpoint, PropertyCatalog catalog) {
        this.endpoint = endpoint;
        this.catalog = catalog;
    }

    /**
     * @param subPath the request path after the endpoint path: empty or {@code /} for a query,
     *                {@code /2017/11/item} to read, {@code /2017/11@nodes} for children
     */
    public DeliveryRequest parse(String subPath, List<QueryString.Parameter> parameters) {
        String path = subPath == null ? "" : subPath;
        if (path.endsWith(CHILDREN_SUFFIX)) {
            String parent = path.substring(0, path.length() - CHILDREN_SUFFIX.length());
            return new DeliveryRequest.Children(nodePath(parent.isEmpty() || parent.equals("/") ? "/" : stripSlash(parent)));
        }
        if (path.isEmpty() || path.equals("/")) {
            return new DeliveryRequest.Query(query(parameters));
        }
        return new DeliveryRequest.Read(nodePath(stripSlash(path)));
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The absolute JCR path of a read; a path that cannot name a node is simply not found. */
    private String nodePath(String relative) {
        if (!relative.startsWith("/") || relative.contains("//") || relative.length() > 1000) {
            throw DeliveryException.pathNotFound(QueryString.printable(relative));
        }
        for (String segment : relative.substring(1).split("/")) {
            if (segment.equals(".") || segment.equals("..") || segment.chars().anyMatch(c -> "[]|*'\"".indexOf(c) >= 0 || c < 32)) {
                throw DeliveryException.pathNotFound(QueryString.printable(relative));
            }
        }
        return endpoint.absolutePath(relative);
    }

    DeliveryQuery query(List<QueryString.Parameter> parameters) {
        int limit = endpoint.limit() == 0 ? EndpointDefinitionReader.DEFAULT_LIMIT : Math.min(endpoint.limit(), MAX_LIMIT);
        int offset = 0;
        List<OrderKey> orderBy = List.of();
        List<String> words = List.of();
        Optional<DeliveryQuery.Cursor> before = Optional.empty();
        boolean total = false;
        boolean translated = false;
        Optional<String> ancestor = Optional.empty();
        List<Filter> filters = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (QueryString.Parameter parameter : parameters) {
            String name = parameter.name();
            String value = parameter.value();
            if (CONTROL.contains(name) && !seen.add(name)) {
                throw DeliveryException.invalidQuery("parameter '" + name + "' is given more than once");
            }
            switch (name) {
                case "limit" -> limit = bounded(name, value, 1, MAX_LIMIT);
                case "offset" -> offset = bounded(name, value, 0, MAX_OFFSET);
                case "orderBy" -> orderBy = orderBy(value);
                case "q" -> words = words(value);
                case "lang" -> { } // read by LanguageSelector
                case "before" -> before = Optional.of(cursor(value));
                case "total" -> total = bool(name, value);
                case "translated" -> translated = bool(name, value);
                default -> {
                    Filter filter = filter(name, value);
                    if (filter.property().equals(ANCESTOR)) {
                        if (ancestor.isPresent()) {
                            throw DeliveryException.invalidQuery("@ancestor is given more than once");
                        }
                        ancestor = Optional.of(filter.alternatives().get(0));
                    } else {
                        filters.add(filter);
                    }
                }
            }
        }
        if (before.isPresent()) {
            if (orderBy.isEmpty() || !orderBy.get(0).descending()
                    || catalog.typeOf(orderBy.get(0).property()).orElse(ValueType.STRING) != ValueType.DATE) {
                throw DeliveryException.invalidQuery("before: keyset paging needs orderBy=<date property> desc (e.g. orderBy=date desc)");
            }
        }
        if (translated && catalog.translatable().isEmpty()) {
            throw DeliveryException.invalidQuery("translated: this endpoint's items have no declared translatable properties"
                    + " (it has no content type), so there is nothing to tell translated items by");
        }
        return new DeliveryQuery(limit, offset, orderBy, words, List.copyOf(filters), ancestor, before, total, translated);
    }

    private Filter filter(String parameter, String value) {
        String property = parameter;
        FilterOperator operator = FilterOperator.EQ;
        Matcher matcher = FILTER.matcher(parameter);
        if (matcher.matches()) {
            property = matcher.group(1);
            operator = FilterOperator.of(matcher.group(2)).orElseThrow(() -> DeliveryException.invalidQuery(
                    "unknown operator in '" + QueryString.printable(parameter) + "' (known: " + FilterOperator.known() + ")"));
        }
        if (property.isEmpty() || property.indexOf('[') >= 0 || property.indexOf(']') >= 0) {
            throw DeliveryException.invalidQuery("malformed filter parameter '" + QueryString.printable(parameter)
                    + "' (expected property[operator]=value)");
        }
        if (value.length() > MAX_VALUE_LENGTH * 4) {
            throw DeliveryException.invalidValue(QueryString.printable(parameter), "value longer than " + MAX_VALUE_LENGTH * 4 + " characters");
        }
        List<String> alternatives = Arrays.asList(value.split("\\|", -1));
        if (alternatives.size() > MAX_ALTERNATIVES) {
            throw DeliveryException.invalidValue(QueryString.printable(parameter), "more than " + MAX_ALTERNATIVES + " alternatives");
        }
        String label = QueryString.printable(parameter);
        return switch (property) {
            case ANCESTOR -> ancestorFilter(label, operator, alternatives);
            case UUID -> uuidFilter(label, operator, alternatives);
            case NAME -> nameFilter(label, operator, alternatives);
            default -> propertyFilter(label, property, operator, alternatives);
        };
    }

    private Filter ancestorFilter(String label, FilterOperator operator, List<String> alternatives) {
        if (operator != FilterOperator.EQ || alternatives.size() != 1) {
            throw DeliveryException.invalidQuery(label + ": @ancestor takes one path and no operator");
        }
        String path = stripSlash(alternatives.get(0));
        if (!path.startsWith("/") || path.contains("//") || path.length() > 1000
                || Arrays.stream(path.substring(1).split("/")).anyMatch(s -> s.equals(".") || s.equals("..") || !validName(s))) {
            throw DeliveryException.invalidValue(label, "not an absolute path");
        }
        if (!endpoint.contains(path)) {
            throw DeliveryException.invalidValue(label, "path is outside the endpoint's root " + endpoint.rootPath());
        }
        return new Filter(label, ANCESTOR, operator, List.of(path));
    }

    private static boolean validName(String segment) {
        return segment.isEmpty() || segment.chars().noneMatch(c -> "[]|*'\":".indexOf(c) >= 0 || c < 32);
    }

    private static Filter uuidFilter(String label, FilterOperator operator, List<String> alternatives) {
        if (operator != FilterOperator.EQ && operator != FilterOperator.NE) {
            throw DeliveryException.invalidQuery(label + ": @jcr:uuid takes eq or ne");
        }
        for (String alternative : alternatives) {
            if (!UUID_FORMAT.matcher(alternative).matches()) {
                throw DeliveryException.invalidValue(label, "not an identifier (UUID): " + QueryString.printable(alternative));
            }
        }
        return new Filter(label, UUID, operator, alternatives.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
    }

    private static Filter nameFilter(String label, FilterOperator operator, List<String> alternatives) {
        // Jackrabbit compares fn:name() only with = and jcr:like.
        if (operator != FilterOperator.EQ && operator != FilterOperator.LIKE) {
            throw DeliveryException.invalidQuery(label + ": @name takes eq or like");
        }
        for (String alternative : alternatives) {
            if (alternative.isEmpty() || alternative.length() > MAX_VALUE_LENGTH || !validName(alternative)) {
                throw DeliveryException.invalidValue(label, "not a node name: " + QueryString.printable(alternative));
            }
        }
        return new Filter(label, NAME, operator, alternatives);
    }

    private Filter propertyFilter(String label, String property, FilterOperator operator, List<String> alternatives) {
        ValueType type = catalog.typeOf(property).orElseThrow(() -> DeliveryException.invalidQuery(
                "unknown property '" + QueryString.printable(property) + "' in '" + label + "'"));
        List<String> values = new ArrayList<>();
        for (String alternative : alternatives) {
            values.add(switch (operator) {
                case NULL -> {
                    if (alternatives.size() != 1) {
                        throw DeliveryException.invalidValue(label, "[null] takes true or false");
                    }
                    yield String.valueOf(alternative.isEmpty() || bool(label, alternative));
                }
                case LIKE -> {
                    if (type != ValueType.STRING) {
                        throw DeliveryException.invalidQuery(label + ": like applies to text properties only");
                    }
                    yield text(label, alternative);
                }
                case IN, NOT_IN -> {
                    String[] range = alternative.split("~", -1);
                    if (range.length != 2) {
                        throw DeliveryException.invalidValue(label, "expected a range from~to, got '" + QueryString.printable(alternative) + "'");
                    }
                    yield typed(label, type, range[0]) + "~" + typed(label, type, range[1]);
                }
                default -> {
                    if (catalog.isReference(property) && !IDENTIFIER.matcher(alternative).matches()) {
                        throw DeliveryException.invalidValue(label, "'" + QueryString.printable(alternative)
                                + "' is not an identifier: reference filters take the @id of the referenced item, not its"
                                + " name (the referenced type's endpoint finds it: ?@name=" + QueryString.printable(alternative) + ")");
                    }
                    yield typed(label, type, alternative);
                }
            });
        }
        return new Filter(label, property, operator, List.copyOf(values));
    }

    /** A value checked against the property's type, in a canonical form the query builder can trust. */
    private static String typed(String label, ValueType type, String value) {
        return switch (type) {
            case DATE -> date(label, value).toString();
            case NUMBER -> {
                if (!NUMBER.matcher(value).matches()) {
                    throw DeliveryException.invalidValue(label, "not a number: '" + QueryString.printable(value) + "'");
                }
                yield value;
            }
            case BOOLEAN -> String.valueOf(bool(label, value));
            case STRING -> text(label, value);
        };
    }

    private static String text(String label, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw DeliveryException.invalidValue(label, "value longer than " + MAX_VALUE_LENGTH + " characters");
        }
        if (value.chars().anyMatch(c -> c < 32 && c != '\t')) {
            throw DeliveryException.invalidValue(label, "value contains control characters");
        }
        return value;
    }

    /** {@code before=<date>} or {@code before=<date>~<identifier of the last item seen>}. */
    private static DeliveryQuery.Cursor cursor(String value) {
        int tilde = value.indexOf('~');
        if (tilde < 0) {
            return new DeliveryQuery.Cursor(date("before", value), Optional.empty());
        }
        String identifier = value.substring(tilde + 1);
        if (!UUID_FORMAT.matcher(identifier).matches()) {
            throw DeliveryException.invalidValue("before", "after '~' comes the identifier (@id) of the last item seen, got '"
                    + QueryString.printable(identifier) + "'");
        }
        return new DeliveryQuery.Cursor(date("before", value.substring(0, tilde)), Optional.of(identifier.toLowerCase(Locale.ROOT)));
    }

    /** {@code yyyy-MM-dd} (midnight UTC) or {@code yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX}. */
    static OffsetDateTime date(String label, String value) {
        String text = value.trim();
        Matcher spaced = DATE_TIME_WITH_SPACE.matcher(text);
        if (spaced.matches()) {
            text = spaced.group(1) + "+" + spaced.group(4); // '+' of the offset arrived decoded as a space
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw DeliveryException.invalidValue(label, "not a date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss.SSS+hh:mm): '"
                    + QueryString.printable(value) + "'");
        }
    }

    private static boolean bool(String label, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DeliveryException.invalidValue(label, "expected true or false, got '" + QueryString.printable(value) + "'");
        };
    }

    private static int bounded(String label, String value, int min, int max) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw DeliveryException.invalidValue(label, "not a whole number: '" + QueryString.printable(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw DeliveryException.invalidValue(label, "must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }

    private List<OrderKey> orderBy(String value) {
        List<OrderKey> keys = new ArrayList<>();
        for (String part : value.split(",")) {
            String[] tokens = part.trim().split("\\s+");
            if (tokens.length == 0 || tokens[0].isEmpty() || tokens.length > 2) {
                throw DeliveryException.invalidValue("orderBy", "expected 'property [asc|desc]', got '" + QueryString.printable(part) + "'");
            }
            boolean descending = false;
            if (tokens.length == 2) {
                descending = switch (tokens[1].toLowerCase(Locale.ROOT)) {
                    case "asc", "ascending" -> false;
                    case "desc", "descending" -> true;
                    default -> throw DeliveryException.invalidValue("orderBy", "direction must be asc or desc, got '"
                            + QueryString.printable(tokens[1]) + "'");
                };
            }
            if (catalog.typeOf(tokens[0]).isEmpty()) {
                throw DeliveryException.invalidQuery("orderBy: unknown property '" + QueryString.printable(tokens[0]) + "'");
            }
            keys.add(new OrderKey(tokens[0], descending));
        }
        if (keys.size() > MAX_ORDER_KEYS) {
            throw DeliveryException.invalidValue("orderBy", "at most " + MAX_ORDER_KEYS + " keys");
        }
        return List.copyOf(keys);
    }

    /** Letters and digits only, lower-cased: the full-text parser never sees an operator or a quote. */
    private static List<String> words(String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw DeliveryException.invalidValue("q", "longer than " + MAX_VALUE_LENGTH + " characters");
        }
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(value);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        if (words.isEmpty()) {
            throw DeliveryException.invalidValue("q", "no words to search for");
        }
        if (words.size() > MAX_WORDS) {
            throw DeliveryException.invalidValue("q", "more than " + MAX_WORDS + " words");
        }
        return List.copyOf(words);
    }
}
