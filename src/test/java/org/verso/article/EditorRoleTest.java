package org.verso.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * The desk editor imports articles, adds languages, skips segments, renames and archives; translators and reviewers,
 * even those assigned to every language, no longer may.
 */
@QuarkusTest
class EditorRoleTest {

    private static final Map<String, String> ARTICLE = Map.of("sourceLanguage", "en", "format", "text",
            "content", "Ships waited at anchor.\n\nThe harbour reopened.\n");

    @Test
    void aTranslatorMayNotImportAndAnEditorMay() {
        Api.assertProblem(Api.createUser("translator").request().contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/documents"), 403);
        Api.assertProblem(Api.createUser("reviewer").request().contentType(ContentType.JSON).body(ARTICLE)
                .post("/api/documents"), 403);

        Api.createUser("editor").request().contentType(ContentType.JSON).body(ARTICLE).post("/api/documents")
                .then().statusCode(201);
    }

    @Test
    void onlyAnEditorOrAdminAddsLanguagesRenamesSkipsAndArchives() {
        long id = Api.importArticle("Ships waited at anchor.\n\nThe harbour reopened.\n");
        long segment = Api.segmentId(id, 1);
        Api.User translator = Api.createUser("translator");
        Api.User editor = Api.createUser("editor");

        Api.assertProblem(translator.request().contentType(ContentType.JSON).body(Map.of("language", "ru"))
                .post("/api/documents/{id}/languages", id), 403);
        Api.assertProblem(translator.request().contentType(ContentType.JSON).body(Map.of("title", "Mine"))
                .patch("/api/documents/{id}", id), 403);
        Api.assertProblem(translator.request().contentType(ContentType.JSON).body(Map.of("translatable", false))
                .patch("/api/documents/{id}/segments/{segmentId}", id, segment), 403);
        Api.assertProblem(translator.request().post("/api/documents/{id}/archive", id), 403);

        editor.request().contentType(ContentType.JSON).body(Map.of("language", "ru"))
                .post("/api/documents/{id}/languages", id).then().statusCode(201);
        editor.request().contentType(ContentType.JSON).body(Map.of("title", "Harbour news"))
                .patch("/api/documents/{id}", id).then().statusCode(200);
        editor.request().contentType(ContentType.JSON).body(Map.of("translatable", false))
                .patch("/api/documents/{id}/segments/{segmentId}", id, segment).then().statusCode(200);
        editor.request().post("/api/documents/{id}/archive", id).then().statusCode(200);
    }

    @Test
    void aTranslatorsDocumentPageOffersNoDeskControlsAndAnEditorsDoes() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Api.User translator = Api.createUser("translator");
        Api.User editor = Api.createUser("editor");

        String seen = Browser.loggedInAs(translator.username(), translator.password()).get("/documents/" + id)
                .then().statusCode(200).extract().asString();
        String desk = Browser.loggedInAs(editor.username(), editor.password()).get("/documents/" + id)
                .then().statusCode(200).extract().asString();

        for (String control : new String[] {"/title\"", "/languages\"", "/archive\"", "/translatable\"",
                "href=\"/documents/new\""}) {
            assertFalse(seen.contains(control), control);
            assertTrue(desk.contains(control), control);
        }
    }
}
