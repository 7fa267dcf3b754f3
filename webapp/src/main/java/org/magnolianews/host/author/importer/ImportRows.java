package org.magnolianews.host.author.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an import file into rows of values: either a simple JSON array of objects
 * ({@code [{"title": …, "date": …, "subjects": [ids]}]}) or Magnolia's node JSON
 * ({@code {"nodes": [{"name": …, "properties": [{"name", "values": […]}], "nodes": [...]}]}}), whose
 * system properties ({@code mgnl:*}, {@code jcr:*}) are left out.
 */
final class ImportRows {

    static final int MAX_ROWS = 10_000;

    private ImportRows() {
    }

    static List<Map<String, Object>> read(JsonNode root) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode row : root) {
                if (!row.isObject()) {
                    throw new IllegalArgumentException("row " + (rows.size() + 1) + " is not a JSON object");
                }
                rows.add(plain(row));
                checkSize(rows);
            }
            return rows;
        }
        if (root.isObject() && root.has("nodes") && root.get("nodes").isArray()) {
            for (JsonNode node : root.get("nodes")) {
                rows.add(magnolia(node));
                checkSize(rows);
            }
            return rows;
        }
        if (root.isObject() && root.has("properties")) {
            rows.add(magnolia(root));
            return rows;
        }
        throw new IllegalArgumentException("expected a JSON array of objects or Magnolia node JSON with \"nodes\"");
    }

    private static void checkSize(List<?> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("more than " + MAX_ROWS + " rows; split the file");
        }
    }

    private static Map<String, Object> plain(JsonNode object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> values.put(e.getKey(), value(e.getValue())));
        return values;
    }

    private static Object value(JsonNode node) {
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(item.isObject() ? plain(item) : value(item)));
            return list;
        }
        if (node.isObject()) {
            return plain(node);
        }
        return node.isNull() ? null : node.asText();
    }

    private static Map<String, Object> magnolia(JsonNode node) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonNode property : node.path("properties")) {
            String name = property.path("name").asText();
            if (name.isEmpty() || name.startsWith("mgnl:") || name.startsWith("jcr:")) {
                continue;
            }
            List<Object> list = new ArrayList<>();
            property.path("values").forEach(v -> list.add(v.asText()));
            boolean multiple = property.path("multiple").asBoolean(false);
            values.put(name, multiple ? list : list.isEmpty() ? null : list.get(0));
        }
        // Sub-model entries (corrections0, corrections1 …) come as child nodes.
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (JsonNode child : node.path("nodes")) {
            String name = child.path("name").asText().replaceAll("\\d+$", "");
            if (!name.isEmpty()) {
                groups.computeIfAbsent(name, k -> new ArrayList<>()).add(magnolia(child));
            }
        }
        values.putAll(groups);
        return values;
    }
}
