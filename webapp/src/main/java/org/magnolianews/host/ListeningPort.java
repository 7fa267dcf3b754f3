package org.magnolianews.host;

import java.io.IOException;
import java.net.BindException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.magnolianews.host.config.SettingsException;

/**
 * Binds the host's port before anything else happens, and says in words why it cannot: a port in use
 * or one the process may not open is the most common failed start, and Jetty's own "Failed to bind to
 * /0.0.0.0:8080" does not say which. Jetty's start later finds the connector open and keeps it. The
 * connector sends no Server version.
 */
final class ListeningPort {

    private ListeningPort() {
    }

    static ServerConnector open(Server server, int port, String host) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // issue 12: no "Server: Jetty(version)" for scanners to match
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setHost(host);
        server.addConnector(connector);
        try {
            connector.open();
            return connector;
        } catch (IOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof BindException && String.valueOf(cause.getMessage()).contains("in use")) {
                throw new SettingsException("port " + port + " is already in use on " + host
                        + "; stop what listens there or choose another port with --port (NEWS_PORT)");
            }
            throw new SettingsException("cannot listen on port " + port + " (" + host + "): " + cause.getMessage());
        }
    }
}
