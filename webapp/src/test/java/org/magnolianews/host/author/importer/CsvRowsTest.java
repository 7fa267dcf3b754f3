package org.magnolianews.host.author.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.Languages;
import org.magnolianews.host.definition.ContentTypeDefinition;
import org.magnolianews.host.definition.ContentTypeDefinition.PropertyDefinition;

/** Issue 10: CSV import rows, and CSV export written in the shape they are read back from. */
class CsvRowsTest {

    private static final Languages LANGUAGES = new Languages("en", List.of("en", "ru"));
    private static final ContentTypeDefinition NEWS = new ContentTypeDefinition("news", "m", "news", "/", "news:article", true, Map.of(),
            List.of(new PropertyDefinition("title", "String", false, true, true),
                    new PropertyDefinition("subjects", "reference:subject", true, false, false),
                    new PropertyDefinition("corrections", "correction", true, false, false)),
            Map.of("correction", List.of(new PropertyDefinition("date", "Date", false, true, false),
                    new PropertyDefinition("note", "String", false, true, true))));

    private static List<Map<String, Object>> read(String csv) throws Exception {
        return new CsvRows(LANGUAGES).read(new StringReader(csv), NEWS);
    }

    @Test
    void aHeaderRowNamesTheFieldsMultipleValuesAreSplitAndEmptyCellsAreNoValue() throws Exception {
        List<Map<String, Object>> rows = read("\uFEFFtitle,title_ru,subjects,corrections.0.date,corrections.0.note_ru\n"
                + "\"Talks, resumed\",Переговоры,politics| Korean Peninsula ,2025-01-02,Исправлено\nSecond,,,,\n");
        assertEquals(2, rows.size());
        assertEquals(Map.of("title", "Talks, resumed", "title_ru", "Переговоры", "subjects", List.of("politics", "Korean Peninsula"),
                "corrections", List.of(Map.of("date", "2025-01-02", "note_ru", "Исправлено"))), rows.get(0));
        assertEquals(Map.of("title", "Second"), rows.get(1));
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderOrAnUnterminatedQuoteIsRefused() {
        ImportFileException ragged = assertThrows(ImportFileException.class, () -> read("title\na,b\n"));
        assertEquals("import.raggedCsv", ragged.key());
        ImportFileException quote = assertThrows(ImportFileException.class, () -> read("title\n\"open,2025\n"));
        assertEquals("import.badCsv", quote.key());
    }

    @Test
    void anExportReadsBackAsTheSameRows() throws Exception {
        List<Map<String, Object>> rows = List.of(
                Map.of("title", "Talks, \"resumed\"", "subjects", List.of("a1", "b2"),
                        "corrections", List.of(Map.of("date", "2025-01-02", "note", "Fixed"), Map.of("date", "2025-01-03", "note_ru", "Ещё"))),
                Map.of("title_ru", "Только по-русски"));
        String csv = new CsvExport(LANGUAGES).write(NEWS, rows);
        assertEquals("title,title_ru,subjects,corrections.0.date,corrections.0.note,corrections.0.note_ru,"
                + "corrections.1.date,corrections.1.note,corrections.1.note_ru", csv.lines().findFirst().orElseThrow());
        assertEquals(rows, read(csv));
    }
}
