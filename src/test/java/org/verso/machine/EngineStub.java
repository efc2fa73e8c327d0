package org.verso.machine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A stand-in for an HTTP engine on 127.0.0.1: answers each path with a function of the request and records every
 * request as one line, "METHOD path?query | header=value | body", for tests to check exactly what was sent.
 */
final class EngineStub implements AutoCloseable {

    /** What the stub saw: the request line, the headers the engines care about, the body. */
    record Request(String method, String path, String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final Queue<Request> requests = new ConcurrentLinkedQueue<>();

    /** Answers: path (without query) → request → JSON body with status 200. */
    EngineStub(Map<String, Function<Request, String>> answers) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> answer(exchange, answers));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Queue<Request> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange, Map<String, Function<Request, String>> answers) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        Request request = new Request(exchange.getRequestMethod(),
                exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        Function<Request, String> handler = answers.get(exchange.getRequestURI().getPath());
        byte[] body = (handler == null ? "{\"error\":\"not found\"}" : handler.apply(request))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(handler == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
