package org.magnolianews.host.headless;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A page on its own origin that frames a page of the headless site and answers {@code @magnolia/template-annotations}'
 * page editor bridge as Magnolia's page editor does for a framed SPA: to the SPA's {@code {"action":"initialize"}} it
 * posts back {@code {"action":"updateState","serverUrl":"…:edit"}}, the edit mode. It stands in for the host's page
 * editor, which frames only its own FreeMarker rendering so far.
 */
final class EditorHarness implements AutoCloseable {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>editor</title></head><body>
            <iframe id="page" style="width:1200px;height:900px"></iframe>
            <script>
              const frame = document.getElementById('page');
              window.addEventListener('message', event => {
                let message;
                try { message = JSON.parse(event.data); } catch (e) { return; }
                if (message.action === 'initialize') {
                  event.source.postMessage(JSON.stringify({ action: 'updateState',
                    serverUrl: location.origin + '/.magnolia/admincentral#app:pages:detail;' + message.element.path + ':edit' }), '*');
                }
              });
              frame.src = new URLSearchParams(location.search).get('frame');
            </script></body></html>
            """;

    private final HttpServer server;

    private EditorHarness(HttpServer server) {
        this.server = server;
    }

    static EditorHarness start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new EditorHarness(server);
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
