package org.magnolianews.host.author.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON file, for an editor (issue 10): where (line and column) and a plain reason, never
 * the parser's own text ("Unexpected character ('"' (code 34)) … at [Source: REDACTED …]").
 */
final class JsonProblems {

    private record Rule(String parserSays, String plain) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("was expecting a colon", "expected a colon (:) after the field name"),
            new Rule("was expecting comma to separate Object entries", "expected a comma (,) between fields or a closing }"),
            new Rule("was expecting comma to separate Array entries", "expected a comma (,) between rows or a closing ]"),
            new Rule("was expecting double-quote to start field name", "a field name must be in double quotes"),
            new Rule("Unrecognized token", "text must be in double quotes (true, false, null and numbers are the only bare words)"),
            new Rule("Unexpected close marker", "a closing bracket does not match the one opened"),
            new Rule("Illegal unquoted character", "a control character (such as a line break) inside a quoted text must be escaped"),
            new Rule("Unexpected character", "an unexpected character"));
    private static final Pattern PARSER_DETAIL = Pattern.compile("\\s*(\\(code \\d+\\))|\\s*at \\[Source.*|\\s*\\(start marker at.*", Pattern.DOTALL);

    private JsonProblems() {
    }

    static String describe(JsonProcessingException e) {
        String reason;
        if (e instanceof JsonEOFException) {
            reason = "the file ends before the JSON is complete (a closing ] or } or \" is missing)";
        } else {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            reason = RULES.stream().filter(rule -> message.contains(rule.parserSays())).map(Rule::plain).findFirst()
                    .orElseGet(() -> PARSER_DETAIL.matcher(message).replaceAll("").strip());
        }
        JsonLocation where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? reason : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": " + reason;
    }
}
