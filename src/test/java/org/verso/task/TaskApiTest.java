package org.verso.task;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.web.Browser;

/** Tasks through the API and the document page's forms: assignees, due times, stages, My work, the desk. */
@QuarkusTest
class TaskApiTest {

    private static final String ARTICLE = "Ships waited at anchor.\n\nThe port stayed closed.\n\nFerries sailed again.\n";
    private static final List<String> RUSSIAN = List.of("Корабли ждали на якоре.", "Порт оставался закрытым.",
            "Паромы снова вышли в море.");

    @Inject
    TaskEvents events;

    @Inject
    OverdueCheck overdueCheck;

    @Test
    void anEditorSetsATaskAndEveryReaderReadsItBack() {
        long id = article("ru");
        Api.User translator = assigned("translator", "ru");
        Api.User reviewer = assigned("reviewer", "ru");
        Api.User editor = Api.createUser("editor");

        JsonPath put = putTask(editor, id, "ru", task(translator.username(), reviewer.username(),
                "2030-01-02T14:00:00Z", "breaking")).then().statusCode(200).extract().jsonPath();
        JsonPath got = translator.request().get("/api/documents/{id}/languages/ru/task", id).then().statusCode(200)
                .extract().jsonPath();

        for (JsonPath task : List.of(put, got)) {
            assertEquals(List.of(translator.username(), reviewer.username(), "2030-01-02T14:00:00Z", "breaking",
                    "translating"), List.of(task.getString("translator"), task.getString("reviewer"),
                    task.getString("due"), task.getString("priority"), task.getString("stage")));
        }
        assertEquals(List.of("translator:" + translator.username(), "reviewer:" + reviewer.username()),
                events.assignments(id, "ru").stream().map(a -> a.role() + ":" + a.username()).toList());
    }

    @Test
    void dueTimesAreShownAndReadInThePersonsTimeZone() {
        long id = article("ru");
        Api.User editor = Api.createUser("editor");
        editor.request().contentType(ContentType.JSON).body(Map.of("timeZone", "Europe/Moscow")).put("/api/me")
                .then().statusCode(200);
        putTask(editor, id, "ru", task(null, null, "2030-01-02T14:00:00Z", null)).then().statusCode(200);

        String page = editor.request().header("HX-Request", "true").get("/documents/{id}/tasks", id).then()
                .statusCode(200).extract().asString();
        editor.request().contentType(ContentType.URLENC).formParam("language", "ru").formParam("due", "2030-01-03T09:30")
                .redirects().follow(false).post("/documents/{id}/tasks", id).then().statusCode(303);

        // ICU's English date in the person's zone (CLDR puts a narrow no-break space before PM).
        assertTrue(page.contains("Jan 2, 2030, 5:00\u202fPM Europe/Moscow"), page);
        assertEquals("2030-01-03T06:30:00Z", task(id, "ru").getString("due"));
    }

    @Test
    void anAssigneeWithoutTheLanguageIsRefusedNamingBothAndNothingChanges() {
        long id = article("ru");
        Api.User persian = assigned("translator", "fa");

        String detail = Api.assertProblem(putTask(Api.ADMIN, id, "ru", task(persian.username(), null, null, null)),
                400).getString("detail");
        JsonPath task = Api.asAdmin().get("/api/documents/{id}/languages/ru/task", id).then().statusCode(200)
                .extract().jsonPath();

        assertTrue(detail.contains(persian.username()) && detail.contains("(ru)"), detail);
        assertEquals(List.of("normal", "translating"), List.of(task.getString("priority"), task.getString("stage")));
        assertEquals(null, task.getString("translator"));
        Api.assertProblem(putTask(Api.ADMIN, id, "ru", task(null, null, "tomorrow", null)), 400);
        Api.assertProblem(putTask(Api.ADMIN, id, "ru", task(null, null, null, "urgent")), 400);
        Api.assertProblem(putTask(Api.ADMIN, id, "de", task(null, null, null, null)), 404);
    }

