package org.magnolianews.host.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded definition: its Magnolia id (e.g. {@code news-module:pages/article}), where it came
 * from, and its content as plain maps. Typed views ({@link ContentTypeDefinition}, endpoint and
 * template readers) are built from it by the features that use them.
 */
public record Definition(DefinitionType type, String id, String module, String name, String file, YamlDocument document) {

    public Map<String, Object> data() {
        return document.root();
    }

    public Optional<String> string(String key) {
        Object value = data().get(key);
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object value = data().get(key);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String key) {
        Object value = data().get(key);
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    public DefinitionProblem problem(String path, String message) {
        return new DefinitionProblem(file, document.lineOf(path), message);
    }
}
