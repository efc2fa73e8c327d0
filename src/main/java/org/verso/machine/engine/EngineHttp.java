package org.verso.machine.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTTP side every engine shares: JSON answers, short timeouts, and every failure (refused, timed out, an
 * error status, an unreadable answer) turned into {@link MtUnavailableException} naming the engine.
 */
public final class EngineHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String engine;
    private final URI base;
    private final HttpClient client;
    private final Duration timeout;

    public EngineHttp(String engine, String baseUrl, Duration timeout) {
        this.engine = engine;
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    JsonNode get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    JsonNode postForm(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    JsonNode postJson(String path, Object body, String... headers) {
        try {
            return send(request(path, headers).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the request to " + engine, e);
        }
    }

    /** Fails unless the node is present and textual; engines that change their answers are unavailable, not bugs. */
    String text(JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw new MtUnavailableException(engine + " answered without " + what);
        }
        return node.asText();
    }

    MtUnavailableException unreadable(String what) {
        return new MtUnavailableException(engine + " answered without " + what);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MtUnavailableException(engine + (e instanceof java.net.http.HttpTimeoutException ? " timed out"
                    : " cannot be reached"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MtUnavailableException(engine + " request interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new MtUnavailableException(engine + " answered HTTP " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new MtUnavailableException(engine + " answered something that is not JSON", e);
        }
    }
}
