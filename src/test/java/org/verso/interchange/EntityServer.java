package org.verso.interchange;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP listener standing in for the network in XXE tests: it serves an entity declaration to whoever asks and
 * counts the requests, so a test can prove that no parser contacted it.
 */
public final class EntityServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private EntityServer(HttpServer server) {
        this.server = server;
    }

    public static EntityServer start() throws IOException {
        EntityServer listener = new EntityServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        listener.server.createContext("/", exchange -> {
            listener.requests.incrementAndGet();
            byte[] body = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.server.start();
        return listener;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** How many requests reached the listener. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
