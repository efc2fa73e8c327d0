package org.verso.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** Issue 19: an archived document leaves the lists, stays whole, and comes back when restored. */
@QuarkusTest
class DocumentArchiveTest {

    @Test
    void anArchivedDocumentIsListedOnlyAmongTheArchivedUntilRestored() {
        long id = Api.importArticle("Ships waited at anchor.\n");

        JsonPath archived = asAdmin().post("/api/documents/{id}/archive", id).then().statusCode(200).extract()
                .jsonPath();
        assertNotNull(archived.getString("archived"));
        assertEquals("admin", archived.getString("archivedBy"));
        assertFalse(listed(false).contains(id), "hidden from the list");
        assertTrue(listed(true).contains(id), "listed with archived=true");
        assertEquals(1, Api.segments(id).size(), "otherwise unchanged");

        JsonPath restored = asAdmin().post("/api/documents/{id}/restore", id).then().statusCode(200).extract()
                .jsonPath();
        assertNull(restored.getString("archived"));
        assertTrue(listed(false).contains(id));
        assertFalse(listed(true).contains(id));
    }

    @Test
    void archivingTwiceKeepsTheFirstArchiving() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        String first = asAdmin().post("/api/documents/{id}/archive", id).jsonPath().getString("archived");

        String second = asAdmin().post("/api/documents/{id}/archive", id).then().statusCode(200).extract()
                .jsonPath().getString("archived");

        assertEquals(first, second);
    }

    @Test
    void someoneNotAssignedToEveryLanguageOfTheDocumentMayNotArchiveIt() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Api.addLanguage(id, "de");
        Api.User persian = Api.createUser("translator");
        asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of("fa")))
                .put("/api/users/{username}", persian.username()).then().statusCode(200);

        Api.assertProblem(persian.request().post("/api/documents/{id}/archive", id), 403);

        assertTrue(listed(false).contains(id));
    }

    @Test
    void archivingAnUnknownDocumentIsNotFound() {
        Api.assertProblem(asAdmin().post("/api/documents/{id}/archive", Long.MAX_VALUE), 404);
        Api.assertProblem(asAdmin().post("/api/documents/{id}/restore", Long.MAX_VALUE), 404);
    }

    @Test
    void theDocumentPageArchivesAndRestoresWithPlainForms() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Browser admin = Browser.admin();
        String title = asAdmin().get("/api/documents/{id}", id).jsonPath().getString("title");

        assertEquals(303, admin.post("/documents/" + id + "/archive").statusCode());
        String page = admin.get("/documents/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Archived by admin"), "the page says so");
        assertFalse(admin.get("/documents").asString().contains(title));
        assertTrue(admin.get("/documents?archived=true").asString().contains(title));

        assertEquals(303, admin.post("/documents/" + id + "/restore").statusCode());
        assertTrue(admin.get("/documents").asString().contains(title));
        assertFalse(admin.get("/documents/" + id).asString().contains("Archived by"));
    }

    private static List<Long> listed(boolean archived) {
        return asAdmin().queryParam("archived", archived).get("/api/documents").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
    }
}
