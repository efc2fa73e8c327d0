package org.verso.replace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.job.Jobs;
import org.verso.web.Browser;

/**
 * A replace over approved segments (issue 19): a reviewer's keeps them approved, leaving out, with their errors, those
 * whose new text the quality checks would stop, unless a reason is given; a translator's refuses them one by one with
 * the reason. The rest are replaced either way, and nothing left out is touched.
 */
@QuarkusTest
class ReplaceApprovedTest {

    private static final Map<String, Object> SCHIFF_TO_BOOT = Map.of("find", "Schiff", "replace", "Boot");
    private static final String REASON = "The desk confirmed 41; the source is wrong.";

    /** Three segments: approved over a wrong number (with a reason), translated, approved and clean. */
    private record Desk(long id, long wrong, long translated, long clean) {
    }

    @Test
    void aReviewersReplaceLeavesOutTheApprovalItsErrorsStopAndReplacesTheRest() {
        Desk desk = desk();
        Api.User reviewer = germanUser("reviewer");

        JsonPath done = replace(reviewer, desk, SCHIFF_TO_BOOT, false).then().statusCode(200).extract().jsonPath();

        Map<String, Object> wrong = item(done, desk.wrong());
        assertEquals(true, wrong.get("leftOut"));
        assertTrue(((String) wrong.get("reason")).contains("give a reason"), wrong.toString());
        assertEquals(0, wrong.get("ordinal"));
        assertTrue(((String) wrong.get("proposed")).contains("Boot"), wrong.toString());
        assertEquals(wrong.get("before"), wrong.get("after"), "a segment left out keeps its text");
        assertErrorNamesTheNumber(wrong);
        assertUnchanged(desk, desk.wrong(), "APPROVED", 2);

        assertEquals(false, item(done, desk.translated()).get("leftOut"));
        assertEquals(false, item(done, desk.clean()).get("leftOut"));
        assertTrue(((String) text(desk, desk.translated())).contains("Boot"));
        assertEquals("APPROVED", Api.translation(desk.id(), "de", desk.clean()).get("status"),
                "a reviewer's replace keeps a clean approval");
        assertTrue(((String) text(desk, desk.clean())).contains("Boot"));
    }

    @Test
    void thePreviewListsTheSegmentThatWouldGetErrorsAndSavesNothing() {
        Desk desk = desk();
        Map<String, Object> body = new HashMap<>(Map.of("find", "40", "replace", "41", "preview", true));

        JsonPath preview = replace(Api.ADMIN, desk, body, false).then().statusCode(200).extract().jsonPath();

        Map<String, Object> clean = item(preview, desk.clean());
        assertEquals(true, clean.get("leftOut"), "the changed number would stop the approval: " + clean);
        assertErrorNamesTheNumber(clean);
        assertEquals("Das Schiff kam mit 41 Seeleuten zurück.", clean.get("proposed"));
        assertEquals(1, preview.getList("$").size(), "only the third has the number");
        assertUnchanged(desk, desk.clean(), "APPROVED", 1);
        assertUnchanged(desk, desk.translated(), "TRANSLATED", 1);
    }

    @Test
    void withAReasonEverySegmentIsReplacedAndTheApprovalsStayWithTheReasonInTheirHistory() {
        Desk desk = desk();
        Api.User reviewer = germanUser("reviewer");
        Map<String, Object> body = with(SCHIFF_TO_BOOT, "qaOverride", REASON);

        JsonPath done = replace(reviewer, desk, body, false).then().statusCode(200).extract().jsonPath();

        Map<String, Object> wrong = item(done, desk.wrong());
        assertEquals(false, wrong.get("leftOut"));
        assertNull(wrong.get("reason"));
        assertErrorNamesTheNumber(wrong);
        assertEquals("APPROVED", wrong.get("status"));
        assertEquals(3, wrong.get("version"));
        assertEquals("Das Schiff trug 41 Seeleute.".replace("Schiff", "Boot"), text(desk, desk.wrong()));
        assertEquals("APPROVED", Api.translation(desk.id(), "de", desk.wrong()).get("status"));
        List<Map<String, Object>> revisions = revisions(desk, desk.wrong());
        assertEquals(REASON, revisions.get(revisions.size() - 1).get("qaOverride"));
        assertEquals("REPLACE", revisions.get(revisions.size() - 1).get("origin"));
        assertEquals(List.of(false, false, false), done.getList("leftOut"));
    }

