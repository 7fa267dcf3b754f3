package org.magnolianews.news.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader's country, one rule for the models and the host's page cache key. */
class ReaderCountryTest {

    @Test
    void theCdnHeaderWinsWhenItIsACountryCode() {
        assertEquals("IT", ReaderCountry.of(" it ", "ru-RU", "ru"));
        assertEquals("RU", ReaderCountry.of("XX1", "ru-RU,en;q=0.5", "en"), "not a code: the preferred language's region");
    }

    @Test
    void thenThePreferredLanguagesRegionThenThePagesLanguage() {
        assertEquals("GB", ReaderCountry.of(null, "en-GB;q=0.9", "ru"));
        assertEquals("RU", ReaderCountry.of(null, "ru", "ru"), "no region: the Russian page's country");
        assertNull(ReaderCountry.of(null, null, "en"), "an English page tells no country");
    }

    @Test
    void noRequestNoCountry() {
        assertEquals(Optional.empty(), ReaderCountry.of(null, "ru"));
    }
}
