package org.verso.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook receiver on 127.0.0.1 (the JDK's HTTP server) answering a scripted list of statuses, then 200. */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Request(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<Integer> script;
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();

    Receiver(Integer... statuses) {
        this.script = new ArrayDeque<>(List.of(statuses));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body));
            Integer status;
            synchronized (script) {
                status = script.isEmpty() ? 200 : script.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next request, waiting for it up to 30 s (a background job sends it); fails when none comes. */
    Request next() {
        try {
            Request request = received.poll(30, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("No webhook delivery arrived within 30 s");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Requests that arrived and were not taken with {@link #next}. */
    int waiting() {
        return received.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
