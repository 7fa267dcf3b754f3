package org.magnolianews.host.author.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * Writes exported rows as CSV in the shape {@link CsvRows} reads (issue 10): one column per stored property in
 * the content type's order ({@code title}, {@code title_ru} …), multiple values joined by {@code |}, sub-model
 * entries as {@code <field>.<n>.<name>} columns for as many entries as the longest row has.
 */
final class CsvExport {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final Languages languages;

    CsvExport(Languages languages) {
        this.languages = languages;
    }

    String write(ContentTypeDefinition type, List<Map<String, Object>> rows) throws JsonProcessingException {
        List<String> columns = new ArrayList<>();
        for (PropertyDefinition property : type.properties()) {
            List<PropertyDefinition> subModel = type.subModels().get(property.type());
            if (subModel == null) {
                columns.addAll(storedNames(property));
                continue;
            }
            int entries = rows.stream().mapToInt(row -> row.get(property.name()) instanceof List<?> l ? l.size() : 0).max().orElse(0);
            for (int i = 0; i < entries; i++) {
                for (PropertyDefinition sub : subModel) {
                    for (String name : storedNames(sub)) {
                        columns.add(property.name() + "." + i + "." + name);
                    }
                }
            }
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<Map<String, String>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            for (String column : columns) {
                line.put(column, cell(valueAt(row, column)));
            }
            cells.add(line);
        }
        return MAPPER.writer(schema.build()).writeValueAsString(cells);
    }

    private List<String> storedNames(PropertyDefinition property) {
        return property.i18n() ? languages.all().stream().map(l -> languages.propertyName(property.name(), l)).toList() : List.of(property.name());
    }

    /** A column's value: a property of the row, or {@code corrections.0.note} inside an entry. */
    private static Object valueAt(Map<String, Object> row, String column) {
        String[] parts = column.split("\\.", 3);
        if (parts.length == 3 && row.get(parts[0]) instanceof List<?> entries) {
            int index = Integer.parseInt(parts[1]);
            return index < entries.size() && entries.get(index) instanceof Map<?, ?> entry ? entry.get(parts[2]) : null;
        }
        return row.get(column);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(CsvRows.MULTI_VALUE_SEPARATOR, list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
