package org.magnolianews.host.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The hand-written reading of JCR dates gives what the general parser gives, and declines what it cannot read. */
class XPathListDatesTest {

    @Test
    void readsJcrDatesAsTheGeneralParserDoes() {
        for (String date : new String[] {"2024-05-01T10:00:00.000+03:00", "2016-02-29T23:59:59.999Z", "1999-12-31T00:00:00-05:30",
                "2026-11-30T21:00:00+00:00", "2020-01-01T00:00:00.001Z"}) {
            assertEquals(OffsetDateTime.parse(date).toInstant().toEpochMilli(), XPathList.isoMillis(date), date);
        }
    }

    @Test
    void declinesOtherText() {
        for (String text : new String[] {"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-01 10:00:00Z", "2024-05-01T10:00:00",
                "2024-05-01T10:00:00.5Z", "f429d389-8673-4913-b4cb-609113e9c1cf"}) {
            assertEquals(Long.MIN_VALUE, XPathList.isoMillis(text), text);
        }
    }
}
