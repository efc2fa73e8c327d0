package org.verso.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;
import static org.verso.Api.letters;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.Api;
import org.verso.account.User;

/**
 * Bringing back a translation done in another tool: XLIFF export, import into a fresh document made from the
 * same file, targets applied with a report, newer Verso edits kept as conflicts, bad files refused whole.
 */
@QuarkusTest
class XliffImportApiTest {

    /** An article of three sentences in two paragraphs, German added, every segment translated. */
    private static long translatedArticle() {
        String text = sentence() + " " + sentence() + "\n\n" + sentence() + "\n";
        long id = Api.importArticle(text);
        Api.addLanguage(id, "de");
        for (Map<String, Object> segment : Api.segments(id)) {
            long segmentId = ((Number) segment.get("id")).longValue();
            Api.save(Api.ADMIN, id, "de", segmentId, german((String) segment.get("source")), "TRANSLATED", 0)
                    .then().statusCode(200);
        }
        return id;
    }

    private static String sentence() {
        String word = letters(7);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + letters(6) + " " + letters(8) + ".";
    }

    private static String german(String source) {
        return source.toUpperCase() + " de";
    }

    private static byte[] export(long id, String format) {
        Response response = asAdmin().queryParam("format", format).queryParam("partial", true)
                .get("/api/documents/{id}/languages/de/export", id);
        assertEquals(200, response.statusCode(), response.asString());
        return response.asByteArray();
    }

    private static Response importFile(Api.User user, long id, String language, byte[] file) {
        return user.request().multiPart("file", "back.xlf", file, "application/xliff+xml")
                .post("/api/documents/{id}/languages/{lang}/import", id, language);
    }

    private static JsonPath imported(long id, byte[] file) {
        Response response = importFile(Api.ADMIN, id, "de", file);
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath();
    }

    private static List<String> targets(long id) {
        return asAdmin().get("/api/documents/{id}/languages/de/translations", id).then().statusCode(200)
                .extract().jsonPath().getList("text", String.class);
    }

