package org.magnolianews.news.jcr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jackrabbit.util.ISO8601;
import org.junit.jupiter.api.Test;

class DateStringsTest {

    /** What the general parser makes of the text: its instant, or the parse error's class. */
    private static Object general(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return e.getClass();
        }
    }

    private static Object fast(String text) {
        try {
            return DateStrings.instant(text);
        } catch (DateTimeParseException e) {
            return e.getClass();
        }
    }

    @Test
    void theJcrFormsReadAsTheirInstants() {
        assertEquals(Instant.parse("2026-10-12T09:30:00.123Z"), DateStrings.instant("2026-10-12T09:30:00.123Z"));
        assertEquals(Instant.parse("2026-10-12T06:30:00Z"), DateStrings.instant("2026-10-12T09:30:00.000+03:00"));
        assertEquals(Instant.parse("2026-10-12T13:15:00Z"), DateStrings.instant("2026-10-12T09:30:00.000-03:45"));
        assertEquals(Instant.parse("2024-02-29T23:59:59.999Z"), DateStrings.instant("2024-02-29T23:59:59.999Z"));
    }

    /**
     * Jackrabbit's own string for a date, in many zones and years, reads as that date's instant (years of the
     * Gregorian calendar: a {@code GregorianCalendar} writes earlier ones as Julian dates, which neither parser reads).
     */
    @Test
    void jackrabbitsStringsOfDatesReadAsTheirInstants() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            long from = Instant.parse("1600-01-01T00:00:00Z").toEpochMilli();
            long to = Instant.parse("9999-12-30T00:00:00Z").toEpochMilli();
            Instant instant = Instant.ofEpochMilli(from + Math.floorMod(random.nextLong(), to - from));
            int offsetMinutes = (random.nextInt(37) - 18) * 60 + (random.nextBoolean() ? 0 : 30 * (random.nextBoolean() ? 1 : -1));
            java.util.Calendar calendar = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone(
                    ZoneOffset.ofTotalSeconds(Math.max(-18 * 3600, Math.min(18 * 3600, offsetMinutes * 60)))));
            calendar.setTimeInMillis(instant.toEpochMilli());
            String text = ISO8601.format(calendar);
            assertEquals(general(text), fast(text), text);
            assertEquals(instant, DateStrings.instant(text), text);
        }
    }

    /** Anything the fast path could misread is the general parser's: same instant, or the same kind of failure. */
    @Test
    void everyOtherTextReadsAsTheGeneralParserReadsIt() {
        List<String> texts = new ArrayList<>(List.of("2026-10-12T09:30:00.000z", "2026-10-12T09:30:00.000+0300",
                "2026-10-12T09:30:00Z", "2026-10-12T09:30Z", "2026-10-12T09:30:00.5Z", "2026-10-12T09:30:00.123456789Z",
                "2026-02-30T09:30:00.000Z", "2026-13-12T09:30:00.000Z", "2026-00-12T09:30:00.000Z", "2026-10-00T09:30:00.000Z",
                "2026-10-12T24:00:00.000Z", "2026-10-12T23:60:00.000Z", "2026-10-12T23:59:60.000Z", "2026-10-12T09:30:00.000+18:00",
                "2026-10-12T09:30:00.000+18:01", "2026-10-12T09:30:00.000-18:00", "2026-10-12T09:30:00.000+03:60",
                "2026-10-12T09:30:00.000-00:00", "2026-10-12 09:30:00.000Z", "2026-10-12T09:30:00,000Z", "+2026-10-12T09:30:00.000Z",
                "2026-10-12T09:30:00.000+03:00:00", "2026-10-12T09:30:00.000+03:00[Europe/Moscow]", "", "not a date",
                "２０２６-10-12T09:30:00.000Z", "2026-10-12T09:30:00.0a0Z", "0000-01-01T00:00:00.000Z", "2025-02-29T09:30:00.000Z"));
        Random random = new Random(7);
        String base = "2026-10-12T09:30:00.000+03:00";
        String alphabet = "0123456789-+:TZ.z ";
        for (int i = 0; i < 20_000; i++) {
            char[] chars = (random.nextBoolean() ? base : base.substring(0, 23) + "Z").toCharArray();
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            texts.add(new String(chars));
        }
        for (String text : texts) {
            assertEquals(general(text), fast(text), text);
        }
    }
}
