package org.magnolianews.news.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesNestedMapsListsAndScalarsSkippingNulls() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@type", "NewsArticle");
        data.put("count", 3);
        data.put("missing", null);
        data.put("authors", List.of(Map.of("name", "A \"quoted\" name"), "x\\y"));
        assertEquals("{\"@type\":\"NewsArticle\",\"count\":3,\"authors\":[{\"name\":\"A \\\"quoted\\\" name\"},\"x\\\\y\"]}",
                JsonWriter.write(data));
    }

    @Test
    void noValueCanCloseTheScriptElementOrOpenAComment() {
        String json = JsonWriter.write(Map.of("headline", "</script><script>alert(1)</script><!-- & \u2028"));
        assertFalse(json.contains("<"));
        assertFalse(json.contains(">"));
        assertFalse(json.contains("&"));
        assertEquals("{\"headline\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}", json);
    }
}
