package org.magnolianews.host.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON responses, and the error body Magnolia's REST modules send: {"error":{"code","message"}}. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private Json() {
    }

    public static void write(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    public static void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        write(response, status, errorBody(code, message, null));
    }

    /** The error body, with an optional list of field errors beside code and message. */
    public static Map<String, Object> errorBody(String code, String message, Object fields) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (fields != null) {
            error.put("fields", fields);
        }
        return Map.of("error", error);
    }
}
