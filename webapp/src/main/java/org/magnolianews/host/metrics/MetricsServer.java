package org.magnolianews.host.metrics;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@code GET /metrics} on a port of its own (an operator keeps it private: by default it listens on
 * 127.0.0.1 only), never on the public port, so readers and search engines never see it.
 */
public final class MetricsServer implements AutoCloseable {

    private final Server server;

    private MetricsServer(Server server) {
        this.server = server;
    }

    public static MetricsServer start(HostMetrics metrics, MetricsSettings settings) throws Exception {
        metrics.bindJvm();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
                response.setStatus(200);
                response.setContentType("text/plain; version=0.0.4; charset=utf-8");
                response.setHeader("Cache-Control", "no-store");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }), "/metrics");
        server.setHandler(context);
        server.start();
        return new MetricsServer(server);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
