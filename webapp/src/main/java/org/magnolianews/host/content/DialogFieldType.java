package org.magnolianews.host.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.Optional;
import javax.jcr.PropertyType;

/**
 * The JCR type a Magnolia 6 dialog field stores its value as: {@code checkBoxField} a Boolean, a field with
 * {@code type: java.lang.Long} (and its converter) a Long, {@code dateField} a Date, everything else a String.
 * Every write of dialog values (author UI, management API, sample content, the start-up migration) goes
 * through here, so a template sees the types it would see on Magnolia.
 */
public enum DialogFieldType {
    STRING(PropertyType.STRING), BOOLEAN(PropertyType.BOOLEAN), LONG(PropertyType.LONG), DATE(PropertyType.DATE);

    private final int jcrType;

    DialogFieldType(int jcrType) {
        this.jcrType = jcrType;
    }

    public int jcrType() {
        return jcrType;
    }

    public static DialogFieldType of(Map<String, Object> field) {
        String fieldType = String.valueOf(field.get("$type"));
        if (fieldType.equals("checkBoxField") || fieldType.equals("checkbox")) {
            return BOOLEAN;
        }
        if (fieldType.equals("dateField")) {
            return DATE;
        }
        return "java.lang.Long".equals(field.get("type")) ? LONG : STRING;
    }

    /** The stored value for a text as typed or sent, or empty when the text is not a value of this type. */
    public Optional<Object> parse(String text) {
        String value = text.strip();
        switch (this) {
            case BOOLEAN -> {
                return value.equals("true") || value.equals("false") ? Optional.of(Boolean.valueOf(value)) : Optional.empty();
            }
            case LONG -> {
                try {
                    return Optional.of(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            case DATE -> {
                return date(value).map(Object.class::cast);
            }
            default -> {
                return Optional.of(text);
            }
        }
    }

    /** What {@link #parse} refuses, in words for an error message. */
    public String expected() {
        return switch (this) {
            case BOOLEAN -> "must be true or false";
            case LONG -> "must be a whole number";
            case DATE -> "must be a date (2017-11-21 or 2017-11-21T10:30:00+03:00)";
            default -> "must be text";
        };
    }

    private static Optional<Calendar> date(String value) {
        try {
            if (value.length() == 10) {
                return Optional.of(GregorianCalendar.from(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC)));
            }
            return Optional.of(GregorianCalendar.from(OffsetDateTime.parse(value).toZonedDateTime()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
