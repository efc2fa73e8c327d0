package org.verso.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;
import static org.verso.Api.letters;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** A new version of an article's source: what its segments and their translations become. */
@QuarkusTest
class SourceVersionsTest {

    @Inject
    EntityManager em;

    private String headline;
    private String kept;
    private String edited;
    private String editedAgain;
    private String removed;
    private String added;
    private String second;
    private long documentId;

    @BeforeEach
    void importAndTranslate() {
        headline = "Council " + letters(8) + " votes";
        kept = "The council met in " + letters(9) + " on a rainy evening.";
        edited = "Members argued about the " + letters(7) + " budget for hours.";
        editedAgain = edited.replace("for hours", "for three long hours");
        removed = "A " + letters(8) + " spokesman declined to comment.";
        added = "Residents may send " + letters(10) + " letters until spring.";
        second = "The vote on " + letters(8) + " follows next month.";
        documentId = Api.importArticle(headline + "\n\n" + kept + " " + edited + " " + removed + "\n\n" + second);
        Api.addLanguage(documentId, "de");
        for (Map<String, Object> segment : Api.segments(documentId)) {
            long id = ((Number) segment.get("id")).longValue();
            Api.save(Api.ADMIN, documentId, "de", id, "DE " + segment.get("source"), "TRANSLATED", 0)
                    .then().statusCode(200);
        }
    }

