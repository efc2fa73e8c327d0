package org.verso.machine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real Apertium APy the tests use: the one CI started (its URL in {@code VERSO_TEST_APY_URL}), or else one this
 * test run starts itself through the repository's loopback launcher, when the Debian packages are installed.
 */
final class ApertiumServer implements AutoCloseable {

    static final String URL_VARIABLE = "VERSO_TEST_APY_URL";
    private static final Path LAUNCHER = Path.of(".ci/apy-loopback.py");
    private static final Path MODES = Path.of("/usr/share/apertium/modes");

    private final String url;
    private final Process process;

    private ApertiumServer(String url, Process process) {
        this.url = url;
        this.process = process;
    }

    /** The running server, or an explanation of why there is none. */
    static ApertiumServer findOrStart() {
        String given = System.getenv(URL_VARIABLE);
        if (given != null && !given.isBlank()) {
            return new ApertiumServer(given.strip(), null);
        }
        if (!Files.isRegularFile(MODES.resolve("eng-spa.mode")) || !Files.isExecutable(Path.of("/usr/bin/python3"))) {
            throw new IllegalStateException("Apertium APy is needed by the machine translation tests: install the "
                    + "Debian packages apertium-apy and apertium-eng-spa, or set " + URL_VARIABLE + " to a running "
                    + "APy, or leave these tests out with -DexcludedGroups=benchmark,apertium (CI never does).");
        }
        int port = freePort();
        try {
            Process process = new ProcessBuilder("/usr/bin/python3", LAUNCHER.toString(), "-p", String.valueOf(port),
                    MODES.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            ApertiumServer server = new ApertiumServer("http://127.0.0.1:" + port, process);
            server.awaitPairs();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Apertium APy through " + LAUNCHER, e);
        }
    }

    String url() {
        return url;
    }

    private void awaitPairs() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> pairs = client.send(HttpRequest.newBuilder(URI.create(url + "/listPairs")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (pairs.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Apertium APy exited at start, code " + process.exitValue());
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Apertium APy did not answer /listPairs at " + url + " within 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
    }
}