    @Test
    void theStageFollowsAWholeArticleThroughReviewARejectionAndApproval() {
        long id = article("ru");
        Api.User translator = assigned("translator", "ru");
        Api.User reviewer = assigned("reviewer", "ru");
        putTask(Api.ADMIN, id, "ru", task(translator.username(), reviewer.username(), null, null))
                .then().statusCode(200);
        List<Long> segments = List.of(Api.segmentId(id, 0), Api.segmentId(id, 1), Api.segmentId(id, 2));

        for (int i = 0; i < 3; i++) {
            Api.save(translator, id, "ru", segments.get(i), RUSSIAN.get(i), "TRANSLATED", 0).then().statusCode(200);
        }
        assertEquals("review", stage(id));
        Api.save(reviewer, id, "ru", segments.get(0), null, "APPROVED", 1).then().statusCode(200);
        Api.save(reviewer, id, "ru", segments.get(1), null, "REJECTED", 1).then().statusCode(200);
        assertEquals("translating", stage(id));
        Api.save(translator, id, "ru", segments.get(1), "Порт был закрыт.", "TRANSLATED", 2).then().statusCode(200);
        Api.save(reviewer, id, "ru", segments.get(1), null, "APPROVED", 3).then().statusCode(200);
        Api.save(reviewer, id, "ru", segments.get(2), null, "APPROVED", 1).then().statusCode(200);

        assertEquals("done", stage(id));
        assertEquals(List.of("ru:translating→review", "ru:review→translating", "ru:translating→review",
                "ru:review→done"), events.stages(id, "ru"));
    }

    /**
     * A save that changes no status (a draft saved again, the usual save) leaves every count and so the stage as it
     * was: it neither recounts nor waits for the task row, which would queue every save of the language behind one
     * another. Here another transaction holds that row throughout; before, the save waited for it until H2's lock
     * timeout and failed. A save that does change a status still recounts after the row is free.
     */
    @Test
    void aSaveThatChangesNoStatusDoesNotWaitForTheTaskRow() throws Exception {
        long id = article("ru");
        Api.User translator = assigned("translator", "ru");
        long segment = Api.segmentId(id, 0);
        Api.save(translator, id, "ru", segment, RUSSIAN.get(0), "DRAFT", 0).then().statusCode(200);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            TaskStages.locked(id, "ru");
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        try {
            Api.save(translator, id, "ru", segment, "Корабли стояли на якоре.", "DRAFT", 1).then().statusCode(200)
                    .body("version", equalTo(2));
        } finally {
            release.countDown();
            holder.join();
        }
        Api.save(translator, id, "ru", segment, "Корабли стояли на якоре.", "TRANSLATED", 2).then().statusCode(200);
        Api.save(translator, id, "ru", Api.segmentId(id, 1), RUSSIAN.get(1), "TRANSLATED", 0).then().statusCode(200);
        Api.save(translator, id, "ru", Api.segmentId(id, 2), RUSSIAN.get(2), "TRANSLATED", 0).then().statusCode(200);
        assertEquals("review", stage(id));
    }

