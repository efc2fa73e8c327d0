package org.verso.machine.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A DeepL-compatible API: {@code GET /v2/languages?type=source|target} lists languages in upper case ("EN",
 * "EN-GB", "PT-BR"); {@code POST /v2/translate} takes up to 50 texts as JSON {@code "text"} and answers
 * {@code "translations":[{"text"}]} in order; {@code "tag_handling":"xml"} keeps tags. The key travels in the
 * {@code Authorization: DeepL-Auth-Key …} header.
 */
public final class DeeplProvider implements MtProvider {

    private final EngineHttp http;
    private final String key;

    public DeeplProvider(EngineHttp http, String key) {
        this.http = http;
        this.key = key == null ? "" : key;
    }

    @Override
    public String id() {
        return "deepl";
    }

    @Override
    public String name() {
        return "DeepL";
    }

    @Override
    public List<LanguagePair> pairs() {
        List<String> sources = languages("source");
        List<String> targets = languages("target");
        List<LanguagePair> pairs = new ArrayList<>();
        for (String source : sources) {
            for (String target : targets) {
                if (!Locale.forLanguageTag(target).getLanguage().equals(Locale.forLanguageTag(source).getLanguage())) {
                    pairs.add(new LanguagePair(source, target));
                }
            }
        }
        return pairs;
    }

    @Override
    public List<String> translate(LanguagePair pair, List<String> markup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", markup);
        body.put("source_lang", pair.source().toUpperCase(Locale.ROOT));
        body.put("target_lang", pair.target().toUpperCase(Locale.ROOT));
        body.put("tag_handling", "xml");
        JsonNode translations = http.postJson("v2/translate", body, auth()).get("translations");
        if (translations == null || !translations.isArray() || translations.size() != markup.size()) {
            throw http.unreadable("one translation per text");
        }
        List<String> out = new ArrayList<>(markup.size());
        translations.forEach(t -> out.add(http.text(t.get("text"), "text")));
        return out;
    }

    @Override
    public int batchSize() {
        return 50;
    }

    private List<String> languages(String type) {
        JsonNode languages = http.get("v2/languages?type=" + type, auth());
        if (!languages.isArray()) {
            throw http.unreadable("a list of " + type + " languages");
        }
        List<String> tags = new ArrayList<>();
        languages.forEach(l -> tags.add(LibreTranslateProvider.tag(http.text(l.get("language"), "language"))));
        return tags;
    }

    private String[] auth() {
        return new String[] {"Authorization", "DeepL-Auth-Key " + key};
    }
}
