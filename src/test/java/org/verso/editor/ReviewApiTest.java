package org.verso.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/**
 * A reviewer's tools: approve every translated segment without errors at once (the count first), a Confirm that
 * never lowers an approval, and a rejection that needs its reason and puts it in the segment's comments.
 */
@QuarkusTest
class ReviewApiTest {

    private static final String ARTICLE = "The ferry left the harbour at dawn.\n\nIt carried 240 passengers home.\n\n"
            + "The crossing was calm.\n";

    @Test
    void approveCleanApprovesTheTranslatedSegmentsWithoutErrorsAndLeavesTheOthers() {
        long id = translated();
        Api.User reviewer = Api.createUser("reviewer");
        Api.User translator = Api.createUser("translator");

        JsonPath count = reviewer.request().get("/api/documents/{id}/languages/de/review", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(2, 1), List.of(count.getInt("clean"), count.getInt("withErrors")));
        assertProblem(translator.request().post("/api/documents/{id}/languages/de/approve-clean", id), 403);

        JsonPath done = reviewer.request().post("/api/documents/{id}/languages/de/approve-clean", id).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 1), List.of(done.getInt("clean"), done.getInt("withErrors")));
        assertEquals(List.of("APPROVED", "TRANSLATED", "APPROVED"), statuses(id));
        assertEquals("REVIEW", Api.asAdmin().get("/api/documents/{id}/languages/de/translations/{s}/revisions", id,
                Api.segmentId(id, 0)).jsonPath().getString("origin[-1]"));
    }

    @Test
    void aReviewersConfirmOnAnUnchangedApprovalKeepsIt() {
        long id = translated();
        long first = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "de", first, null, "APPROVED", 1).then().statusCode(200);
        Api.User reviewer = Api.createUser("reviewer");

        Browser.loggedInAs(reviewer.username(), reviewer.password()).post("/documents/" + id + "/de/segments/" + first,
                "text", "Die Fähre verließ den Hafen im Morgengrauen.", "version", "2", "action", "confirm")
                .then().statusCode(303);

        assertEquals(List.of("APPROVED", 2), List.of(Api.translation(id, "de", first).get("status"),
                Api.translation(id, "de", first).get("version")));
    }

    @Test
    void aRejectionNeedsItsReasonWhichStartsTheSegmentsComments() {
        long id = translated();
        long first = Api.segmentId(id, 0);
        Api.User reviewer = Api.createUser("reviewer");
        Browser page = Browser.loggedInAs(reviewer.username(), reviewer.password());

        String refused = page.post("/documents/" + id + "/de/segments/" + first, "text",
                "Die Fähre verließ den Hafen im Morgengrauen.", "version", "1", "action", "reject", "comment", " ")
                .then().statusCode(400).extract().asString();
        assertTrue(refused.contains("Say why you reject it"), refused);
        assertEquals("TRANSLATED", Api.translation(id, "de", first).get("status"));

        page.post("/documents/" + id + "/de/segments/" + first, "text", "Die Fähre verließ den Hafen im Morgengrauen.",
                "version", "1", "action", "reject", "comment", "Say 'at first light'.").then().statusCode(303);
        assertEquals("REJECTED", Api.translation(id, "de", first).get("status"));
        assertEquals(List.of("Say 'at first light'."), Api.asAdmin()
                .get("/api/documents/{id}/segments/{s}/comments", id, first).then().statusCode(200).extract()
                .jsonPath().getList("text"));
    }

    @Test
    void anApprovalRefusedForErrorsComesBackInItsRowWithTheTextAndTheErrors() {
        long id = translated();
        long second = Api.segmentId(id, 1);
        Api.User reviewer = Api.createUser("reviewer");
        String typed = "Sie brachte die vielen Fahrgäste nach Hause.";

        Response answer = Browser.loggedInAs(reviewer.username(), reviewer.password()).viaHtmx()
                .post("/documents/" + id + "/de/segments/" + second, "text", typed, "version", "1",
                        "action", "approve");

        assertEquals(400, answer.statusCode());
        String row = answer.asString();
        assertTrue(row.contains(">" + typed + "</textarea>"), row);
        assertTrue(row.contains("role=\"alert\">Not approved: quality checks found an error (listed here)."), row);
        assertTrue(row.contains("The number 240 is missing from the translation"), row);
        assertTrue(row.contains("name=\"qaOverride\""), row);
        assertFalse(row.contains("(qaOverride)"), row);
        assertEquals(List.of("TRANSLATED", 1), List.of(Api.translation(id, "de", second).get("status"),
                Api.translation(id, "de", second).get("version")));
    }

    /** Three segments translated; the second drops its number, an error. */
    private static long translated() {
        long id = Api.importArticle(ARTICLE);
        Api.addLanguage(id, "de");
        List<String> texts = List.of("Die Fähre verließ den Hafen im Morgengrauen.",
                "Sie brachte die Fahrgäste nach Hause.", "Die Überfahrt war ruhig.");
        for (int i = 0; i < texts.size(); i++) {
            Api.save(Api.ADMIN, id, "de", Api.segmentId(id, i), texts.get(i), "TRANSLATED", 0).then().statusCode(200);
        }
        return id;
    }

    private static List<Object> statuses(long id) {
        return Api.asAdmin().get("/api/documents/{id}/languages/de/translations", id).then().statusCode(200)
                .extract().jsonPath().getList("status");
    }
}
