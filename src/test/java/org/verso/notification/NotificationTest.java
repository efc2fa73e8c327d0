package org.verso.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.task.TaskStage;

/** Notices each event leaves for the people it concerns, never for the one who acted, and reading them. */
@QuarkusTest
class NotificationTest {

    @Inject
    TaskEvents tasks;

    private static List<Map<String, Object>> notifications(Api.User user) {
        return user.request().get("/api/notifications").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Api.User assigned(String role, String language) {
        Api.User user = Api.createUser(role);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of(language)))
                .put("/api/users/{username}", user.username()).then().statusCode(200);
        return user;
    }

    @Test
    void aRejectionTellsTheTranslatorWithTheCommentAndLinksToTheSegment() {
        long id = Api.importArticle("The ferry left at dawn.\n");
        Api.addLanguage(id, "ru");
        long segment = Api.segmentId(id, 0);
        Api.User translator = assigned("translator", "ru");
        Api.User reviewer = assigned("reviewer", "ru");
        Api.save(translator, id, "ru", segment, "Паром ушёл на закате.", "TRANSLATED", 0).then().statusCode(200);

        reviewer.request().contentType(ContentType.JSON).body(Map.of("status", "REJECTED", "version", 1,
                "comment", "Dawn, not sunset."))
                .put("/api/documents/{id}/languages/ru/translations/{segmentId}", id, segment).then().statusCode(200);

        List<Map<String, Object>> mine = notifications(translator);
        assertEquals(1, mine.size(), mine.toString());
        Map<String, Object> notice = mine.get(0);
        assertEquals("segment_rejected", notice.get("type"));
        assertEquals(false, notice.get("read"));
        String text = (String) notice.get("text");
        assertTrue(text.startsWith(reviewer.username() + " rejected your translation of segment 1 of “")
                && text.endsWith("(ru): Dawn, not sunset."), text);
        assertEquals("/documents/" + id + "/ru?status=rejected#seg-" + segment, notice.get("link"));
        assertEquals(List.of(), notifications(reviewer), "the reviewer is not told of their own rejection");
    }

    @Test
    void aMentionTellsThePersonNamedButNotTheAuthorNamingThemselves() {
        long id = Api.importArticle("Rain closed the roads.\n");
        long segment = Api.segmentId(id, 0);
        Api.User named = Api.createUser("translator");
        Api.User author = Api.createUser("editor");

        author.request().contentType(ContentType.JSON).body(Map.of("text", "@" + named.username()
                + " please check the term; @" + author.username() + " will wait."))
                .post("/api/documents/{id}/segments/{segmentId}/comments", id, segment).then().statusCode(201);

        List<Map<String, Object>> mine = notifications(named);
        assertEquals(List.of("mention"), mine.stream().map(n -> n.get("type")).toList());
        assertTrue(((String) mine.get(0).get("text")).startsWith(author.username() + " mentioned you on “"));
        assertEquals("/documents/" + id + "/segments/" + segment + "/comments", mine.get(0).get("link"));
        assertEquals(List.of(), notifications(author));
    }

    @Test
    void taskEventsTellAssigneeReviewerAndBothWhenOverdueNewestFirst() {
        Api.User translator = Api.createUser("translator");
        Api.User reviewer = Api.createUser("reviewer");
        Api.User editor = Api.createUser("editor");

        tasks.assign(7, "tg", translator.username(), editor.username());
        tasks.assign(7, "tg", editor.username(), editor.username());
        tasks.stage(7, "tg", TaskStage.TRANSLATING, TaskStage.REVIEW, translator.username(), reviewer.username(),
                translator.username());
        tasks.stage(7, "tg", TaskStage.REVIEW, TaskStage.DONE, translator.username(), reviewer.username(),
                reviewer.username());
        tasks.overdue(7, "tg", translator.username(), reviewer.username());

        assertEquals(List.of("task_overdue", "task_assigned"),
                notifications(translator).stream().map(n -> n.get("type")).toList());
        assertEquals(List.of("task_overdue", "ready_for_review"),
                notifications(reviewer).stream().map(n -> n.get("type")).toList());
        assertEquals(List.of(), notifications(editor), "nobody hears about their own assignment");
        // ICU's English date (CLDR puts a narrow no-break space before PM).
        assertEquals("You are the translator of “Storm report” in tg, due Jan 2, 2030, 2:00\u202fPM UTC (assigned by "
                + editor.username() + ").", notifications(translator).get(1).get("text"));
        assertEquals("/documents/7/tg?status=translated", notifications(reviewer).get(1).get("link"));
    }

    @Test
    void theEditorsRejectTellsTheTranslatorOnceAndThePageMarksItRead() {
        long id = Api.importArticle("Snow fell on the pass.\n");
        Api.addLanguage(id, "ru");
        long segment = Api.segmentId(id, 0);
        Api.User translator = assigned("translator", "ru");
        Api.User reviewer = assigned("reviewer", "ru");
        Api.save(translator, id, "ru", segment, "Снег шёл в долине.", "TRANSLATED", 0).then().statusCode(200);

        Browser.loggedInAs(reviewer.username(), reviewer.password()).post("/documents/" + id + "/ru/segments/"
                + segment, "text", "Снег шёл в долине.", "version", "1", "action", "reject", "comment",
                "On the pass, not in the valley.").then().statusCode(303);

        List<Map<String, Object>> mine = notifications(translator);
        assertEquals(List.of("segment_rejected"), mine.stream().map(n -> n.get("type")).toList());
        assertTrue(((String) mine.get(0).get("text")).endsWith(": On the pass, not in the valley."));
        Browser page = Browser.loggedInAs(translator.username(), translator.password());
        assertTrue(page.get("/notifications/bell").asString().contains("1<span class=\"visually-hidden\"> unread"));
        var marked = page.viaHtmx().post("/notifications/" + mine.get(0).get("id") + "/read");
        assertEquals(List.of(200, "verso-notifications"), List.of(marked.statusCode(), marked.header("HX-Trigger")));
        assertTrue(marked.asString().contains("class=\"read\""), marked.asString());
        assertEquals("Notifications", page.get("/notifications/bell").asString());
    }

    /**
     * Until they choose a new password a person gets only the password page, and an htmx request is sent there
     * with HX-Redirect: a bell asking for its count would reload the page for ever.
     */
    @Test
    void thePasswordPageAfterAResetHasNoBellToAsk() {
        Api.User user = Api.createUser("translator");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "temporary-password-1"))
                .post("/api/users/{username}/reset-password", user.username()).then().statusCode(200);

        Browser reset = Browser.loggedInAs(user.username(), "temporary-password-1");

        String page = reset.get("/profile/password").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Choose a new one") && !page.contains("/notifications/bell"), page);
        assertTrue(Browser.admin().get("/documents/new").asString().contains("hx-get=\"/notifications/bell\""));
    }

    @Test
    void markingReadWorksOnlyOnYourOwn() {
        Api.User translator = Api.createUser("translator");
        Api.User other = Api.createUser("translator");
        tasks.assign(8, "fa", translator.username(), "admin");
        long id = ((Number) notifications(translator).get(0).get("id")).longValue();

        Api.assertProblem(other.request().post("/api/notifications/{id}/read", id), 404);
        translator.request().post("/api/notifications/{id}/read", id).then().statusCode(204);

        assertEquals(true, notifications(translator).get(0).get("read"));
        translator.request().get("/notifications/bell").then().statusCode(200)
                .body(org.hamcrest.Matchers.equalTo("Notifications"));
    }
}
