package org.magnolianews.host.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.magnolianews.host.http.Json;

/**
 * Writes a rendered response (maps in their insertion order, lists, strings, numbers, booleans, nulls) straight to
 * Jackson's generator: the same bytes {@link Json#MAPPER} writes for such a tree, without its per-value serializer
 * look-ups, which were a third of writing a list of ten items.
 */
final class JsonTree {

    private JsonTree() {
    }

    static byte[] bytes(Object tree) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(buffer)) {
            write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write delivery JSON", e);
        }
        return buffer.toByteArray();
    }

    private static void write(Object value, JsonGenerator generator) throws IOException {
        if (value instanceof String string) {
            generator.writeString(string);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (value == null) {
            generator.writeNull();
        } else {
            generator.writeObject(value); // numbers, booleans: as the mapper writes them
        }
    }
}
