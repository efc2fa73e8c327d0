package org.verso.machine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A loopback TCP relay in front of an engine, so a test can take the engine off the network (Verso then sees
 * exactly what a stopped server gives: connection refused) and bring it back on the same port.
 */
final class TcpRelay implements Consumer<Boolean>, AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private int port;

    TcpRelay(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        accept(true);
    }

    int port() {
        return port;
    }

    /** Starts listening (again, on the same port) or stops and cuts every open connection. */
    @Override
    public synchronized void accept(Boolean up) {
        if (up && server == null) {
            try {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                port = socket.getLocalPort();
                server = socket;
                daemon(() -> serve(socket));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (!up && server != null) {
            quietly(server);
            server = null;
            open.forEach(TcpRelay::quietly);
            open.clear();
        }
    }

    @Override
    public void close() {
        accept(false);
    }

    private void serve(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                // closed by accept(false), or the engine itself is gone: the client sees a dropped connection
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                quietly(from);
                quietly(to);
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
