package org.verso.machine.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Apertium APy: {@code GET /listPairs} names the installed pairs in ISO 639-3 ("eng" → "spa"), {@code POST
 * /translate} translates one text per request; {@code format=html} keeps tags as markup and {@code markUnknown=no}
 * leaves words it does not know without a star.
 */
public final class ApertiumProvider implements MtProvider {

    private final EngineHttp http;

    public ApertiumProvider(EngineHttp http) {
        this.http = http;
    }

    @Override
    public String id() {
        return "apertium";
    }

    @Override
    public String name() {
        return "Apertium";
    }

    @Override
    public List<LanguagePair> pairs() {
        JsonNode data = http.get("listPairs").get("responseData");
        if (data == null || !data.isArray()) {
            throw http.unreadable("responseData");
        }
        List<LanguagePair> pairs = new ArrayList<>();
        for (JsonNode pair : data) {
            pairs.add(new LanguagePair(LanguageCodes.toBcp47(http.text(pair.get("sourceLanguage"), "sourceLanguage")),
                    LanguageCodes.toBcp47(http.text(pair.get("targetLanguage"), "targetLanguage"))));
        }
        return pairs;
    }

    @Override
    public List<String> translate(LanguagePair pair, List<String> markup) {
        String langpair = LanguageCodes.toApertium(pair.source()) + "|" + LanguageCodes.toApertium(pair.target());
        List<String> out = new ArrayList<>(markup.size());
        for (String text : markup) {
            JsonNode answer = http.postForm("translate",
                    Map.of("langpair", langpair, "q", text, "format", "html", "markUnknown", "no"));
            JsonNode data = answer.get("responseData");
            out.add(http.text(data == null ? null : data.get("translatedText"), "translatedText"));
        }
        return out;
    }

    @Override
    public int batchSize() {
        return 1;
    }
}
