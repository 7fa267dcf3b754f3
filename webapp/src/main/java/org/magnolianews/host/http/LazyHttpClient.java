package org.magnolianews.host.http;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The JDK's HTTP client for the host's outgoing calls (cache purges, webhooks), built on the first call. Building one
 * initialises TLS at once (the default {@code SSLContext} reads the JDK's trust store: ~300 classes and a few hundred
 * milliseconds of CPU on a cold JVM) and starts its selector thread; a host that sends nothing should not pay that
 * before it is ready.
 */
public final class LazyHttpClient {

    private final Duration connectTimeout;
    private volatile HttpClient client;

    public LazyHttpClient(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public HttpClient get() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
                    client = built;
                }
            }
        }
        return built;
    }
}
