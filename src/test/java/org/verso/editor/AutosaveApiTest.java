package org.verso.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * Autosave (issue 19): what a person types is kept for them alone and changes nothing of the translation until they
 * confirm it; confirming removes it; the editor shows it in the box; a confirm over quality errors stops and keeps the
 * text unconfirmed, a second confirm goes through.
 */
@QuarkusTest
class AutosaveApiTest {

    private static final String ARTICLE = "The ferry left the harbour at dawn.\n\nIt carried 240 passengers home.\n";

    @Test
    void typedTextIsKeptForItsAuthorAloneAndChangesNothingUntilConfirmed() {
        long id = article();
        long first = Api.segmentId(id, 0);
        Api.User ana = Api.createUser("translator");
        Api.User ben = Api.createUser("translator");

        JsonPath kept = put(ana, id, first, "Die Fähre verließ", 0).then().statusCode(200).extract().jsonPath();
        assertTrue(kept.getBoolean("stored"));
        assertEquals(0, kept.getInt("baseVersion"));
        assertEquals(List.of("NEW", 0), List.of(Api.translation(id, "de", first).get("status"),
                Api.translation(id, "de", first).get("version")));
        assertEquals(List.of("Die Fähre verließ"), mine(ana, id).getList("text"));
        assertEquals(List.of(), mine(ben, id).getList("text"));

        String anasEditor = Browser.loggedInAs(ana.username(), ana.password()).get("/documents/" + id + "/de?page=1")
                .then().statusCode(200).extract().asString();
        assertTrue(anasEditor.contains(">Die Fähre verließ</textarea>"), "Ana's box holds her unconfirmed text");
        assertTrue(anasEditor.contains("Unconfirmed: your text"));
        String bensEditor = Browser.loggedInAs(ben.username(), ben.password()).get("/documents/" + id + "/de?page=1")
                .then().statusCode(200).extract().asString();
        assertFalse(bensEditor.contains("Die Fähre verließ"), "nobody else sees it");

        Api.save(ana, id, "de", first, "Die Fähre verließ den Hafen im Morgengrauen.", "TRANSLATED", 0).then()
                .statusCode(200);
        assertEquals(List.of(), mine(ana, id).getList("text"), "confirming removes the autosave");
    }

    @Test
    void textEqualToTheSavedTranslationKeepsNothingAndDiscardRemovesIt() {
        long id = article();
        long first = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "de", first, "Die Fähre fuhr los.", "TRANSLATED", 0).then().statusCode(200);
        Api.User ana = Api.createUser("translator");

        put(ana, id, first, "Die Fähre fuhr", 1).then().statusCode(200);
        assertFalse(put(ana, id, first, "Die Fähre fuhr los.", 1).then().statusCode(200).extract().jsonPath()
                .getBoolean("stored"));
        assertEquals(List.of(), mine(ana, id).getList("text"));

        put(ana, id, first, "Die Fähre fuhr ab.", 1).then().statusCode(200);
        ana.request().delete("/api/documents/{id}/languages/de/translations/{s}/autosave", id, first).then()
                .statusCode(204);
        assertEquals(List.of(), mine(ana, id).getList("text"));
    }

    @Test
    void theAnswerCarriesTheFindingsOnTheTypedText() {
        long id = article();
        Api.User ana = Api.createUser("translator");
        JsonPath kept = put(ana, id, Api.segmentId(id, 1), "Sie brachte Passagiere heim.", 0).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("ERROR"), kept.getList("issues.severity"));
        assertEquals(List.of("numbers"), kept.getList("issues.check"));
    }

    @Test
    void badAutosavesAreRefusedWithAProblem() {
        long id = article();
        long first = Api.segmentId(id, 0);
        Api.User ana = Api.createUser("translator");
        assertProblem(ana.request().contentType(ContentType.JSON).body(Map.of("version", 0))
                .put("/api/documents/{id}/languages/de/translations/{s}/autosave", id, first), 400);
        assertProblem(put(ana, id, first, "Nul\u0000zeichen", 0), 400);
        assertProblem(put(ana, id, first, "x".repeat(AutosaveService.MAX_CHARS + 1), 0), 400);
        assertProblem(put(ana, id, 999_999_999L, "Irgendwo", 0), 404);
        Api.save(Api.ADMIN, id, "de", first, "Die Fähre fuhr los.", "APPROVED", 0).then().statusCode(200);
        assertProblem(put(ana, id, first, "Darüber getippt", 1), 409);
        Api.User french = Api.createUser("translator");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of("fr")))
                .put("/api/users/{username}", french.username()).then().statusCode(200);
        assertProblem(put(french, id, Api.segmentId(id, 1), "Pas ma langue", 0), 403);
        assertEquals(List.of(), mine(ana, id).getList("text"));
    }

    @Test
    void aConfirmOverErrorsStopsKeepsTheTextAndASecondConfirmGoesThrough() {
        long id = article();
        long second = Api.segmentId(id, 1);
        Api.User ana = Api.createUser("translator");
        Browser browser = Browser.loggedInAs(ana.username(), ana.password()).viaHtmx();
        String url = "/documents/" + id + "/de/segments/" + second + "?status=all&page=1";

        String refused = browser.post(url, "text", "Sie brachte Passagiere heim.", "version", "0", "action", "confirm")
                .then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Not confirmed: the checks found an error"), refused);
        assertTrue(refused.contains("value=\"confirm_anyway\""), "the row offers to confirm anyway");
        assertFalse(Jsoup.parse(refused).text().contains("qaOverride"), "no API field name in the page text");
        assertEquals("NEW", Api.translation(id, "de", second).get("status"));
        assertEquals(List.of("Sie brachte Passagiere heim."), mine(ana, id).getList("text"), "kept unconfirmed");

        browser.post(url, "text", "Sie brachte Passagiere heim.", "version", "0", "action", "confirm_anyway").then()
                .statusCode(200);
        assertEquals(List.of("TRANSLATED", "Sie brachte Passagiere heim."), List.of(
                Api.translation(id, "de", second).get("status"), Api.translation(id, "de", second).get("text")));
        assertEquals(List.of(), mine(ana, id).getList("text"));
    }

    @Test
    void aConflictKeepsTheTypedTextForItsAuthor() {
        long id = article();
        long first = Api.segmentId(id, 0);
        Api.User ana = Api.createUser("translator");
        Api.save(Api.ADMIN, id, "de", first, "Die Fähre fuhr los.", "TRANSLATED", 0).then().statusCode(200);

        Browser.loggedInAs(ana.username(), ana.password()).viaHtmx().post("/documents/" + id + "/de/segments/" + first
                + "?status=all&page=1", "text", "Die Fähre legte ab.", "version", "0", "action", "confirm").then()
                .statusCode(409);
        JsonPath kept = mine(ana, id);
        assertEquals(List.of("Die Fähre legte ab."), kept.getList("text"));
        assertEquals(List.of(0), kept.getList("baseVersion"), "typed over version 0, so a confirm still conflicts");
    }

    private static Response put(Api.User user, long id, long segmentId, String text, int version) {
        return user.request().contentType(ContentType.JSON).body(Map.of("text", text, "version", version))
                .put("/api/documents/{id}/languages/de/translations/{s}/autosave", id, segmentId);
    }

    private static JsonPath mine(Api.User user, long id) {
        return user.request().get("/api/documents/{id}/languages/de/autosaves", id).then().statusCode(200).extract()
                .jsonPath();
    }

    private static long article() {
        long id = Api.importArticle(ARTICLE);
        Api.addLanguage(id, "de");
        return id;
    }
}
