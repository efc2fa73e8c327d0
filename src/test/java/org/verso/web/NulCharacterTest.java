package org.verso.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** PostgreSQL text cannot hold U+0000; every field that stores what a person typed answers 400 for it on both DBs. */
@QuarkusTest
class NulCharacterTest {

    @Test
    void aTranslationWithANulCharacterIsRefused() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Api.addLanguage(id, "de");

        Api.assertProblem(Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 0), "Schiffe\u0000warteten.", "DRAFT", 0),
                400);
    }

    @Test
    void aGlossaryTermWithANulCharacterIsRefused() {
        Api.assertProblem(Api.asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en",
                "targetLanguage", "de", "sourceTerm", "harbour\u0000", "targetTerm", "Hafen")).post("/api/glossary"), 400);
    }

    /** A comment was stored with its NUL on H2, and PostgreSQL refused it with a 500. */
    @Test
    void aCommentWithANulCharacterIsRefused() {
        long id = Api.importArticle("Ships waited at anchor.\n");

        Api.assertProblem(Api.asAdmin().contentType(ContentType.JSON).body(Map.of("text", "Check\u0000this"))
                .post("/api/documents/{id}/segments/{segmentId}/comments", id, Api.segmentId(id, 0)), 400);
    }

    @Test
    void anArticleWithANulCharacterIsRefused() {
        Api.assertProblem(Api.postDocument(Map.of("title", "Port news", "sourceLanguage", "en", "format", "text",
                "content", "Ships\u0000 waited.")), 400);
    }

    @Test
    void aTitleWithANulCharacterIsRefused() {
        long id = Api.importArticle("Ships waited at anchor.\n");

        Api.assertProblem(Api.asAdmin().contentType(ContentType.JSON).body(Map.of("title", "Port\u0000news"))
                .patch("/api/documents/{id}", id), 400);
        Api.assertProblem(Api.postDocument(Map.of("title", "Port\u0000news", "sourceLanguage", "en", "content",
                "Ships waited.")), 400);
    }
}
