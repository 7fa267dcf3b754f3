package org.magnolianews.host.author.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.magnolianews.host.http.Json;

/** Issue 10: a malformed import file is described by line and column in plain words, never the parser's text. */
class JsonProblemsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[{\"title\": \"a\",\\n  \"date\" \"2025\"}] | line 2, column 10: expected a colon (:) after the field name",
            "[{\"title\": \"a\" \"date\": 1}]            | line 1, column 16: expected a comma (,) between fields or a closing }",
            "[{\"title\": \"a\"} {\"title\": \"b\"}]        | line 1, column 17: expected a comma (,) between rows or a closing ]",
            "[{title: \"a\"}]                         | line 1, column 3: a field name must be in double quotes",
            "[{\"title\": yes}]                       | line 1, column 15: text must be in double quotes (true, false, null and numbers are the only bare words)",
            "[{\"title\": \"a\"]                        | line 1, column 15: a closing bracket does not match the one opened",
            "[{\"title\": \"a\"                         | line 1, column 15: the file ends before the JSON is complete (a closing ] or } or \" is missing)"})
    void eachMistakeIsNamedWhereItIs(String json, String expected) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> Json.MAPPER.readTree(json.replace("\\n", "\n")));
        assertEquals(expected, JsonProblems.describe(e));
    }
}
