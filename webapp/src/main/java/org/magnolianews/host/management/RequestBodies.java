package org.magnolianews.host.management;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a JSON request body with a size limit: a body announced or found larger than the limit is
 * refused with 413 before it is parsed, so a huge upload cannot fill the heap.
 */
final class RequestBodies {

    /** Two languages of a long article body (200,000 characters each) plus the rest fit comfortably. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private RequestBodies() {
    }

    /** The body as a JSON object; 400 when it is not JSON or not an object, 413 when too large, 415 when not JSON. */
    static JsonNode jsonObject(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupportedMediaType", "send the body as application/json");
        }
        long announced = request.getContentLengthLong();
        if (announced > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("body", "a JSON object is required");
        }
        JsonNode body;
        try {
            body = STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ApiException.badRequest("body", "malformed JSON" + where);
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        return body;
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "payloadTooLarge", "the request body is larger than " + MAX_BYTES + " bytes");
    }
}
