package org.verso.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** Issue 19: an admin deletes a document; what was written moves to the archive tables, the rest goes. */
@QuarkusTest
class DocumentDeletionTest {

    @Inject
    EntityManager em;

    @Test
    void anAdminDeletesADocumentAndItsTranslationsAndHistoryMoveToTheArchive() {
        String sentence = "Ships waited at " + Api.letters(10) + " anchor.";
        long id = Api.importArticle(sentence + "\n");
        Api.addLanguage(id, "de");
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "de", segment, "Schiffe warteten.", "TRANSLATED", 0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", segment, "Schiffe lagen vor Anker.", "APPROVED", 1).then().statusCode(200);

        asAdmin().delete("/api/documents/{id}", id).then().statusCode(204);

        Api.assertProblem(asAdmin().get("/api/documents/{id}", id), 404);
        Api.assertProblem(asAdmin().get("/api/documents/{id}/segments", id), 404);
        assertFalse(asAdmin().get("/api/documents").jsonPath().getList("id", Long.class).contains(id));
        assertFalse(asAdmin().queryParam("archived", true).get("/api/documents").jsonPath().getList("id", Long.class)
                .contains(id));
        assertEquals(sentence, em.createNativeQuery("SELECT source_text FROM archived_segment WHERE id = ?1")
                .setParameter(1, segment).getSingleResult());
        assertEquals("Schiffe lagen vor Anker.", em.createNativeQuery("SELECT text FROM archived_translation "
                + "WHERE segment_id = ?1").setParameter(1, segment).getSingleResult());
        assertEquals(2L, count("SELECT COUNT(*) FROM archived_revision r JOIN archived_translation t "
                + "ON t.id = r.translation_id WHERE t.segment_id = ?1", segment), "both revisions are archived");
        assertEquals(0L, count("SELECT COUNT(*) FROM translation WHERE document_id = ?1", id));
        assertEquals(0L, count("SELECT COUNT(*) FROM segment WHERE document_id = ?1", id));
        assertEquals(0L, count("SELECT COUNT(*) FROM document_language WHERE document_id = ?1", id));
    }

    @Test
    void onlyAnAdminMayDelete() {
        long id = Api.importArticle("Ships waited at anchor.\n");

        Api.assertProblem(Api.createUser("reviewer").request().delete("/api/documents/{id}", id), 403);
        Api.assertProblem(Api.createUser("translator").request().delete("/api/documents/{id}", id), 403);

        asAdmin().get("/api/documents/{id}", id).then().statusCode(200);
    }

    @Test
    void deletingAnUnknownOrDeletedDocumentIsNotFound() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        asAdmin().delete("/api/documents/{id}", id).then().statusCode(204);

        Api.assertProblem(asAdmin().delete("/api/documents/{id}", id), 404);
        Api.assertProblem(asAdmin().delete("/api/documents/{id}", Long.MAX_VALUE), 404);
    }

    @Test
    void theDocumentPageDeletesOnlyAfterTheConfirmationPage() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Browser admin = Browser.admin();
        assertTrue(admin.get("/documents/" + id).asString().contains("/documents/" + id + "/delete"));

        String confirmation = admin.get("/documents/" + id + "/delete").then().statusCode(200).extract().asString();
        Response unconfirmed = admin.post("/documents/" + id + "/delete");
        assertEquals(400, unconfirmed.statusCode());
        assertTrue(unconfirmed.asString().contains("Nothing was deleted"), unconfirmed.asString());
        asAdmin().get("/api/documents/{id}", id).then().statusCode(200);

        Response confirmed = admin.post("/documents/" + id + "/delete", "confirm", "delete");

        assertTrue(confirmation.contains("name=\"confirm\" value=\"delete\""), confirmation);
        assertEquals(303, confirmed.statusCode());
        assertEquals("/documents", Browser.locationPath(confirmed));
        assertEquals(404, admin.get("/documents/" + id).statusCode());
    }

    @Test
    void theDeleteButtonIsOnlyShownToAdmins() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Api.User reviewer = Api.createUser("reviewer");

        String page = Browser.loggedInAs(reviewer.username(), reviewer.password()).get("/documents/" + id).asString();

        assertFalse(page.contains("/documents/" + id + "/delete"), "no Delete… for a reviewer");
    }

    private long count(String sql, long parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
