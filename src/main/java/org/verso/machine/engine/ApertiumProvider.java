package org.verso.machine.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Apertium APy: {@code GET /listPairs} names the installed pairs in ISO 639-3 ("eng" → "spa"), {@code POST
 * /translate} translates a text; {@code format=html} keeps tags as markup and {@code markUnknown=no} leaves words it
 * does not know without a star. APy takes one text per request, but with {@code format=html} a {@code <p>} block
 * is a boundary Apertium does not translate across, so a batch travels as one text of {@code <p>} blocks (about
 * 30 times faster than a request each); should the answer not have one block per text, each is sent alone.
 */
public final class ApertiumProvider implements MtProvider {

    /** Protected markup escapes every "<" of the text itself, so each {@code <p>} in the answer is one we sent. */
    private static final Pattern BLOCK = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

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
        if (markup.size() > 1) {
            StringBuilder blocks = new StringBuilder();
            markup.forEach(text -> blocks.append("<p>").append(text).append("</p>"));
            Matcher answer = BLOCK.matcher(one(langpair, blocks.toString()));
            List<String> out = new ArrayList<>(markup.size());
            while (answer.find()) {
                out.add(answer.group(1));
            }
            if (out.size() == markup.size()) {
                return out;
            }
        }
        return markup.stream().map(text -> one(langpair, text)).toList();
    }

    @Override
    public int batchSize() {
        return 50;
    }

    private String one(String langpair, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("langpair", langpair);
        form.put("format", "html");
        form.put("markUnknown", "no");
        form.put("q", text);
        JsonNode answer = http.postForm("translate", form);
        JsonNode data = answer.get("responseData");
        return http.text(data == null ? null : data.get("translatedText"), "translatedText");
    }
}
