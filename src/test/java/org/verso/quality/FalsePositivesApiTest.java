package org.verso.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.qa.TranslatedArticle;

/**
 * The false-positive table end to end: the English article imported, the glossary's traps created, the correct Russian
 * translation saved through the API segment by segment, and the quality report of the language read back.
 */
@QuarkusTest
class FalsePositivesApiTest {

    private static final TranslatedArticle RUSSIAN = TranslatedArticle.of("gas-deal", "ru");

    @Test
    void aCorrectTranslationSavesCleanAndLeavesAnEmptyReport() {
        long doc = articleWithGlossary();
        Map<String, Long> ids = segmentIdsBySource(doc);

        for (TranslatedArticle.Pair pair : RUSSIAN.pairs()) {
            List<Object> issues = Api.save(Api.ADMIN, doc, "ru", ids.get(pair.source()), pair.target(), "TRANSLATED", 0)
                    .then().statusCode(200).extract().jsonPath().getList("issues");
            assertEquals(List.of(), issues, pair.target());
        }

        assertEquals(List.of(), report(doc));
    }

    @Test
    void theQuotationOverThreeSegmentsGetsNoQuoteWarning() {
        long doc = articleWithGlossary();
        Map<String, Long> ids = segmentIdsBySource(doc);
        List<TranslatedArticle.Pair> quotation = RUSSIAN.paragraphs().get(2);
        quotation.forEach(p -> Api.save(Api.ADMIN, doc, "ru", ids.get(p.source()), p.target(), "TRANSLATED", 0)
                .then().statusCode(200));

        assertTrue(quotation.get(0).target().startsWith("«") && quotation.get(2).target().contains("»"));
        assertEquals(List.of(), report(doc).stream().filter(f -> "quotes".equals(f.get("check"))).toList());
    }

    @Test
    void theForbiddenNameGivesExactlyTheForbiddenTermError() {
        long doc = articleWithGlossary();
        TranslatedArticle.Pair headline = RUSSIAN.paragraphs().get(0).get(0);
        String wrong = headline.target().replace("Таджикистан", "Таджикия");
        long segment = segmentIdsBySource(doc).get(headline.source());

        Api.save(Api.ADMIN, doc, "ru", segment, wrong, "TRANSLATED", 0).then().statusCode(200);

        List<Map<String, Object>> report = report(doc);
        assertEquals(List.of(List.of(segment, "glossary", "ERROR")), report.stream().map(f -> List.of(
                ((Number) f.get("segmentId")).longValue(), f.get("check"), f.get("severity"))).toList(), report.toString());
        assertTrue(String.valueOf(report.get(0).get("message")).contains("Таджикия"), report.toString());
    }

    /** The English article with Russian added, and the glossary's two pairs of country names (made once per database). */
    static long articleWithGlossary() {
        long doc = Api.importArticle(RUSSIAN.sourceText());
        Api.addLanguage(doc, "ru");
        term("Tajikistan", "Таджикистан", "preferred");
        term("Tajikistan", "Таджикия", "forbidden");
        term("Turkmenistan", "Туркменистан", "preferred");
        term("Turkmenistan", "Туркмения", "forbidden");
        return doc;
    }

    /** Each segment's id by its source, after checking the article split as the fixture's pairs do. */
    static Map<String, Long> segmentIdsBySource(long doc) {
        Map<String, Long> ids = new HashMap<>();
        Api.segments(doc).forEach(s -> ids.put((String) s.get("source"), ((Number) s.get("id")).longValue()));
        assertEquals(RUSSIAN.pairs().stream().map(TranslatedArticle.Pair::source).sorted().toList(),
                ids.keySet().stream().sorted().toList(), "the article splits into the fixture's segments");
        return ids;
    }

    static List<Map<String, Object>> report(long doc) {
        return asAdmin().get("/api/documents/{id}/languages/ru/qa", doc).then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    private static void term(String source, String target, String status) {
        int code = asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en", "targetLanguage", "ru",
                "sourceTerm", source, "targetTerm", target, "status", status)).post("/api/glossary").statusCode();
        assertTrue(code == 201 || code == 409, "the term is there (409: made by an earlier test): " + code);
    }
}
