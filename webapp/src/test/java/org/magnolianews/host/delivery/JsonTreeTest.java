package org.magnolianews.host.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.http.Json;

class JsonTreeTest {

    @Test
    void writesTheBytesTheMapperWrites() throws Exception {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("@name", "subject-1");
        subject.put("name", "Сессия \"парламента\" \u2028 tab\t, nul\u0000, emoji \uD83D\uDCF0, </script>");
        subject.put("@nodes", List.of());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@id", "6ee821a5-fdc6-4997-8743-3cb7613a2b68");
        item.put("subjects", new ArrayList<>(List.of(subject, subject)));
        item.put("keywords", Arrays.asList("a", null, "ü"));
        item.put("@language", null);
        item.put("@languages", Map.of("ru", "/.rest/delivery/news/a?lang=ru"));
        item.put("renditions", Map.of("480x360", Map.of("mimeType", "image/jpeg", "link", "/.imaging/mte/x")));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("results", List.of(item, Map.of()));
        response.put("total", 20_000L);
        response.put("flag", true);
        assertArrayEquals(Json.MAPPER.writeValueAsBytes(response), JsonTree.bytes(response));
    }
}
