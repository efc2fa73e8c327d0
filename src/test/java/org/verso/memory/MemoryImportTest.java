package org.verso.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.interchange.po.MoBytes;
import org.verso.interchange.tmx.TmxReader;
import org.verso.interchange.tmx.TmxUnit;
import org.verso.account.User;

/** TMX, PO and MO files into the memory and TMX out of it, with bad files refused whole. */
@QuarkusTest
class MemoryImportTest {

    private static String word() {
        return "qx" + Api.letters(10);
    }

    private static String tmx(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx14.dtd">
                <tmx version="1.4">
                  <header creationtool="VersoTest" creationtoolversion="1" segtype="sentence" o-tmf="test"
                          adminlang="en" srclang="en" datatype="plaintext"/>
                  <body>
                """ + body + """
                  </body>
                </tmx>
                """;
    }

    private static String tu(String en, String lang, String text) {
        return "<tu><tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv><tuv xml:lang=\"" + lang + "\"><seg>" + text
                + "</seg></tuv></tu>\n";
    }

    private static Response upload(Api.User user, String name, byte[] bytes, String source, String target) {
        var request = user.request().multiPart("file", name, bytes, "application/octet-stream");
        if (source != null) {
            request = request.multiPart("sourceLanguage", source);
        }
        if (target != null) {
            request = request.multiPart("targetLanguage", target);
        }
        return request.post("/api/memory/import");
    }

    private static List<Map<String, Object>> matches(String q, String target) {
        return asAdmin().queryParam("q", q).queryParam("source", "en").queryParam("target", target)
                .get("/api/memory/matches").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aTmxFileBecomesUnitsOfEveryPairItHolds() {
        String w = word();
        String file = tmx(tu("The port of " + w + " reopened.", "ru", "Порт " + w + " вновь открылся.")
                + "<tu><tuv xml:lang=\"en\"><seg>Storms hit " + w + " again.</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Штормы снова обрушились на " + w + ".</seg></tuv>"
                + "<tuv xml:lang=\"fa\"><seg>طوفان‌ها دوباره " + w + " را درنوردیدند.</seg></tuv></tu>\n"
                + "<tu><tuv><seg>No language here</seg></tuv><tuv xml:lang=\"ru\"><seg>Нет языка</seg></tuv></tu>\n");
        JsonPath report = upload(Api.ADMIN, "news-" + w + ".tmx", file.getBytes(StandardCharsets.UTF_8), null, null)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, report.getInt("imported"), report.prettify());
        assertEquals(1, report.getInt("skipped"), report.prettify());
        assertTrue(report.getString("errors[0]").contains("line"), report.prettify());

        List<Map<String, Object>> found = matches("The port of " + w + " reopened.", "ru");
        assertEquals("Порт " + w + " вновь открылся.", found.get(0).get("target"));
        assertEquals("file:news-" + w + ".tmx", found.get(0).get("origin"));
        assertEquals(1, matches("Storms hit " + w + " again.", "fa").size());

        JsonPath again = upload(Api.ADMIN, "news-" + w + ".tmx", file.getBytes(StandardCharsets.UTF_8), null, null)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("imported"), "importing the same file twice adds nothing");
        assertEquals(4, again.getInt("skipped"));
    }

    @Test
    void aReviewerFillsTheMemoryOnlyForTheLanguagesAssignedToThem() {
        Api.User russianReviewer = Api.createUser("reviewer");
        asAdmin().contentType(io.restassured.http.ContentType.JSON).body(Map.of("languages", List.of("ru")))
                .put("/api/users/{username}", russianReviewer.username()).then().statusCode(200);
        String w = word();
        String mixed = tmx(tu("Ships of " + w + " sailed.", "ru", "Корабли " + w + " отплыли.")
                + tu("Ships of " + w + " sailed.", "fa", "کشتی‌های " + w + " حرکت کردند."));

        String detail = Api.assertProblem(upload(russianReviewer, "mixed.tmx", mixed.getBytes(StandardCharsets.UTF_8),
                null, null), 403).getString("detail");
        assertTrue(detail.contains("(fa)") && !detail.contains("(ru)"), detail);
        assertTrue(matches("Ships of " + w + " sailed.", "ru").isEmpty(), "nothing of a refused file is stored");
        String catalog = "msgid \"Harbour of " + w + "\"\nmsgstr \"بندر " + w + "\"\n";
        Api.assertProblem(upload(russianReviewer, "fa.po", catalog.getBytes(StandardCharsets.UTF_8), "en", "fa"),
                403);
        Api.assertProblem(russianReviewer.request().queryParam("async", true)
                .multiPart("file", "fa.po", catalog.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .multiPart("sourceLanguage", "en").multiPart("targetLanguage", "fa").post("/api/memory/import"), 403);

        String russian = tmx(tu("Ships of " + w + " sailed.", "ru", "Корабли " + w + " отплыли."));
        upload(russianReviewer, "ru.tmx", russian.getBytes(StandardCharsets.UTF_8), null, null).then().statusCode(200);
        assertEquals(1, matches("Ships of " + w + " sailed.", "ru").size());
    }

    @Test
    void aUnitLongerThanAMillionCharactersIsRefusedWithItsLine() {
        String huge = "a".repeat(1_000_001);
        String tmx = tmx(tu("Short " + word() + ".", "ru", "Коротко.") + tu(huge, "ru", "Длинно."));
        String detail = Api.assertProblem(upload(Api.ADMIN, "huge.tmx", tmx.getBytes(StandardCharsets.UTF_8), null,
                null), 400).getString("detail");
        assertTrue(detail.contains("Line 8:") && detail.contains("1000000 characters"), detail);

        String continued = "msgid \"\"\n" + ("\"" + "b".repeat(600_000) + "\"\n").repeat(2) + "msgstr \"x\"\n";
        detail = Api.assertProblem(upload(Api.ADMIN, "long.po", continued.getBytes(StandardCharsets.UTF_8), "en",
                "ru"), 400).getString("detail");
        assertTrue(detail.contains("Line 3") && detail.contains("1000000 characters"), detail);

        String oneLine = "msgid \"" + "c".repeat(4_000_100) + "\"\nmsgstr \"x\"\n";
        detail = Api.assertProblem(upload(Api.ADMIN, "line.po", oneLine.getBytes(StandardCharsets.UTF_8), "en",
                "ru"), 400).getString("detail");
        assertTrue(detail.contains("Line 1 ") && detail.contains("longer than"), detail);
    }

    @Test
    void unitsOfARegionalVariantMatchTheBareLanguageExactRegionFirst() {
        String w = word();
        String sentence = "The ferry to " + w + " leaves at noon.";
        String variants = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="VersoTest" creationtoolversion="1" segtype="sentence"
                  o-tmf="test" adminlang="en" srclang="en-US" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en-US"><seg>%1$s</seg></tuv>
                <tuv xml:lang="fr"><seg>Le bac US part à midi.</seg></tuv></tu>
                </body></tmx>
                """.formatted(sentence);
        upload(Api.ADMIN, "variants.tmx", variants.getBytes(StandardCharsets.UTF_8), null, null).then().statusCode(200);
        String canadian = tmx(tu(sentence, "fr-CA", "Le traversier part à midi."));
        upload(Api.ADMIN, "canada.tmx", canadian.getBytes(StandardCharsets.UTF_8), null, null).then().statusCode(200);

        List<Map<String, Object>> found = matches(sentence, "fr");
        assertEquals(List.of("Le bac US part à midi.", "Le traversier part à midi."),
                found.stream().map(m -> m.get("target")).toList());
        assertEquals(List.of(100, 99), found.stream().map(m -> m.get("score")).toList(),
                "the same source text in en-US is a 100% match; a fr-CA target scores one point lower");

        String exact = tmx(tu(sentence, "fr", "Le bac part à midi."));
        upload(Api.ADMIN, "exact.tmx", exact.getBytes(StandardCharsets.UTF_8), null, null).then().statusCode(200);
        assertEquals("Le bac part à midi.", matches(sentence, "fr").get(0).get("target"),
                "at the same score the exact pair's unit comes first");

        String traditional = tmx(tu(sentence, "fr", "Pas une variante.")).replace("xml:lang=\"en\"",
                "xml:lang=\"zh-Hant\"").replace("srclang=\"en\"", "srclang=\"zh-Hant\"");
        upload(Api.ADMIN, "hant.tmx", traditional.getBytes(StandardCharsets.UTF_8), null, null).then().statusCode(200);
        List<Object> simplified = asAdmin().queryParam("q", sentence).queryParam("source", "zh-Hans")
                .queryParam("target", "fr").get("/api/memory/matches").then().statusCode(200).extract().jsonPath()
                .getList("target");
        assertEquals(List.of(), simplified, "another script is not a regional variant");
        assertEquals(List.of("Pas une variante."), asAdmin().queryParam("q", sentence)
                .queryParam("source", "zh-Hant-TW").queryParam("target", "fr").get("/api/memory/matches").then().statusCode(200).extract().jsonPath()
                .getList("target"), "the same script with a region is");
    }

