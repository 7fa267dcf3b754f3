package org.magnolianews.host.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How one surface of the host writes an error it did not get to answer itself: a request refused
 * before any servlet ran (a malformed query string, path or form body; see {@link MalformedRequestFilter})
 * or an error Jetty raised ({@link QuietErrorHandler}). Never a stack trace, never server details.
 */
@FunctionalInterface
public interface ErrorPage {

    /** A whole error body and its content type. */
    record Body(String contentType, byte[] bytes) {
    }

    /**
     * The body answering {@code status} for a request to {@code path}; {@code message} says what was
     * wrong in words a client can act on (it names the part of the request, never its content).
     */
    Body render(String path, int status, String message);

    /** Magnolia's REST error shape, {@code {"error":{"code","message"}}}: the form of everything under /.rest. */
    ErrorPage JSON = (path, status, message) -> {
        try {
            return new Body(Json.CONTENT_TYPE, Json.MAPPER.writeValueAsBytes(Json.errorBody(jsonCode(status), message, null)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a two-string map always serialises", e);
        }
    };

    /** A plain page, for paths no surface claims when the client asked for HTML. */
    ErrorPage PLAIN_HTML = (path, status, message) -> new Body("text/html;charset=utf-8",
            ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + status + "</title></head><body><h1>" + status
                    + "</h1><p>" + Html.escape(message) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));

    /** The Magnolia error code of a status, as the REST modules use them. */
    static String jsonCode(int status) {
        return Map.of(404, "notFound", 405, "methodNotAllowed", 413, "payloadTooLarge", 401, "notAuthorized", 403, "accessDenied")
                .getOrDefault(status, status >= 500 ? "unknown" : "badRequest");
    }

    /** The minimum HTML escaping for a message put into a page. */
    final class Html {
        private Html() {
        }

        public static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