    @Test
    void aTranslatorsReplaceRefusesEachApprovedSegmentWithTheReasonAndReplacesTheRest() {
        Desk desk = desk();
        Api.User translator = germanUser("translator");

        for (boolean preview : List.of(true, false)) {
            JsonPath answer = replace(translator, desk, with(SCHIFF_TO_BOOT, "preview", preview), false).then().statusCode(200).extract().jsonPath();
            for (long approved : List.of(desk.wrong(), desk.clean())) {
                Map<String, Object> refused = item(answer, approved);
                assertEquals(true, refused.get("leftOut"), refused.toString());
                assertTrue(((String) refused.get("reason")).contains("by admin — ask a reviewer to reopen it"),
                        refused.toString());
                assertEquals("APPROVED", refused.get("status"));
            }
            assertEquals(false, item(answer, desk.translated()).get("leftOut"));
        }
        assertUnchanged(desk, desk.wrong(), "APPROVED", 2);
        assertUnchanged(desk, desk.clean(), "APPROVED", 1);
        assertTrue(((String) text(desk, desk.translated())).contains("Boot"));
    }

    @Test
    void aRefusedReplaceWritesNothingAtAll() {
        Desk desk = desk();
        Map<String, Object> body = with(SCHIFF_TO_BOOT, "qaOverride", "x".repeat(2_001));

        Api.assertProblem(replace(Api.ADMIN, desk, body, false), 400);
        Api.assertProblem(replace(Api.ADMIN, desk, body, true), 400);

        assertUnchanged(desk, desk.wrong(), "APPROVED", 2);
        assertUnchanged(desk, desk.translated(), "TRANSLATED", 1);
        assertUnchanged(desk, desk.clean(), "APPROVED", 1);
    }

    @Test
    void aBackgroundReplaceGivesTheSameSummary() {
        Desk desk = desk();
        Api.User reviewer = germanUser("reviewer");

        Response accepted = replace(reviewer, desk, SCHIFF_TO_BOOT, true);
        assertEquals(202, accepted.statusCode(), accepted.asString());
        JsonPath job = Jobs.awaitEnd(reviewer, Jobs.idFromLocation(accepted));

        assertEquals("done", job.getString("state"), job.prettify());
        Map<String, Object> wrong = item(job, "result", desk.wrong());
        assertEquals(true, wrong.get("leftOut"));
        assertErrorNamesTheNumber(wrong);
        assertEquals(List.of(true, false, false), job.getList("result.leftOut"), "in document order");
        assertUnchanged(desk, desk.wrong(), "APPROVED", 2);
        assertTrue(((String) text(desk, desk.translated())).contains("Boot"));

        String page = Browser.loggedInAs(reviewer.username(), reviewer.password())
                .get("/jobs/" + job.getLong("id")).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Replaced in 2 segments") && page.contains("Left unchanged: 1."), page);
        assertTrue(page.contains("Segment 1 left unchanged"), page);
    }

    @Test
    void thePageAsksAReviewerForAReasonAndListsWhatItLeavesUnchanged() {
        Desk desk = desk();
        Browser admin = Browser.admin();
        String form = admin.get("/documents/" + desk.id() + "/replace/de").then().statusCode(200).extract().asString();
        assertTrue(form.contains("Reason to replace despite quality errors"), form);

        String preview = admin.post("/documents/" + desk.id() + "/replace/de", "find", "Schiff", "replace", "Boot",
                "action", "preview").then().statusCode(200).extract().asString();
        assertTrue(preview.contains("2 segments would change"), preview);
        assertTrue(preview.contains("1 segment would be left unchanged"), preview);
        assertTrue(preview.contains("give a reason to replace anyway"), preview);
        assertTrue(preview.contains("class=\"qa-error\""), preview);

        String done = admin.post("/documents/" + desk.id() + "/replace/de", "find", "Schiff", "replace", "Boot",
                "qaOverride", REASON, "action", "replace").then().statusCode(200).extract().asString();
        assertTrue(done.contains("Replaced in 3 segments") && !done.contains("Left unchanged"), done);
        assertTrue(done.contains("kept approved over these quality errors, with your reason"), done);
        assertFalse(done.replaceAll("name=\"qaOverride\"", "").contains("qaOverride"), "no page text names the field");
    }

    @Test
    void aTranslatorsPageNamesWhoApprovedWhatItLeftUnchanged() {
        Desk desk = desk();
        Api.User translator = germanUser("translator");
        Browser browser = Browser.loggedInAs(translator.username(), translator.password());
        String form = browser.get("/documents/" + desk.id() + "/replace/de").then().statusCode(200).extract()
                .asString();
        assertTrue(form.contains("Reason to replace despite quality errors"), "a translated segment can get errors too");

        String done = browser.post("/documents/" + desk.id() + "/replace/de", "find", "Schiff", "replace", "Boot",
                "action", "replace").then().statusCode(200).extract().asString();
        assertTrue(done.contains("Replaced in 1 segment<") && done.contains("Left unchanged: 2 segments"), done);
        assertTrue(done.contains("Approved by admin — ask a reviewer to reopen it."), done);
    }

