package org.magnolianews.host.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The audit trail's filter from request parameters, the same for the API and the admincentral:
 * {@code action} (comma-separated ids such as {@code published,deleted}), {@code actor}, {@code from} and
 * {@code to} (a day {@code 2026-12-01}, UTC, or a date-time with offset; {@code to} is exclusive, a day means
 * up to its end), {@code subject} (a prefix such as {@code news:/2017}), {@code limit} (1–500, default 50),
 * {@code offset}. A bad value names its parameter.
 */
public final class AuditFilterParser {

    public static final int DEFAULT_LIMIT = 50;

    /** A parameter with a value that cannot be used, and why. */
    public static final class BadParameter extends RuntimeException {
        private final String parameter;

        BadParameter(String parameter, String reason) {
            super(reason);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    private AuditFilterParser() {
    }

    public static AuditFilter parse(Function<String, Optional<String>> parameter) {
        Set<AuditAction> actions = new LinkedHashSet<>();
        for (String id : parameter.apply("action").map(v -> v.split(",")).orElse(new String[0])) {
            if (!id.isBlank()) {
                actions.add(AuditAction.of(id.strip()).orElseThrow(() -> new BadParameter("action",
                        "unknown action '" + id.strip() + "' (known: " + known() + ")")));
            }
        }
        Optional<String> actor = parameter.apply("actor").map(String::strip).filter(v -> !v.isEmpty());
        Optional<Instant> from = parameter.apply("from").filter(v -> !v.isBlank()).map(v -> instant("from", v, false));
        Optional<Instant> to = parameter.apply("to").filter(v -> !v.isBlank()).map(v -> instant("to", v, true));
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new BadParameter("to", "must be later than from");
        }
        Optional<String> subject = parameter.apply("subject").map(String::strip).filter(v -> !v.isEmpty());
        int limit = number(parameter, "limit", DEFAULT_LIMIT, 1, AuditFilter.MAX_LIMIT);
        int offset = number(parameter, "offset", 0, 0, 1_000_000);
        return new AuditFilter(actions, actor, from, to, subject, limit, offset);
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "expected a day (2026-12-01) or a date-time with offset (2026-12-01T10:00:00+03:00), got '"
                    + value + "'");
        }
    }

    private static int number(Function<String, Optional<String>> parameter, String name, int fallback, int min, int max) {
        Optional<String> value = parameter.apply(name).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get().strip());
            if (parsed < min || parsed > max) {
                throw new BadParameter(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "must be a whole number, got '" + value.get() + "'");
        }
    }

    private static String known() {
        StringBuilder ids = new StringBuilder();
        for (AuditAction action : AuditAction.values()) {
            ids.append(ids.isEmpty() ? "" : ", ").append(action.id());
        }
        return ids.toString();
    }
}