    private static List<Integer> versions(long id) {
        return asAdmin().get("/api/documents/{id}/languages/de/translations", id).then().statusCode(200)
                .extract().jsonPath().getList("version", Integer.class);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff", "xliff12"})
    void exportThenImportIntoAFreshDocumentMadeFromTheFileGivesTheSameTargets(String format) {
        long original = translatedArticle();
        byte[] file = export(original, format);
        long fresh = asAdmin().multiPart("file", "article.xlf", file, "application/xliff+xml")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addLanguage(fresh, "de");
        JsonPath report = imported(fresh, file);
        assertEquals(List.of(3, 0, 0, 0), List.of(report.getInt("applied"), report.getInt("unchanged"),
                report.getInt("unknown"), report.getList("conflicts").size()));
        assertEquals(targets(original), targets(fresh));
        assertEquals(Api.segments(original).stream().map(s -> s.get("source")).toList(),
                Api.segments(fresh).stream().map(s -> s.get("source")).toList());
    }

    @Test
    void aDocumentMadeFromXliffTakesItsLanguageAndTitleFromTheFile() {
        long original = translatedArticle();
        String title = asAdmin().get("/api/documents/{id}", original).jsonPath().getString("title");
        JsonPath created = asAdmin().multiPart("file", "article.xliff", export(original, "xliff"), "application/xml")
                .post("/api/documents").then().statusCode(201).extract().jsonPath();
        assertEquals(List.of("en", title, 3, "xliff"), List.of(created.getString("sourceLanguage"),
                created.getString("title"), created.getInt("segmentCount"), created.getString("format")));
    }

    @Test
    void aDocumentFromXliffRefusesASourceLanguageOtherThanTheFilesAndStoresNothing() {
        byte[] file = export(translatedArticle(), "xliff");
        int before = Api.documentCount();
        String detail = Api.assertProblem(asAdmin().multiPart("file", "article.xlf", file, "application/xliff+xml")
                .multiPart("sourceLanguage", "fr").post("/api/documents"), 400).getString("detail");
        assertEquals("The XLIFF file's source language is en, not fr. Leave the source language empty to take the"
                + " file's.", detail);
        assertEquals(before, Api.documentCount());
    }

    @Test
    void aDocumentFromXliffWithoutSourceTextIsRefused() {
        String empty = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">"
                + "<file id=\"f\"><unit id=\"u\"><segment><source> </source></segment></unit></file></xliff>";
        String detail = Api.assertProblem(asAdmin().contentType("application/json").body(Map.of("format", "xliff",
                "content", empty)).post("/api/documents"), 400).getString("detail");
        assertEquals("The XLIFF file has no source text to translate.", detail);
    }

    @Test
    void reimportingAnUntouchedExportChangesNothing() {
        long id = translatedArticle();
        List<Integer> before = versions(id);
        JsonPath report = imported(id, export(id, "xliff"));
        assertEquals(List.of(0, 3), List.of(report.getInt("applied"), report.getInt("unchanged")));
        assertEquals(before, versions(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff", "xliff12"})
    void anEditInVersoAfterTheExportIsAConflictAndKeptWhileOtherTargetsApply(String format) {
        long id = translatedArticle();
        List<String> exported = targets(id);
        byte[] file = export(id, format);
        long first = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "de", first, "NEWER IN VERSO", "TRANSLATED", 1).then().statusCode(200);
        String edited = utf8(file).replace(exported.get(0), "FROM THE FILE").replace(exported.get(1), "ALSO FROM FILE");
        JsonPath report = imported(id, edited.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(1, 1, 1), List.of(report.getInt("applied"), report.getInt("unchanged"),
                report.getList("conflicts").size()));
        assertEquals(Map.of("unitId", "s" + first, "fileText", "FROM THE FILE", "currentText", "NEWER IN VERSO",
                "currentVersion", 2, "exportedVersion", 1, "updatedBy", "admin", "segmentId", (int) first),
                report.getMap("conflicts[0]"));
        assertEquals(List.of("NEWER IN VERSO", "ALSO FROM FILE", exported.get(2)), targets(id));
    }

    @Test
    void anAppliedTargetIsANewRevisionAndAFinalOneIsApprovedForAReviewerOnly() {
        long id = translatedArticle();
        String file = utf8(export(id, "xliff")).replace("state=\"translated\"", "state=\"final\"");
        List<String> exported = targets(id);
        file = file.replace(exported.get(0), "REVIEWED IN THE FILE").replace(exported.get(1), "TRANSLATOR TEXT");
        Api.User translator = Api.createUser("translator");
        String translatorFile = file.replace("REVIEWED IN THE FILE", exported.get(0));
        importFile(translator, id, "de", translatorFile.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        imported(id, file.getBytes(StandardCharsets.UTF_8));
        List<Map<String, Object>> all = asAdmin().get("/api/documents/{id}/languages/de/translations", id)
                .jsonPath().getList("$");
        assertEquals(List.of("APPROVED", "TRANSLATED"), List.of(all.get(0).get("status"), all.get(1).get("status")));
        List<Map<String, Object>> revisions = asAdmin()
                .get("/api/documents/{id}/languages/de/translations/{s}/revisions", id, Api.segmentId(id, 1))
                .jsonPath().getList("$");
        assertEquals(List.of(translator.username(), "Imported from back.xlf"), List.of(
                revisions.get(revisions.size() - 1).get("author"), revisions.get(revisions.size() - 1).get("comment")));
    }

    @Test
    void unitsOfAnotherArticleAreUnknownAndListed() {
        long id = translatedArticle();
        byte[] other = export(translatedArticle(), "xliff");
        JsonPath report = imported(id, other);
        assertEquals(List.of(0, 3, 3), List.of(report.getInt("applied"), report.getInt("unknown"),
                report.getList("unknownIds").size()));
    }

    @Test
    void aFileOfAnotherLanguagePairIsRefusedAndNothingIsApplied() {
        long id = translatedArticle();
        Api.addLanguage(id, "fr");
        byte[] german = export(id, "xliff");
        String detail = Api.assertProblem(importFile(Api.ADMIN, id, "fr", german), 400).getString("detail");
        assertEquals("The file translates en into de, but this is the en → fr translation of the document."
                + " Nothing was imported.", detail);
    }

    @Test
    void xliff22IsRefusedByName() {
        long id = translatedArticle();
        String file = utf8(export(id, "xliff")).replace("urn:oasis:names:tc:xliff:document:2.0",
                "urn:oasis:names:tc:xliff:document:2.2").replace("version=\"2.1\"", "version=\"2.2\"");
        assertRefusedWhole(id, file, "XLIFF 2.2 is not supported");
    }

    @Test
    void externalEntitiesAreRefused() {
        long id = translatedArticle();
        String file = utf8(export(id, "xliff")).replaceFirst("\\?>", "?><!DOCTYPE xliff [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>").replace(targets(id).get(0), "&x;");
        assertRefusedWhole(id, file, "declares entities in its DOCTYPE");
    }

    @Test
    void unpairedCodesAreRefusedEvenWhenOtherUnitsAreFine() {
        long id = translatedArticle();
        List<String> exported = targets(id);
        String file = utf8(export(id, "xliff")).replace(exported.get(0), "CHANGED")
                .replace(exported.get(2), "<ec startRef=\"x\"/>BROKEN");
        assertRefusedWhole(id, file, "an end code refers to \"x\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheImportAndTheXliff12Export() {
        String openApi = asAdmin().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(openApi.contains("/api/documents/{id}/languages/{lang}/import"), "import route missing");
        assertTrue(openApi.contains("xliff12"), "xliff12 export missing");
    }

    private static void assertRefusedWhole(long id, String file, String problem) {
        List<String> before = targets(id);
        String detail = Api.assertProblem(importFile(Api.ADMIN, id, "de", file.getBytes(StandardCharsets.UTF_8)),
                400).getString("detail");
        assertTrue(detail.contains(problem), detail);
        assertEquals(before, targets(id));
    }
}
