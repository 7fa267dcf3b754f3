package org.magnolianews.news.related;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateTest {

    @Test
    void headlineKeyKeepsLettersAndNumbersOfAnyScriptInLowerCase() {
        List<String> headlines = List.of("Leaders meet in Da Nang", "LEADERS meet, in Da-Nang!", "Лидеры встретились в Дананге — 2017",
                "Ⅻ ½ ² 𝔸𝔹 𝟙 ǅ ʰ 中文 ١٢٣", "   ", "Ünïcödé\u0301 İstanbul", "tab\tand\nnew line");
        for (String headline : headlines) {
            String expected = headline.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
            assertEquals(expected, new Candidate("id", headline, Set.of(), Instant.EPOCH).headlineKey(), headline);
        }
        assertEquals("", new Candidate("id", null, Set.of(), Instant.EPOCH).headlineKey());
    }
}
