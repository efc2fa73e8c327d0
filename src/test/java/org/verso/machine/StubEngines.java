package org.verso.machine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Stub LibreTranslate (English → German) and DeepL (English → French) servers that "translate" by prefixing
 * "[de] " or "[fr] " to each text they get, so a test sees exactly what travelled, markup included.
 */
final class StubEngines {

    static final String LIBRE_KEY = "libre-test-key";
    static final String DEEPL_KEY = "deepl-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StubEngines() {
    }

    static EngineStub libreTranslate() {
        return new EngineStub(Map.of(
                "/languages", r -> "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"en\",\"de\"]},"
                        + "{\"code\":\"de\",\"name\":\"German\",\"targets\":[\"de\",\"en\"]}]",
                "/translate", r -> {
                    ArrayNode out = JSON.createArrayNode();
                    read(r.body()).get("q").forEach(q -> out.add("[de] " + q.asText()));
                    ObjectNode answer = JSON.createObjectNode();
                    answer.set("translatedText", out);
                    return answer.toString();
                }));
    }

    static EngineStub deepl() {
        return new EngineStub(Map.of(
                "/v2/languages", r -> r.path().endsWith("type=source")
                        ? "[{\"language\":\"EN\",\"name\":\"English\"}]"
                        : "[{\"language\":\"EN-GB\",\"name\":\"English (British)\"},{\"language\":\"FR\",\"name\":\"French\"}]",
                "/v2/translate", r -> {
                    ArrayNode out = JSON.createArrayNode();
                    read(r.body()).get("text").forEach(t -> out.addObject().put("detected_source_language", "EN")
                            .put("text", "[fr] " + t.asText()));
                    ObjectNode answer = JSON.createObjectNode();
                    answer.set("translations", out);
                    return answer.toString();
                }));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