    @Test
    void unchangedKeepTranslationsChangedBecomeFuzzyAddedStartEmptyRemovedAreArchived() {
        List<Map<String, Object>> before = Api.segments(documentId);
        long keptId = idOf(before, kept);
        long editedId = idOf(before, edited);
        long removedId = idOf(before, removed);
        int editedVersion = (Integer) Api.translation(documentId, "de", editedId).get("version");

        JsonPath answer = postVersion(headline + "\n\n" + kept + " " + editedAgain + " " + added + "\n\n" + second)
                .then().statusCode(201).header("Location", containsString("/api/documents/" + documentId + "/versions/2"))
                .extract().jsonPath();
        assertEquals(2, answer.getInt("version"));
        assertEquals(3, answer.getInt("unchanged"));
        assertEquals(1, answer.getInt("changed"));
        assertEquals(1, answer.getInt("added"));
        assertEquals(1, answer.getInt("removed"));

        List<Map<String, Object>> after = Api.segments(documentId);
        assertEquals(List.of(headline, kept, editedAgain, added, second),
                after.stream().map(s -> s.get("source")).toList());
        assertEquals(keptId, idOf(after, kept));
        assertEquals(editedId, idOf(after, editedAgain), "an edited sentence keeps its segment");
        for (int i = 0; i < after.size(); i++) {
            assertEquals(i, after.get(i).get("ordinal"));
        }

        assertEquals("TRANSLATED", Api.translation(documentId, "de", keptId).get("status"));
        Map<String, Object> fuzzy = Api.translation(documentId, "de", editedId);
        assertEquals("FUZZY", fuzzy.get("status"));
        assertEquals("DE " + edited, fuzzy.get("text"), "the old translation stays for the translator to adapt");
        assertEquals(editedVersion + 1, fuzzy.get("version"));
        Api.save(Api.ADMIN, documentId, "de", editedId, "stale", "TRANSLATED", editedVersion).then().statusCode(409);
        Map<String, Object> fresh = Api.translation(documentId, "de", idOf(after, added));
        assertEquals("NEW", fresh.get("status"));

        List<Map<String, Object>> translations = asAdmin()
                .get("/api/documents/{id}/languages/de/translations", documentId).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertEquals(after.stream().map(s -> s.get("id")).toList(),
                translations.stream().map(t -> t.get("segmentId")).toList(), "translations follow the new order");

        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM archived_segment WHERE id = ?1")
                .setParameter(1, removedId).getSingleResult()).longValue());
        assertEquals("DE " + removed, em.createNativeQuery("SELECT text FROM archived_translation WHERE segment_id = ?1")
                .setParameter(1, removedId).getSingleResult());
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM archived_revision r JOIN "
                + "archived_translation t ON t.id = r.translation_id WHERE t.segment_id = ?1")
                .setParameter(1, removedId).getSingleResult()).longValue(), "the revision history is archived too");

        JsonPath document = asAdmin().get("/api/documents/{id}", documentId).then().statusCode(200).extract().jsonPath();
        assertEquals(5, document.getInt("segmentCount"));
        assertEquals(2, document.getInt("sourceVersion"));
    }

    @Test
    void versionsListAndWhatChanged() {
        postVersion(headline + "\n\n" + kept + " " + editedAgain + " " + added + "\n\n" + second).then().statusCode(201);
        JsonPath versions = asAdmin().get("/api/documents/{id}/versions", documentId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(1, 2), versions.getList("version"));
        assertEquals(5, versions.getInt("[0].added"), "version 1 is the import: all its segments were added");

        JsonPath detail = asAdmin().get("/api/documents/{id}/versions/2", documentId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("changed", "removed", "added"), detail.getList("changes.change"));
        assertEquals(edited, detail.getString("changes[0].oldText"));
        assertEquals(editedAgain, detail.getString("changes[0].newText"));
        assertEquals(removed, detail.getString("changes[1].oldText"));

        String editor = Browser.admin().get("/documents/" + documentId + "/de").then().statusCode(200)
                .extract().asString();
        assertEquals(true, editor.contains("The source changed in version 2"), "the editor shows the change");
        assertEquals(true, editor.contains("<ins>three long </ins>") || editor.contains("<ins>three long</ins>"));
        String page = Browser.admin().get("/documents/" + documentId + "/versions/2").then().statusCode(200)
                .extract().asString();
        assertEquals(true, page.contains("<ins>three long </ins>") || page.contains("<ins>three long</ins>"), page);
        assertEquals(true, page.contains("<del>" + removed + "</del>"), page);
    }

    @Test
    void anUnchangedVersionChangesNothing() {
        JsonPath answer = postVersion(headline + "\n\n" + kept + " " + edited + " " + removed + "\n\n" + second)
                .then().statusCode(201).extract().jsonPath();
        assertEquals(5, answer.getInt("unchanged"));
        assertEquals(0, answer.getInt("changed") + answer.getInt("added") + answer.getInt("removed"));
        Api.segments(documentId).forEach(s -> assertEquals("TRANSLATED",
                Api.translation(documentId, "de", ((Number) s.get("id")).longValue()).get("status")));
    }

    @Test
    void badVersionsAreRefusedAndChangeNothing() {
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "fr", "format", "text",
                "content", added)).post("/api/documents/{id}/versions", documentId), 400);
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("format", "text", "content", " "))
                .post("/api/documents/{id}/versions", documentId), 400);
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("format", "odt", "content", added))
                .post("/api/documents/{id}/versions", documentId), 400);
        assertProblem(asAdmin().contentType(ContentType.JSON).body(Map.of("format", "text", "content", added))
                .post("/api/documents/{id}/versions", Long.MAX_VALUE), 404);
        assertProblem(asAdmin().get("/api/documents/{id}/versions/7", documentId), 404);
        assertEquals(List.of(1), asAdmin().get("/api/documents/{id}/versions", documentId).then().statusCode(200)
                .extract().jsonPath().getList("version"));
        assertEquals(5, Api.segments(documentId).size());
    }

    @Test
    void aNewVersionCanBeUploadedFromThePage() {
        String page = Browser.admin().get("/documents/" + documentId + "/versions").then().statusCode(200)
                .extract().asString();
        assertEquals(true, page.contains("Import version 2"), page);
        Browser.admin().postMultipart("/documents/" + documentId + "/versions", "format", "text",
                        "content", headline + "\n\n" + kept + " " + edited + "\n\n" + second)
                .then().statusCode(303).header("Location", containsString("/documents/" + documentId + "/versions/2"));
        assertEquals(4, Api.segments(documentId).size());
    }

    private io.restassured.response.Response postVersion(String content) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("format", "text", "content", content))
                .post("/api/documents/{id}/versions", documentId);
    }

    private static long idOf(List<Map<String, Object>> segments, String source) {
        return segments.stream().filter(s -> source.equals(s.get("source"))).map(s -> ((Number) s.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no segment " + source + " in " + segments));
    }
}
