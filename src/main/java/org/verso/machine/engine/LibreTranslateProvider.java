package org.verso.machine.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A LibreTranslate-compatible server: {@code GET /languages} lists each language with its targets, {@code POST
 * /translate} takes a JSON array of texts ({@code "q"}) and answers {@code "translatedText"} as an array in the
 * same order; {@code "format":"html"} keeps tags. The key, when set, travels as {@code "api_key"}.
 */
public final class LibreTranslateProvider implements MtProvider {

    private final EngineHttp http;
    private final String key;

    public LibreTranslateProvider(EngineHttp http, String key) {
        this.http = http;
        this.key = key;
    }

    @Override
    public String id() {
        return "libretranslate";
    }

    @Override
    public String name() {
        return "LibreTranslate";
    }

    @Override
    public List<LanguagePair> pairs() {
        JsonNode languages = http.get("languages");
        if (!languages.isArray()) {
            throw http.unreadable("a list of languages");
        }
        List<LanguagePair> pairs = new ArrayList<>();
        for (JsonNode language : languages) {
            String source = tag(http.text(language.get("code"), "code"));
            JsonNode targets = language.get("targets");
            for (JsonNode target : targets == null ? List.<JsonNode>of() : targets) {
                String targetTag = tag(http.text(target, "targets"));
                if (!targetTag.equals(source)) {
                    pairs.add(new LanguagePair(source, targetTag));
                }
            }
        }
        return pairs;
    }

    @Override
    public List<String> translate(LanguagePair pair, List<String> markup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", markup);
        body.put("source", pair.source());
        body.put("target", pair.target());
        body.put("format", "html");
        if (key != null && !key.isBlank()) {
            body.put("api_key", key);
        }
        JsonNode translated = http.postJson("translate", body).get("translatedText");
        if (translated == null || !translated.isArray() || translated.size() != markup.size()) {
            throw http.unreadable("one translatedText per text");
        }
        List<String> out = new ArrayList<>(markup.size());
        translated.forEach(t -> out.add(http.text(t, "translatedText")));
        return out;
    }

    @Override
    public int batchSize() {
        return 50;
    }

    /** LibreTranslate writes "zh-Hans" or "pt-BR" already; normalizing only fixes the case. */
    static String tag(String code) {
        String normalized = Locale.forLanguageTag(code).toLanguageTag();
        return "und".equals(normalized) ? code : normalized;
    }
}
