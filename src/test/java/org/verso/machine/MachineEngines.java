package org.verso.machine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verso with every engine configured: the real Apertium APy (behind a relay a test can cut), and stub
 * LibreTranslate and DeepL servers. Tests reach the relay and the stubs' request logs through a small control
 * server whose address is a system property, which works whatever class loader runs them.
 */
public class MachineEngines implements QuarkusTestProfile {

    static final String CONTROL = "verso.test.engines-control";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Servers.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("verso.mt.retry-after", "PT1S");
    }

    /** Fails with the reason when no Apertium APy could be found or started. */
    public static void requireApertium() {
        String missing = control("GET", "/apertium/missing");
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing);
        }
    }

    /** Takes Apertium off the network (false) or brings it back (true). */
    static void apertiumUp(boolean up) {
        control("POST", up ? "/apertium/up" : "/apertium/down");
    }

    /** The requests one stub ("libretranslate", "deepl") received so far, as "Request[method=…, path=…]" lines. */
    static List<String> requests(String stub) {
        String lines = control("GET", "/requests/" + stub);
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    private static String control(String method, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(System.getProperty(CONTROL) + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static class Servers implements QuarkusTestResourceLifecycleManager {

        private ApertiumServer apertium;
        private TcpRelay relay;
        private EngineStub libre;
        private EngineStub deepl;
        private HttpServer control;
        private String apertiumMissing = "";

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>();
            libre = StubEngines.libreTranslate();
            deepl = StubEngines.deepl();
            config.put("verso.mt.libretranslate.url", libre.url());
            config.put("verso.mt.libretranslate.key", StubEngines.LIBRE_KEY);
            config.put("verso.mt.deepl.url", deepl.url());
            config.put("verso.mt.deepl.key", StubEngines.DEEPL_KEY);
            try {
                apertium = ApertiumServer.findOrStart();
                URI target = URI.create(apertium.url());
                relay = new TcpRelay(target.getHost(), target.getPort());
                config.put("verso.mt.apertium.url", "http://127.0.0.1:" + relay.port());
            } catch (IllegalStateException e) {
                apertiumMissing = e.getMessage();
            }
            startControl();
            return config;
        }

        private void startControl() {
            try {
                control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            control.createContext("/apertium/missing", x -> reply(x, apertiumMissing));
            control.createContext("/apertium/up", x -> reply(x, relay(true)));
            control.createContext("/apertium/down", x -> reply(x, relay(false)));
            control.createContext("/requests/libretranslate", x -> reply(x, lines(libre)));
            control.createContext("/requests/deepl", x -> reply(x, lines(deepl)));
            control.start();
            System.setProperty(CONTROL, "http://127.0.0.1:" + control.getAddress().getPort());
        }

        private String relay(boolean up) {
            if (relay != null) {
                relay.accept(up);
            }
            return "";
        }

        private static String lines(EngineStub stub) {
            return String.join("\n", stub.requests().stream().map(Object::toString).toList());
        }

        private static void reply(HttpExchange exchange, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void stop() {
            if (control != null) {
                control.stop(0);
            }
            for (AutoCloseable running : new AutoCloseable[] {relay, apertium, libre, deepl}) {
                if (running != null) {
                    try {
                        running.close();
                    } catch (Exception e) {
                        // stopping anyway
                    }
                }
            }
        }
    }
}
