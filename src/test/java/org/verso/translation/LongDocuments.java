package org.verso.translation;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.verso.Api;
import org.verso.account.User;

/** Documents of many segments, translated into German, built the quick way: a memory import and a pre-translation. */
public final class LongDocuments {

    private LongDocuments() {
    }

    /**
     * A document of {@code segments} one-sentence paragraphs ("Ships from … reached the harbour."), each translated
     * into German ("Schiffe aus … erreichten den Hafen.") by pre-translation from the memory.
     */
    public static long translatedIntoGerman(int segments) {
        long doc = withGermanMemory(segments);
        Api.asAdmin().post("/api/documents/{id}/languages/de/pretranslate", doc).then().statusCode(200);
        return doc;
    }

    /** The same document with German added but every segment still NEW, and the memory ready to fill them. */
    public static long withGermanMemory(int segments) {
        StringBuilder article = new StringBuilder();
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header creationtool=\"t\" "
                + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" "
                + "datatype=\"plaintext\"/><body>");
        for (int i = 0; i < segments; i++) {
            String place = "Qx" + Api.letters(10);
            String sentence = "Ships from " + place + " reached the harbour.";
            article.append(sentence).append("\n\n");
            tmx.append("<tu><tuv xml:lang=\"en\"><seg>").append(sentence).append("</seg></tuv><tuv xml:lang=\"de\"><seg>")
                    .append("Schiffe aus ").append(place).append(" erreichten den Hafen.</seg></tuv></tu>");
        }
        tmx.append("</body></tmx>");
        Api.asAdmin().multiPart("file", "harbours.tmx", tmx.toString().getBytes(StandardCharsets.UTF_8),
                "application/xml").post("/api/memory/import").then().statusCode(200);
        long doc = Api.importArticle(article.toString());
        Api.addLanguage(doc, "de");
        return doc;
    }

    /** A translator assigned to German only. */
    public static Api.User germanTranslator() {
        Api.User user = Api.createUser("translator");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", java.util.List.of("de")))
                .put("/api/users/{username}", user.username()).then().statusCode(200);
        return user;
    }
}
