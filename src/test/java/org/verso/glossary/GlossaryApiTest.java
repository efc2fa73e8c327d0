package org.verso.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/** Terms per language pair through the API and the pages. */
@QuarkusTest
class GlossaryApiTest {

    private static String word() {
        return "gl" + Api.letters(8);
    }

    private static Map<String, Object> term(String source, String target, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceLanguage", "en");
        body.put("targetLanguage", "tg");
        body.put("sourceTerm", source);
        body.put("targetTerm", target);
        body.put("status", status);
        body.put("note", "news desk style");
        return body;
    }

    private static List<Map<String, Object>> terms(String target) {
        return asAdmin().queryParam("source", "en").queryParam("target", target).get("/api/glossary").then()
                .statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void termsAreCreatedListedChangedAndDeleted() {
        String w = word();
        long id = asAdmin().contentType(ContentType.JSON).body(term("ceasefire " + w, "оташбас " + w, null))
                .post("/api/glossary").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> listed = terms("tg").stream().filter(t -> ((Number) t.get("id")).longValue() == id)
                .findFirst().orElseThrow();
        assertEquals("ceasefire " + w, listed.get("sourceTerm"));
        assertEquals("оташбас " + w, listed.get("targetTerm"));
        assertEquals("preferred", listed.get("status"));
        assertFalse(listed.containsKey("termStatus") || listed.containsKey("forbidden"), "the API's fields stay as they were");
        assertEquals("news desk style", listed.get("note"));

        asAdmin().contentType(ContentType.JSON).body(term("ceasefire " + w, "сулҳ " + w, "forbidden"))
                .put("/api/glossary/{id}", id).then().statusCode(200);
        assertTrue(terms("tg").stream().anyMatch(t -> ("сулҳ " + w).equals(t.get("targetTerm"))
                && "forbidden".equals(t.get("status"))));

        asAdmin().delete("/api/glossary/{id}", id).then().statusCode(204);
        assertTrue(terms("tg").stream().noneMatch(t -> ((Number) t.get("id")).longValue() == id));
        Api.assertProblem(asAdmin().delete("/api/glossary/{id}", id), 404);
    }

    @Test
    void badTermsAreRefusedWithReasons() {
        String w = word();
        asAdmin().contentType(ContentType.JSON).body(term("troops " + w, "нерӯҳо " + w, "preferred"))
                .post("/api/glossary").then().statusCode(201);
        Api.assertProblem(asAdmin().contentType(ContentType.JSON).body(term("troops " + w, "нерӯҳо " + w, "admitted"))
                .post("/api/glossary"), 409);
        Api.assertProblem(asAdmin().contentType(ContentType.JSON).body(term(" ", "x", null)).post("/api/glossary"), 400);
        Api.assertProblem(asAdmin().contentType(ContentType.JSON).body(term("a " + w, "b", "maybe"))
                .post("/api/glossary"), 400);
        Map<String, Object> badLanguage = term("c " + w, "d", null);
        badLanguage.put("targetLanguage", "not a tag!");
        Api.assertProblem(asAdmin().contentType(ContentType.JSON).body(badLanguage).post("/api/glossary"), 400);
        Api.assertProblem(asAdmin().get("/api/glossary?source=en"), 400);
        Api.User translator = Api.createUser("translator");
        Api.assertProblem(translator.request().contentType(ContentType.JSON).body(term("e " + w, "f", null))
                .post("/api/glossary"), 403);
        translator.request().queryParam("source", "en").queryParam("target", "tg").get("/api/glossary").then()
                .statusCode(200);
    }

    @Test
    void theGlossaryPageAddsAndListsTerms() {
        String w = word();
        Browser admin = Browser.admin();
        admin.post("/glossary", "sourceLanguage", "en", "targetLanguage", "fa", "sourceTerm", "parliament " + w,
                "targetTerm", "مجلس " + w, "status", "preferred").then().statusCode(303);
        String page = admin.get("/glossary?source=en&target=fa").then().statusCode(200).extract().asString();
        assertTrue(page.contains("parliament " + w) && page.contains("مجلس " + w), page);
        assertTrue(page.contains("format=tbx"), "export links");
    }

    @Test
    void theGlossaryPageEditsATermInPlace() {
        String w = word();
        long id = asAdmin().contentType(ContentType.JSON).body(term("harbour " + w, "гавань " + w, null))
                .post("/api/glossary").then().statusCode(201).extract().jsonPath().getLong("id");
        Browser admin = Browser.admin();
        String page = admin.get("/glossary?source=en&target=tg").then().statusCode(200).extract().asString();
        assertTrue(page.contains("action=\"/glossary/" + id + "\""), "an edit form per term");

        admin.post("/glossary/" + id, "sourceLanguage", "en", "targetLanguage", "tg", "sourceTerm", "harbour " + w,
                "targetTerm", "порт " + w, "status", "forbidden", "note", "old usage").then().statusCode(303);

        Map<String, Object> edited = terms("tg").stream().filter(t -> ((Number) t.get("id")).longValue() == id)
                .findFirst().orElseThrow();
        assertEquals(List.of("порт " + w, "forbidden", "old usage"),
                List.of(edited.get("targetTerm"), edited.get("status"), edited.get("note")));
        Api.User translator = Api.createUser("translator");
        assertEquals(403, Browser.loggedInAs(translator.username(), translator.password()).post("/glossary/" + id,
                "sourceLanguage", "en", "targetLanguage", "tg", "sourceTerm", "harbour " + w, "targetTerm", "y")
                .statusCode());
    }

    private static io.restassured.response.Response upload(String name, String content, String source, String target) {
        var request = asAdmin().multiPart("file", name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/octet-stream");
        if (source != null) {
            request = request.multiPart("sourceLanguage", source);
        }
        if (target != null) {
            request = request.multiPart("targetLanguage", target);
        }
        return request.post("/api/glossary/import");
    }

    @Test
    void tbxAndCsvImportAndExport() {
        String w = word();
        String tbx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="en"><termSec><term>refugee W</term><termNote type="partOfSpeech">noun</termNote></termSec></langSec>
                      <langSec xml:lang="ru"><termSec><term>беженец W</term>
                        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
                    </conceptEntry>
                    <conceptEntry id="c2">
                      <langSec xml:lang="en"><termSec><term>only english W</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """.replace("W", w);
        JsonPath report = upload("terms.tbx", tbx, "en", "ru").then().statusCode(200).extract().jsonPath();
        assertEquals(1, report.getInt("imported"), report.prettify());
        assertEquals(1, report.getInt("skipped"), report.prettify());
        assertTrue(report.getString("errors[0]").contains("Line"), report.prettify());
        assertEquals(0, upload("terms.tbx", tbx, "en", "ru").then().statusCode(200).extract().jsonPath()
                .getInt("imported"), "importing twice adds nothing");

        String csv = "source,target,status,note\n\"border W\",граница W,preferred,\"a, note\"\n,пусто,preferred,\n"
                .replace("W", w);
        JsonPath fromCsv = upload("terms.csv", csv, "en", "ru").then().statusCode(200).extract().jsonPath();
        assertEquals(1, fromCsv.getInt("imported"), fromCsv.prettify());
        assertEquals(1, fromCsv.getInt("skipped"), fromCsv.prettify());
        Api.assertProblem(upload("terms.csv", csv, "en", null), 400);
        Api.assertProblem(upload("bad.csv", "wrong,columns\nx,y\n", "en", "ru"), 400);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<tbx type=\"TBX-Basic\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>&x;</body></text></tbx>";
        Api.assertProblem(upload("xxe.tbx", xxe, "en", "ru"), 400);

        String exported = asAdmin().queryParam("source", "en").queryParam("target", "ru").queryParam("format", "tbx")
                .get("/api/glossary/export").then().statusCode(200).extract().asString();
        assertTrue(exported.contains("urn:iso:std:iso:30042:ed-2") && exported.contains("беженец " + w), exported);
        String exportedCsv = asAdmin().queryParam("source", "en").queryParam("target", "ru").queryParam("format", "csv")
                .get("/api/glossary/export").then().statusCode(200).extract().asString();
        assertTrue(exportedCsv.contains("граница " + w), exportedCsv);
        Api.assertProblem(asAdmin().queryParam("source", "en").queryParam("target", "ru").queryParam("format", "pdf")
                .get("/api/glossary/export"), 400);
    }

    @Test
    void theEditorMarksTermsAndTheCheckFlagsForbiddenOnes() {
        String w = word();
        asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en", "targetLanguage", "uk",
                "sourceTerm", "troops" + w, "targetTerm", "війська" + w)).post("/api/glossary").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en", "targetLanguage", "uk",
                "sourceTerm", "troops" + w, "targetTerm", "вояки" + w, "status", "forbidden")).post("/api/glossary")
                .then().statusCode(201);
        long doc = Api.importArticle("The troops" + w + " left the city at dawn.");
        Api.addLanguage(doc, "uk");
        String editor = Browser.admin().get("/documents/" + doc + "/uk").then().statusCode(200).extract().asString();
        assertTrue(editor.contains("<mark class=\"term") && editor.contains("data-text=\"війська" + w + "\""), editor);

        JsonPath saved = Api.save(Api.ADMIN, doc, "uk", Api.segmentId(doc, 0), "Вояки" + w + " залишили місто на світанку.",
                "TRANSLATED", 0).then().statusCode(200).extract().jsonPath();
        assertTrue(saved.getList("issues.check").contains("glossary"), saved.prettify());
    }
}
