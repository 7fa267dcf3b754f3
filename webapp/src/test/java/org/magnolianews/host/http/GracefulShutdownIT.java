package org.magnolianews.host.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.magnolianews.host.testing.OpenContext;
import org.magnolianews.host.testing.RunningHost;

/**
 * Stopping the host (issue 11, operations): readiness and liveness answer as documented, and a request
 * under way when the stop begins is finished and saved, while new connections are no longer taken.
 */
class GracefulShutdownIT {

    @TempDir
    Path temp;

    @Test
    void aRequestUnderWayFinishesWhileTheHostStops() throws Exception {
        Path data = temp.resolve("data");
        RunningHost host = RunningHost.start(data, List.of());
        int port = host.host().port();
        assertEquals(200, host.get("/.rest/health/live").statusCode());
        String ready = host.get("/.rest/health/ready").body();
        assertTrue(ready.contains("\"repository\":\"UP\"") && ready.contains("\"status\":\"UP\""), ready);
        assertEquals(200, host.get("/.rest/health").statusCode());
        assertEquals(404, host.get("/.rest/health/other").statusCode());

        byte[] body = ("{\"name\":\"saved-while-stopping\",\"type\":\"news:article\",\"properties\":["
                + "{\"name\":\"title\",\"values\":[\"Saved while stopping\"]},"
                + "{\"name\":\"date\",\"type\":\"Date\",\"values\":[\"2017-11-21\"]}]}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /.rest/nodes/v1/news/2017/11 HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + RunningHost.basicAuth("superuser", RunningHost.ADMIN_PASSWORD) + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(body, 0, 20);
            out.flush();
            Thread.sleep(500); // the request is in the servlet, reading its body
            Thread stopping = new Thread(host::close, "stopping");
            stopping.start();
            Thread.sleep(500);
            assertThrows(ConnectException.class, () -> new Socket("localhost", port).close(), "no new connections while stopping");
            out.write(body, 20, body.length - 20);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 201"), "the request under way was finished: " + answer);
            stopping.join(30_000);
        }
        try (OpenContext reopened = OpenContext.at(data, List.of())) {
            boolean saved = reopened.context().repository().call("news", s -> s.nodeExists("/2017/11/saved-while-stopping"));
            assertTrue(saved, "and saved");
        }
    }
}
