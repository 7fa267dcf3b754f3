package org.magnolianews.host.delivery;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/** JCR values as the delivery API writes them: strings, dates ISO 8601 with millis and offset. */
final class JsonValues {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private JsonValues() {
    }

    /** A string, or a list of strings for a multi-valued property. */
    static Object of(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            List<String> values = new ArrayList<>();
            for (Value value : property.getValues()) {
                values.add(string(value));
            }
            return values;
        }
        return string(property.getValue());
    }

    /**
     * Jackrabbit writes a DATE value's string as ISO 8601 with millis and offset ({@code Z} for UTC), the
     * same as {@link #date}: asking for the string skips parsing it into a Calendar and formatting it back,
     * which was a tenth of rendering a list.
     */
    static String string(Value value) throws RepositoryException {
        return value.getString();
    }

    static String date(Calendar calendar) {
        return OffsetDateTime.ofInstant(calendar.toInstant(), calendar.getTimeZone().toZoneId()).format(ISO);
    }
}
