package org.magnolianews.host.templating;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.magnolianews.host.http.Json;

/** What the two templating endpoints share: answers for the editor of the moment, never cached, read-only. */
final class ReadOnlyJson {

    private ReadOnlyJson() {
    }

    /** Sets {@code no-store}; false (after a 405 naming the allowed methods) for anything but GET and HEAD. */
    static boolean accept(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            return true;
        }
        response.setHeader("Allow", "GET, HEAD");
        Json.error(response, 405, "methodNotAllowed", request.getMethod() + " is not supported here");
        return false;
    }
}