    /**
     * An article of three sentences, translated into German by the admin: the first approved over a wrong number
     * (version 2, with a reason), the second translated, the third approved without errors. Every German text has
     * "Schiff"; only the third has the number 40.
     */
    @Test
    void aTranslatedSegmentThatWouldGetAnErrorIsListedAndReplacedOnlyWithAReason() {
        long id = Api.importArticle("The crew of 40 waited.\n\nThe crew of 40 ate.\n");
        Api.addLanguage(id, "de");
        long crew = Api.segmentId(id, 0);
        long meal = Api.segmentId(id, 1);
        Api.save(Api.ADMIN, id, "de", crew, "Die 40 Seeleute warteten.", "TRANSLATED", 0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", meal, "Die 40 Seeleute aßen, Seeleute.", "TRANSLATED", 0).then().statusCode(200);
        Desk desk = new Desk(id, crew, meal, meal);
        Api.User translator = germanUser("translator");
        Map<String, Object> typo = Map.of("find", "40 Seeleute warteten", "replace", "4O Seeleute warteten");

        JsonPath preview = replace(translator, desk, with(typo, "preview", true), false).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> item = item(preview, crew);
        assertEquals(true, item.get("leftOut"));
        assertTrue(((String) item.get("reason")).contains("the current one has not"), item.toString());
        assertErrorNamesTheNumber(item);

        replace(translator, desk, typo, false).then().statusCode(200);
        assertEquals("Die 40 Seeleute warteten.", Api.translation(id, "de", crew).get("text"), "left unchanged");

        JsonPath done = replace(translator, desk, with(typo, "qaOverride", "The style guide writes it so here."),
                false).then().statusCode(200).extract().jsonPath();
        assertEquals(false, item(done, crew).get("leftOut"));
        assertEquals("Die 4O Seeleute warteten.", Api.translation(id, "de", crew).get("text"));
    }

    private static Desk desk() {
        String place = "Qx" + Api.letters(8);
        long id = Api.importArticle("The ship from " + place + " carried 40 sailors.\n\nThe ship left " + place
                + " at dawn.\n\nThe ship came back with 40 sailors.");
        Api.addLanguage(id, "de");
        long wrong = Api.segmentId(id, 0);
        long translated = Api.segmentId(id, 1);
        long clean = Api.segmentId(id, 2);
        Api.save(Api.ADMIN, id, "de", wrong, "Das Schiff trug 40 Seeleute.", "TRANSLATED", 0).then().statusCode(200);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("text", "Das Schiff trug 41 Seeleute.", "status",
                "APPROVED", "version", 1, "qaOverride", REASON))
                .put("/api/documents/{id}/languages/de/translations/{s}", id, wrong).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", translated, "Das Schiff verließ " + place + " im Morgengrauen.", "TRANSLATED",
                0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", clean, "Das Schiff kam mit 40 Seeleuten zurück.", "APPROVED", 0)
                .then().statusCode(200);
        return new Desk(id, wrong, translated, clean);
    }

    private static Api.User germanUser(String role) {
        Api.User user = Api.createUser(role);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of("de")))
                .put("/api/users/{username}", user.username()).then().statusCode(200);
        return user;
    }

    private static Response replace(Api.User user, Desk desk, Map<String, Object> body, boolean async) {
        return user.request().contentType(ContentType.JSON).body(new HashMap<>(body)).queryParam("async", async)
                .post("/api/documents/{id}/languages/de/replace", desk.id());
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> more = new HashMap<>(body);
        more.put(key, value);
        return more;
    }

    private static Map<String, Object> item(JsonPath answer, long segmentId) {
        return item(answer, "$", segmentId);
    }

    private static Map<String, Object> item(JsonPath answer, String path, long segmentId) {
        List<Map<String, Object>> items = answer.getList(path);
        return items.stream().filter(i -> ((Number) i.get("segmentId")).longValue() == segmentId).findFirst()
                .orElseThrow(() -> new AssertionError("segment " + segmentId + " not listed: " + items));
    }

    @SuppressWarnings("unchecked")
    private static void assertErrorNamesTheNumber(Map<String, Object> item) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) item.get("errors");
        assertFalse(errors.isEmpty(), item.toString());
        assertTrue(errors.stream().allMatch(e -> "ERROR".equals(e.get("severity"))), item.toString());
        assertTrue(errors.stream().anyMatch(e -> "numbers".equals(e.get("check"))
                && ((String) e.get("message")).contains("4")), item.toString());
    }

    private static void assertUnchanged(Desk desk, long segment, String status, int version) {
        Map<String, Object> now = Api.translation(desk.id(), "de", segment);
        assertEquals(status, now.get("status"), now.toString());
        assertEquals(version, now.get("version"), now.toString());
        assertTrue(((String) now.get("text")).contains("Schiff"), now.toString());
        assertEquals(version, revisions(desk, segment).size(), "no revision was written");
    }

    private static Object text(Desk desk, long segment) {
        return Api.translation(desk.id(), "de", segment).get("text");
    }

    private static List<Map<String, Object>> revisions(Desk desk, long segment) {
        return Api.asAdmin().get("/api/documents/{id}/languages/de/translations/{s}/revisions", desk.id(), segment)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }
}
