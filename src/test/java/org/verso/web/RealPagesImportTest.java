package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** Pages as newsrooms send them, through the API: repaired as a browser repairs them, read in their encoding. */
@QuarkusTest
class RealPagesImportTest {

    @Test
    void aPageWithItsArticleLeftOpenImportsWithOneRepairListedAndExportsRepairedWithTheTranslation() {
        JsonPath created = upload("ferry.html", Api.resourceBytes("/interchange/html/unclosed-article.html"), "en")
                .then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        assertEquals(1, created.getList("repairs").size(), created.prettify());
        assertEquals(12, created.getInt("repairs[0].line"));
        assertEquals(1, created.getInt("repairs[0].column"));
        assertTrue(created.getString("repairs[0].what").contains("</body>"));
        assertEquals(1, asAdmin().get("/api/documents/{id}", id).then().statusCode(200).extract().jsonPath()
                .getList("repairs").size(), "the document keeps its repairs");
        String page = Browser.admin().get("/documents/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Line 12, column 1: The end tag &lt;/body&gt;"), "the document page lists it");

        translateEverything(id, "fr", Map.of("Passengers queued at the pier before dawn.",
                "Les passagers faisaient la queue au quai avant l'aube."));
        String html = asAdmin().get("/api/documents/{id}/languages/fr/export?format=html", id).then()
                .statusCode(200).extract().asString();
        Parser strict = Parser.htmlParser().setTrackErrors(10);
        Document exported = Jsoup.parse(html, "", strict);
        assertEquals(List.of(), strict.getErrors(), "the export is the repaired, valid page: " + html);
        assertEquals("Les passagers faisaient la queue au quai avant l'aube.",
                exported.select("article p").get(1).text());
    }

    @Test
    void aPageDeclaringIso88591ImportsAndExportsAsUtf8DeclaringUtf8() {
        long id = upload("cafe.html", Api.resourceBytes("/interchange/encodings/declared-iso-8859-1.html"), "fr")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        List<String> sources = Api.segments(id).stream().map(s -> (String) s.get("source")).toList();
        assertTrue(sources.contains("Le café du port rouvre, et sa marque Portside™ revient."), sources.toString());
        translateEverything(id, "en", Map.of());
        byte[] html = asAdmin().get("/api/documents/{id}/languages/en/export?format=html", id).then()
                .statusCode(200).extract().asByteArray();
        String text = new String(html, StandardCharsets.UTF_8);
        assertTrue(text.contains("<meta charset=\"utf-8\">") && text.contains("Portside™ revient."), text);
    }

    @Test
    void aUtf16TextFileWithItsByteOrderMarkImports() {
        long id = upload("cafe.txt", Api.resourceBytes("/interchange/encodings/bom-utf-16le.txt"), "en")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("Café reopens", Api.segments(id).get(0).get("source"));
    }

    private static io.restassured.response.Response upload(String name, byte[] bytes, String language) {
        return asAdmin().multiPart("file", name, bytes, "application/octet-stream")
                .multiPart("sourceLanguage", language).post("/api/documents");
    }

    /** Approves every segment, with the given translations or else the source text itself. */
    private static void translateEverything(long id, String language, Map<String, String> translations) {
        Api.addLanguage(id, language);
        for (Map<String, Object> segment : Api.segments(id)) {
            String source = (String) segment.get("source");
            Api.save(Api.ADMIN, id, language, ((Number) segment.get("id")).longValue(),
                    translations.getOrDefault(source, source), "APPROVED", 0).then().statusCode(200);
        }
    }
}
