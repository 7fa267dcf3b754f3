package org.magnolianews.host.author.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldDiffTest {

    @Test
    void listsChangedAddedAndRemovedFieldsInOrder() {
        Map<String, Object> version = Map.of("title", "Old", "subjects", List.of("a", "b"), "lead", "Same");
        Map<String, Object> draft = new java.util.LinkedHashMap<>();
        draft.put("lead", "Same");
        draft.put("title", "New");
        draft.put("title_ru", "Новый");
        List<FieldDiff.Change> changes = FieldDiff.between(new java.util.TreeMap<>(version), draft);
        assertEquals(List.of(new FieldDiff.Change("subjects", "a, b", ""), new FieldDiff.Change("title", "Old", "New"),
                new FieldDiff.Change("title_ru", "", "Новый")), changes);
    }

    @Test
    void subModelEntriesCompareByTheirValues() {
        Map<String, Object> a = Map.of("corrections", List.of(Map.of("note", "Typo fixed")));
        Map<String, Object> b = Map.of("corrections", List.of(Map.of("note", "Typo fixed")));
        assertEquals(List.of(), FieldDiff.between(a, b));
    }
}
