package org.magnolianews.host.author.versions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Field-by-field differences between two value maps (a version and the current draft). */
public final class FieldDiff {

    /** One changed field: its stored name and both sides as display text ("" when absent). */
    public record Change(String field, String before, String after) {
    }

    private FieldDiff() {
    }

    public static List<Change> between(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            String a = display(before.get(key));
            String b = display(after.get(key));
            if (!Objects.equals(a, b)) {
                changes.add(new Change(key, a, b));
            }
        }
        return changes;
    }

    public static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                parts.add(display(item));
            }
            return String.join(", ", parts);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + "=" + display(v)));
            return "{" + String.join("; ", parts) + "}";
        }
        return String.valueOf(value);
    }
}