    @Test
    void myTasksListOpenTasksByDueAndAPastDueIsOverdueAndAnnouncedOnce() {
        Api.User translator = assigned("translator", "ru");
        Instant past = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        long late = article("ru");
        long later = article("ru");
        long undated = article("ru");
        putTask(Api.ADMIN, later, "ru", task(translator.username(), null, "2031-05-01T08:00:00Z", null));
        putTask(Api.ADMIN, undated, "ru", task(translator.username(), null, null, "low"));
        putTask(Api.ADMIN, late, "ru", task(translator.username(), null, past.toString(), null));

        List<Map<String, Object>> mine = translator.request().get("/api/me/tasks").then().statusCode(200).extract()
                .jsonPath().getList("$");
        overdueCheck.fireOverdue(Instant.now());
        overdueCheck.fireOverdue(Instant.now());

        assertEquals(List.of(late, later, undated), mine.stream().map(t -> ((Number) t.get("documentId"))
                .longValue()).toList());
        assertEquals(List.of(true, false, false), mine.stream().map(t -> t.get("overdue")).toList());
        assertEquals(List.of("ru", "translating", "normal", 0), List.of(mine.get(0).get("language"),
                mine.get(0).get("stage"), mine.get(0).get("priority"), mine.get(0).get("progress")));
        assertEquals(1, events.overdue(late, "ru").size());
        assertEquals(List.of(), events.overdue(later, "ru"));
        putTask(Api.ADMIN, late, "ru", task(translator.username(), null, past.plusSeconds(60).toString(), null));
        overdueCheck.fireOverdue(Instant.now());
        assertEquals(2, events.overdue(late, "ru").size(), "a new due time missed again is announced again");
        List<Map<String, Object>> desk = Api.asAdmin().queryParam("overdue", true).get("/api/desk").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.documentId == " + late + " }.languages[0]");
        assertEquals(List.of(translator.username(), true), List.of(desk.get(0).get("translator"),
                desk.get(0).get("overdue")));
    }

    @Test
    void languagesAddedTogetherGetTheirTaskFromTheApiBodyAndTheForm() {
        long id = Api.importArticle(ARTICLE);
        Api.User russian = assigned("translator", "ru");
        Map<String, Object> body = new HashMap<>(task(russian.username(), null, "2030-03-01T10:00:00Z", "breaking"));
        body.put("language", "ru");
        Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/documents/{id}/languages", id)
                .then().statusCode(201);
        Browser.admin().post("/documents/" + id + "/languages", "language", "tg, fa uz", "due", "2030-03-01T12:00",
                "priority", "low").then().statusCode(303);
        Browser.admin().post("/documents/" + id + "/tasks", "language", "tg", "language", "fa", "priority",
                "breaking").then().statusCode(303);

        assertEquals(List.of(russian.username(), "breaking", "2030-03-01T10:00:00Z"), List.of(
                task(id, "ru").getString("translator"), task(id, "ru").getString("priority"),
                task(id, "ru").getString("due")));
        assertEquals(List.of("breaking", "breaking", "low"), List.of(task(id, "tg").getString("priority"),
                task(id, "fa").getString("priority"), task(id, "uz").getString("priority")));
        assertEquals("2030-03-01T12:00:00Z", task(id, "uz").getString("due"), "the admin has no time zone: UTC");
        String page = Browser.admin().viaHtmx().get("/documents/" + id + "/tasks").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains(russian.username()) && page.contains("Assign ticked languages"), page);
    }

    private static String stage(long id) {
        return task(id, "ru").getString("stage");
    }

    private static JsonPath task(long id, String language) {
        return Api.asAdmin().get("/api/documents/{id}/languages/{lang}/task", id, language).then().statusCode(200)
                .extract().jsonPath();
    }

    private static long article(String language) {
        long id = Api.importArticle(ARTICLE);
        Api.addLanguage(id, language);
        return id;
    }

    private static Map<String, Object> task(String translator, String reviewer, String due, String priority) {
        Map<String, Object> body = new HashMap<>();
        body.put("translator", translator);
        body.put("reviewer", reviewer);
        body.put("due", due);
        body.put("priority", priority);
        return body;
    }

    private static io.restassured.response.Response putTask(Api.User who, long id, String language,
                                                            Map<String, Object> body) {
        return who.request().contentType(ContentType.JSON).body(body)
                .put("/api/documents/{id}/languages/{lang}/task", id, language);
    }

    /** A new user with one role, assigned to one language. */
    private static Api.User assigned(String role, String language) {
        Api.User user = Api.createUser(role);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of(language)))
                .put("/api/users/{username}", user.username()).then().statusCode(200);
        return user;
    }
}
