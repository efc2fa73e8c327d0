package org.verso.translation;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.account.User;

/** A segment's revisions through the API, reverting to one, and the history page's word-level comparison. */
@QuarkusTest
class RevisionApiTest {

    private static final String PATH = "/api/documents/{id}/languages/de/translations/{s}/revisions";

    @Test
    void revisionsListVersionTextStatusUserAndTime() {
        long id = Api.importArticle(EditorBrowserTest.sentence());
        Api.addLanguage(id, "de");
        long segment = Api.segmentId(id, 0);
        Api.User translator = Api.createUser("translator");
        Api.save(translator, id, "de", segment, "Erster Entwurf hier.", "DRAFT", 0).then().statusCode(200);
        Api.save(translator, id, "de", segment, "Zweiter Entwurf hier.", "TRANSLATED", 1).then().statusCode(200);

        JsonPath history = Api.asAdmin().get(PATH, id, segment).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2), history.getList("version"));
        assertEquals(List.of("Erster Entwurf hier.", "Zweiter Entwurf hier."), history.getList("text"));
        assertEquals(List.of("DRAFT", "TRANSLATED"), history.getList("status"));
        assertEquals(List.of(translator.username(), translator.username()), history.getList("user"));
        assertNotNull(history.getString("[0].at"));
    }

    @Test
    void revertBringsBackAnOldTextAsANewRevision() {
        long id = Api.importArticle(EditorBrowserTest.sentence());
        Api.addLanguage(id, "de");
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "de", segment, "Der alte Satz hier.", "TRANSLATED", 0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", segment, "Der neue Satz hier.", "DRAFT", 1).then().statusCode(200);

        Api.asAdmin().post(PATH + "/1/revert", id, segment).then().statusCode(200);

        JsonPath history = Api.asAdmin().get(PATH, id, segment).then().extract().jsonPath();
        assertEquals(List.of(1, 2, 3), history.getList("version"));
        assertEquals("Der alte Satz hier.", history.getString("[2].text"));
        assertEquals("TRANSLATED", history.getString("[2].status"));
        assertEquals("reverted to version 1", history.getString("[2].comment"));
    }

    @Test
    void aTranslatorRevertingToAnApprovedTextGetsItAsTranslated() {
        long id = Api.importArticle(EditorBrowserTest.sentence());
        Api.addLanguage(id, "de");
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "de", segment, "Genehmigter Satz hier.", "APPROVED", 0).then().statusCode(200);
        Api.User translator = Api.createUser("translator");
        Api.save(Api.ADMIN, id, "de", segment, "Anderer Satz hier.", "DRAFT", 1).then().statusCode(200);

        translator.request().post(PATH + "/1/revert", id, segment).then().statusCode(200);

        assertEquals("TRANSLATED", Api.translation(id, "de", segment).get("status"));
    }

    @Test
    void revertToAMissingVersionIsNotFound() {
        long id = Api.importArticle(EditorBrowserTest.sentence());
        Api.addLanguage(id, "de");
        assertProblem(Api.asAdmin().post(PATH + "/7/revert", id, Api.segmentId(id, 0)), 404);
    }

    @Test
    void historyPageMarksTheWordsThatChangedBetweenTwoRevisions() {
        long id = Api.importArticle(EditorBrowserTest.sentence());
        Api.addLanguage(id, "de");
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "de", segment, "Das rote Haus steht.", "DRAFT", 0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", segment, "Das blaue Haus steht.", "DRAFT", 1).then().statusCode(200);

        Browser.admin().get("/documents/" + id + "/history/de/" + segment + "?from=1&to=2").then()
                .statusCode(200).body(containsString("<del>rote</del><ins>blaue</ins>"));
    }
}
