package org.magnolianews.host.definition;

import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML definition: plain maps, lists and strings, the line of every value (keyed by its
 * path such as {@code model.properties[2].type}) and the root tag, e.g. {@code !content-type:news}.
 */
public record YamlDocument(Map<String, Object> root, Map<String, Integer> lines, Optional<String> rootTag) {

    /** Line of a value, or of its nearest enclosing value, or 1. */
    public int lineOf(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return 1;
    }
}
