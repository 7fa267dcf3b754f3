package org.magnolianews.host.management;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.magnolianews.host.content.ConcurrentEditException;
import org.magnolianews.host.content.ItemNotFoundException;
import org.magnolianews.host.content.PublishedContentException;
import org.magnolianews.host.content.ValidationException;
import org.magnolianews.host.http.Json;
import org.magnolianews.host.repository.PublishingException;
import org.magnolianews.host.security.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error mapper of the management API: each handler throws a typed exception and this
 * writes Magnolia's error body for it. Anything unexpected is logged once with the request line and
 * answered 500 {@code unknown}, without a stack trace.
 */
abstract class ApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.setHeader("Cache-Control", "no-store");
            handle(request, response);
        } catch (ApiException e) {
            Json.write(response, e.status(), Json.errorBody(e.code(), e.getMessage(), e.fields().isEmpty() ? null : e.fields()));
        } catch (ValidationException e) {
            Json.write(response, 400, Json.errorBody("invalidValueFormat", e.errors().size() + " invalid field(s)", e.errors()));
        } catch (ItemNotFoundException e) {
            Json.error(response, 404, "pathNotFound", e.getMessage());
        } catch (ConcurrentEditException | PublishingException | PublishedContentException e) {
            Json.error(response, 409, "conflict", e.getMessage());
        } catch (AccessDeniedException e) {
            Json.error(response, 403, "accessDenied", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                Json.error(response, 500, "unknown", "the server could not complete the request");
            }
        }
    }

    /** Answers the request; throws {@link ApiException} (and the content services' exceptions) for refusals. */
    protected abstract void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;

    protected static ApiException methodNotAllowed(HttpServletRequest request) {
        return new ApiException(405, "methodNotAllowed", request.getMethod() + " is not supported here");
    }
}
