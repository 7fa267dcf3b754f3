package org.magnolianews.host.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10: ISBN-10 and ISBN-13 by their checksums, stored without hyphens and spaces. */
class IsbnTest {

    @ParameterizedTest
    @CsvSource({"978-88-7691-412-6, 9788876914126", "978-5-903124-57-2, 9785903124572", "979-10-90636-07-1, 9791090636071",
            "0-306-40615-2, 0306406152", "0 8044 2957 X, 080442957X", "080442957x, 080442957X", "' 9785903124633 ', 9785903124633"})
    void validIsbnsAreNormalised(String typed, String stored) {
        assertEquals(stored, Isbn.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "978-88-7691-412-7", "0-306-40615-3", "X-306-40615-2", "97888769141X6", "978--88-7691-412-6x",
            "ISBN 9788876914126", "9788876914126 1", "", "٩٧٨٨٨٧٦٩١٤١٢٦"})
    void othersAreRefusedWithAReason(String typed) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Isbn.normalise(typed));
        assertEquals(true, refused.getMessage().contains("ISBN-10 or ISBN-13"), refused.getMessage());
    }
}
