package org.magnolianews.host.http;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's last-resort error page, without stack traces or server details: JSON in Magnolia's error
 * shape under /.rest, a plain page elsewhere. Features answer their own errors; this only catches
 * what slips through (malformed requests, unmapped paths).
 */
public final class QuietErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() <= 0 ? 500 : response.getStatus();
        String reason = HttpStatus.getMessage(status);
        String path = request.getHttpURI().getPath();
        // A URI Jetty cannot parse (a %00, an encoded slash) reaches here without its real path, so
        // the path alone cannot tell an API call: answer JSON unless the client asks for HTML.
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        boolean browser = accept != null && accept.contains("text/html");
        boolean rest = path != null && path.startsWith("/.rest") || !browser;
        String code = switch (status) {
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 400 -> "badRequest";
            default -> status >= 500 ? "unknown" : "badRequest";
        };
        String body = rest
                ? "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + reason + "\"}}"
                : "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + status + " " + reason
                + "</title></head><body><h1>" + status + " " + reason + "</h1></body></html>";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, rest ? Json.CONTENT_TYPE : "text/html;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
