package org.magnolianews.host.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /.rest/health}: UP once the repository is open and definitions are loaded. */
public final class HealthServlet extends HttpServlet {

    private final BooleanSupplier ready;

    public HealthServlet(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = ready.getAsBoolean();
        response.setHeader("Cache-Control", "no-store");
        Json.write(response, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN"));
    }
}
