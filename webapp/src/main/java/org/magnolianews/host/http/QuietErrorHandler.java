package org.magnolianews.host.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's last-resort error page, without stack traces or server details, in the error form and with
 * the security headers of the request's surface: JSON in Magnolia's error shape under /.rest, the
 * site's or the admincentral's page elsewhere. Features answer their own errors; this only catches what
 * slips through: requests Jetty refuses before any handler (a malformed path, a bad header), unmapped
 * paths, {@code sendError}.
 */
public final class QuietErrorHandler extends ErrorHandler {

    /** The path Jetty gives a request whose URI it could not parse. */
    private static final String BAD_MESSAGE = "/badMessage";

    private final Surfaces surfaces;

    public QuietErrorHandler(Surfaces surfaces) {
        this.surfaces = surfaces;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() <= 0 ? 500 : response.getStatus();
        // A URI Jetty cannot parse at all (a %00, a cut escape) reaches here as "/badMessage", so the path
        // cannot tell an API call: answer JSON unless the client asks for HTML.
        String path = BAD_MESSAGE.equals(request.getHttpURI().getPath()) ? null : request.getHttpURI().getPath();
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        Surface surface = surfaces.of(path, accept != null && accept.contains("text/html"));
        ErrorPage.Body body = surface.errorPage().render(path == null ? "/" : path, status, message(status));
        surface.headers().applyTo(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.bytes()), callback);
        return true;
    }

    private static String message(int status) {
        if (status == 400) {
            return "the request cannot be decoded: check the path for malformed %-encoding or bytes that are not UTF-8, and the headers";
        }
        return HttpStatus.getMessage(status);
    }
}
