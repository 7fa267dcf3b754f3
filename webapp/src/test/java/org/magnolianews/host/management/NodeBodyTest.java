package org.magnolianews.host.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.magnolianews.host.content.FieldError;
import org.magnolianews.host.http.Json;

class NodeBodyTest {

    private static final Function<String, Optional<NodeBody.Shape>> NEWS = name -> switch (name) {
        case "title" -> Optional.of(new NodeBody.Shape("String", false));
        case "date" -> Optional.of(new NodeBody.Shape("Date", false));
        case "subjects" -> Optional.of(new NodeBody.Shape("String", true));
        default -> Optional.empty();
    };

    private static NodeBody parse(String json) throws Exception {
        return NodeBody.parse(Json.MAPPER.readTree(json), NEWS);
    }

    @Test
    void turnsMagnoliaPropertiesIntoValues() throws Exception {
        NodeBody body = parse("{\"name\":\"x\",\"type\":\"news:article\",\"properties\":["
                + "{\"name\":\"title\",\"type\":\"String\",\"multiple\":false,\"values\":[\"T\"]},"
                + "{\"name\":\"subjects\",\"type\":\"String\",\"multiple\":true,\"values\":[\"a\",\"b\"]},"
                + "{\"name\":\"date\",\"values\":[]},"
                + "{\"name\":\"jcr:uuid\",\"values\":[\"ignored\"]},"
                + "{\"name\":\"mgnl:lastModified\",\"values\":[\"2017-11-20T10:00:00.000+03:00\"]}]}");
        assertEquals(Optional.of("x"), body.name());
        assertEquals("T", body.values().get("title"));
        assertEquals(List.of("a", "b"), body.values().get("subjects"));
        assertTrue(body.values().containsKey("date"));
        assertNull(body.values().get("date"), "empty values remove");
        assertTrue(!body.values().containsKey("jcr:uuid"), "system properties are the system's");
        Calendar expected = body.lastModified().orElseThrow();
        assertEquals(java.time.Instant.parse("2017-11-20T07:00:00Z").toEpochMilli(), expected.getTimeInMillis());
    }

    @Test
    void collectsEveryShapeError() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> parse("{\"colour\":1,\"name\":5,\"properties\":["
                + "{\"name\":\"title\",\"type\":\"Long\",\"values\":[\"1\"]},"
                + "{\"name\":\"title\",\"values\":[\"again\"]},"
                + "{\"name\":\"date\",\"values\":\"2017-01-01\"},"
                + "{\"name\":\"subjects\",\"multiple\":false,\"values\":[\"a\"]},"
                + "{\"name\":\"other\",\"type\":\"Nonsense\",\"values\":[]},"
                + "{\"name\":\"x\",\"values\":[{\"nested\":true}]},"
                + "{\"values\":[]}]}"));
        List<String> fields = e.fields().stream().map(FieldError::field).toList();
        assertEquals(List.of("colour", "name", "title", "title", "date", "subjects", "other", "x", "properties[6]"), fields);
        assertEquals(400, e.status());
    }

    private static final Function<String, Optional<Function<String, Optional<NodeBody.Shape>>>> CORRECTIONS =
            property -> property.equals("corrections") ? Optional.of(name -> switch (name) {
                case "date" -> Optional.of(new NodeBody.Shape("Date", false));
                case "note" -> Optional.of(new NodeBody.Shape("String", false));
                default -> Optional.empty();
            }) : Optional.empty();

    @Test
    void entriesComeFromChildNodesInIndexOrderAndTheirShapeErrorsAreNamed() throws Exception {
        NodeBody body = NodeBody.parse(Json.MAPPER.readTree("{\"nodes\":["
                + "{\"name\":\"corrections1\",\"properties\":[{\"name\":\"note\",\"values\":[\"second\"]}]},"
                + "{\"name\":\"corrections0\",\"type\":\"mgnl:contentNode\",\"properties\":[{\"name\":\"note\",\"values\":[\"first\"]}]}]}"),
                NEWS, CORRECTIONS);
        assertEquals(List.of(java.util.Map.of("note", "first"), java.util.Map.of("note", "second")), body.values().get("corrections"));

        ApiException e = assertThrows(ApiException.class, () -> NodeBody.parse(Json.MAPPER.readTree("{\"nodes\":["
                + "{\"name\":\"corrections0\",\"properties\":[1,{\"name\":\"date\",\"values\":[[]]}]},"
                + "{\"name\":\"gallery0\",\"properties\":[]},"
                + "{\"name\":\"corrections0\",\"properties\":[]}],"
                + "\"properties\":[{\"name\":\"corrections\",\"values\":[\"x\"]}]}"), NEWS, CORRECTIONS));
        assertEquals(List.of("nodes[0].properties[0]", "corrections[0].date", "nodes[1].name", "nodes[2].name", "corrections"),
                e.fields().stream().map(FieldError::field).toList());
    }

    @Test
    void singlePropertyTakesOneValue() {
        ApiException e = assertThrows(ApiException.class, () -> parse("{\"properties\":[{\"name\":\"title\",\"values\":[\"a\",\"b\"]}]}"));
        assertEquals("title", e.fields().get(0).field());
    }

    @Test
    void versionFromIfMatchAndBodyMustAgree() {
        Calendar body = Calendar.getInstance();
        body.setTimeInMillis(1000);
        assertEquals(1000, NodesServlet.expectedVersion("\"1000\"", Optional.of(body)).orElseThrow().getTimeInMillis());
        assertEquals(Optional.of(body), NodesServlet.expectedVersion(null, Optional.of(body)));
        assertEquals(Optional.of(body), NodesServlet.expectedVersion("*", Optional.of(body)));
        assertEquals(409, assertThrows(ApiException.class, () -> NodesServlet.expectedVersion("\"2000\"", Optional.of(body))).status());
        assertEquals(409, assertThrows(ApiException.class, () -> NodesServlet.expectedVersion("W/\"1000\"", Optional.empty())).status());
    }
}
