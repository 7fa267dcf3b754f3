package org.magnolianews.host.author.apps;

import java.util.LinkedHashMap;
import java.util.Map;

/** Deep merge of definition maps: the later map's keys win, nested maps merge. */
final class Maps {

    private Maps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((k, v) -> {
            Object existing = merged.get(k);
            merged.put(k, existing instanceof Map<?, ?> a && v instanceof Map<?, ?> b
                    ? merge((Map<String, Object>) a, (Map<String, Object>) b) : v);
        });
        return merged;
    }
}
