package org.magnolianews.host.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The host's log lines while a test class runs. The slf4j simple logger (see
 * {@code simplelogger.properties}: no {@code logFile}, so {@code System.err}) looks {@code System.err} up
 * on every line, so a copy of it sees everything the host and Jetty log; lines still reach the console.
 * Register it before the host: {@code @RegisterExtension @Order(1) static final LogCapture log = new LogCapture();}
 */
public final class LogCapture implements BeforeAllCallback, AfterAllCallback {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;

    @Override
    public void beforeAll(ExtensionContext context) {
        original = System.err;
        PrintStream console = original;
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (captured) {
                    captured.write(b);
                }
                console.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (captured) {
                    captured.write(bytes, offset, length);
                }
                console.write(bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.setErr(original);
    }

    /** Where the log is now; pass it to {@link #linesSince(int)} after the request. */
    public int mark() {
        synchronized (captured) {
            return captured.size();
        }
    }

    public List<String> linesSince(int mark) {
        System.err.flush();
        synchronized (captured) {
            byte[] bytes = captured.toByteArray();
            int from = Math.min(mark, bytes.length);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
