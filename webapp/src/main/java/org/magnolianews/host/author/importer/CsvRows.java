package org.magnolianews.host.author.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/**
 * Reads a CSV import file (issue 10) into the rows JSON import gives: a header row of field names as the
 * JSON takes them ({@code title}, {@code title_ru}, {@code subjects}), multi-value fields separated by
 * {@code |}, sub-model entries as {@code <field>.<n>.<name>} columns ({@code corrections.0.note}). An empty
 * cell is no value. {@link CsvExport} writes the same shape.
 */
final class CsvRows {

    static final String MULTI_VALUE_SEPARATOR = "|";
    private static final Pattern ENTRY_COLUMN = Pattern.compile("([^.]+)\\.(\\d{1,4})\\.(.+)");
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final Languages languages;

    CsvRows(Languages languages) {
        this.languages = languages;
    }

    List<Map<String, Object>> read(Reader reader, ContentTypeDefinition type) throws IOException, ImportFileException {
        List<String[]> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(reader)) {
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                lineNumbers.add(it.getCurrentLocation().getLineNr());
                if (!(cells.length == 1 && cells[0].isBlank())) {
                    lines.add(cells);
                }
                if (lines.size() > ImportRows.MAX_ROWS + 1) {
                    throw new ImportFileException("import.tooManyRows", ImportRows.MAX_ROWS);
                }
            }
        } catch (JsonProcessingException e) {
            throw new ImportFileException("import.badCsv", "line " + e.getLocation().getLineNr() + ": " + plain(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            throw new ImportFileException("import.badCsv", plain(String.valueOf(e.getMessage())));
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        String[] header = lines.get(0);
        header[0] = header[0].replace("\uFEFF", ""); // a spreadsheet's byte order mark
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i);
            if (cells.length > header.length) {
                throw new ImportFileException("import.raggedCsv", i, cells.length, header.length);
            }
            rows.add(row(type, header, cells));
        }
        return rows;
    }

    private Map<String, Object> row(ContentTypeDefinition type, String[] header, String[] cells) {
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, Object>>> entries = new LinkedHashMap<>();
        for (int c = 0; c < cells.length; c++) {
            String column = header[c].strip();
            String cell = cells[c];
            if (cell == null || cell.isBlank() || column.isEmpty()) {
                continue;
            }
            Matcher entry = ENTRY_COLUMN.matcher(column);
            if (entry.matches() && type.subModels().containsKey(type.property(entry.group(1)).map(PropertyDefinition::type).orElse(""))) {
                List<PropertyDefinition> subModel = type.subModels().get(type.property(entry.group(1)).get().type());
                entries.computeIfAbsent(entry.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(entry.group(2)), k -> new LinkedHashMap<>())
                        .put(entry.group(3), value(property(subModel, entry.group(3)), cell));
            } else {
                row.put(column, value(property(type.properties(), column), cell));
            }
        }
        entries.forEach((name, byIndex) -> row.put(name, new ArrayList<>(byIndex.values())));
        return row;
    }

    /** The property a column holds: its own name, or an i18n property's name in a language ({@code title_ru}). */
    private Optional<PropertyDefinition> property(List<PropertyDefinition> properties, String column) {
        for (PropertyDefinition property : properties) {
            if (property.name().equals(column)
                    || property.i18n() && languages.all().stream().anyMatch(l -> languages.propertyName(property.name(), l).equals(column))) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    private static Object value(Optional<PropertyDefinition> property, String cell) {
        if (property.isPresent() && property.get().multiple()) {
            List<String> values = new ArrayList<>();
            for (String part : cell.split(Pattern.quote(MULTI_VALUE_SEPARATOR))) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
            return values;
        }
        return cell;
    }

    private static String plain(String parserMessage) {
        return parserMessage.replaceAll("\\s*at \\[Source.*", "").replaceAll("\\s*\\(code \\d+\\)", "").strip();
    }
}