    @Test
    void aBrokenOrHostileFileIsRefusedWholeWithItsLine() {
        String w = word();
        String truncated = tmx(tu("First of " + w + ".", "ru", "Первое " + w + ".") + tu("Second of " + w + ".", "ru",
                "Второе")).replace("</body>", "").replace("</tmx>", "");
        String problem = Api.assertProblem(upload(Api.ADMIN, "cut.tmx", truncated.getBytes(StandardCharsets.UTF_8),
                null, null), 400).getString("detail");
        assertTrue(problem.contains("line"), problem);
        assertTrue(matches("First of " + w + ".", "ru").isEmpty(), "nothing of a broken file is stored");

        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
                adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv>
                <tuv xml:lang="ru"><seg>x</seg></tuv></tu></body></tmx>
                """;
        String detail = Api.assertProblem(upload(Api.ADMIN, "xxe.tmx", xxe.getBytes(StandardCharsets.UTF_8), null,
                null), 400).getString("detail");
        assertTrue(!detail.contains("root:"), detail);
    }

    @Test
    void poAndMoCatalogsNeedTheirLanguages() {
        String w = word();
        String po = """
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=UTF-8\\n"

                msgid "Open the %s file in %s"
                msgstr "Откройте файл %s в %s"

                #, fuzzy
                msgid "Close %s"
                msgstr "Закрыть %s"
                """.replace("%s file", w + " file");
        Api.assertProblem(upload(Api.ADMIN, "app.po", po.getBytes(StandardCharsets.UTF_8), "en", null), 400);
        JsonPath report = upload(Api.ADMIN, "app.po", po.getBytes(StandardCharsets.UTF_8), "en", "ru")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, report.getInt("imported"), report.prettify());
        assertEquals(1, report.getInt("skipped"), "the fuzzy entry is not memory: " + report.prettify());
        assertEquals(1, matches("Open the " + w + " file in %s", "ru").size());

        byte[] mo = new MoBytes().entry("", "Content-Type: text/plain; charset=UTF-8\n")
                .entry("Save " + w + " now", "Сохранить " + w + " сейчас").build();
        JsonPath fromMo = upload(Api.ADMIN, "app.mo", mo, "en", "ru").then().statusCode(200).extract().jsonPath();
        assertEquals(1, fromMo.getInt("imported"), fromMo.prettify());
        assertEquals("gettext MO", fromMo.getString("format"));
        assertEquals("Сохранить " + w + " сейчас", matches("Save " + w + " now", "ru").get(0).get("target"));
    }

    @Test
    void onlyReviewersAndAdminsImport() {
        Api.User translator = Api.createUser("translator");
        Api.assertProblem(upload(translator, "x.tmx", tmx(tu("a", "ru", "b")).getBytes(StandardCharsets.UTF_8),
                null, null), 403);
        Api.assertProblem(upload(Api.ADMIN, "empty.tmx", new byte[0], null, null), 400);
    }

    @Test
    void aPairExportsAsTmxThatReadsBack() throws Exception {
        String w = word();
        upload(Api.ADMIN, "export-" + w + ".tmx", tmx(tu("Export me, " + w + " &amp; co.", "uz",
                "Meni eksport qiling, " + w + ".")).getBytes(StandardCharsets.UTF_8), null, null).then().statusCode(200);
        byte[] exported = asAdmin().queryParam("source", "en").queryParam("target", "uz").get("/api/memory/export")
                .then().statusCode(200).extract().asByteArray();
        List<TmxUnit> units = new ArrayList<>();
        TmxReader.open(new ByteArrayInputStream(exported)).read(units::add, problem -> { });
        assertTrue(units.stream().anyMatch(u -> ("Export me, " + w + " & co.").equals(u.text("en"))
                && ("Meni eksport qiling, " + w + ".").equals(u.text("uz"))), "exported units: " + units.size());
        Api.assertProblem(asAdmin().queryParam("source", "en").get("/api/memory/export"), 400);
    }
}
