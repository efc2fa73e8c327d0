package org.verso.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.verso.Api;
import org.verso.account.User;
import org.verso.web.Routes.Route;

/**
 * Every route the code declares (pages and API, read from the resource classes by {@link Routes}; the OpenAPI
 * document lists only the API), called by each kind of person: who may, gets past the door (any answer but 401/403
 * and the login redirect); who may not, is turned away. A route missing from {@link #ACCESS} fails the test, so a
 * new route cannot ship unclassified.
 */
@QuarkusTest
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class AuthorizationMatrixTest {

    /**
     * The people of the matrix; "other translator" is assigned Persian, the document is translated into Russian; the
     * editor has no language assigned (so works in every language).
     */
    enum Person { ANONYMOUS, OTHER_TRANSLATOR, TRANSLATOR, REVIEWER, EDITOR, ADMIN }

    /** Who gets in, per kind of endpoint. */
    enum Access {
        PUBLIC(EnumSet.allOf(Person.class)),
        SIGNED_IN(EnumSet.of(Person.OTHER_TRANSLATOR, Person.TRANSLATOR, Person.REVIEWER, Person.EDITOR,
                Person.ADMIN)),
        /** Edits one target language: admins, and people assigned to it (or to every language, as the editor). */
        LANGUAGE(EnumSet.of(Person.TRANSLATOR, Person.REVIEWER, Person.EDITOR, Person.ADMIN)),
        /**
         * Changes the segments of every target language (split, join, a new source version): admins, and people
         * assigned to all of the document's languages (here the translator and reviewer of Russian, and the editor).
         */
        EVERY_LANGUAGE(EnumSet.of(Person.TRANSLATOR, Person.REVIEWER, Person.EDITOR, Person.ADMIN)),
        /** The desk editor's work (import, add languages, skip segments, rename, archive): editors and admins. */
        DESK(EnumSet.of(Person.EDITOR, Person.ADMIN)),
        REVIEWER(EnumSet.of(Person.REVIEWER, Person.ADMIN)),
        ADMIN(EnumSet.of(Person.ADMIN)),
        /** One background job: its owner (the translator started it) and admins; to anyone else it does not exist. */
        JOB_OWNER(EnumSet.of(Person.TRANSLATOR, Person.ADMIN), 404);

        final Set<Person> allowed;
        /** What a signed-in person who may not gets. */
        final int refusal;

        Access(Set<Person> allowed) {
            this(allowed, 403);
        }

        Access(Set<Person> allowed, int refusal) {
            this.allowed = allowed;
            this.refusal = refusal;
        }
    }

    static final Map<String, Access> ACCESS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("POST /j_security_check", Access.PUBLIC),
            Map.entry("POST /logout", Access.PUBLIC),
            Map.entry("GET /documents", Access.SIGNED_IN),
            Map.entry("POST /documents", Access.DESK),
            Map.entry("GET /documents/new", Access.DESK),
            Map.entry("GET /documents/{id}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/title", Access.DESK),
            Map.entry("POST /documents/{id}/archive", Access.DESK),
            Map.entry("POST /documents/{id}/restore", Access.DESK),
            Map.entry("GET /documents/{id}/delete", Access.ADMIN),
            Map.entry("POST /documents/{id}/delete", Access.ADMIN),
            Map.entry("POST /documents/{id}/segments/{segmentId}/left-out", Access.DESK),
            Map.entry("POST /documents/{id}/languages", Access.DESK),
            Map.entry("POST /documents/{id}/segments/{segmentId}/translatable", Access.DESK),
            Map.entry("GET /documents/{id}/{lang}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/{lang}/segments/{segmentId}", Access.LANGUAGE),
            Map.entry("POST /documents/{id}/{lang}/segments/{segmentId}/split", Access.EVERY_LANGUAGE),
            Map.entry("POST /documents/{id}/{lang}/segments/{segmentId}/join", Access.EVERY_LANGUAGE),
            Map.entry("GET /documents/{id}/{lang}/segments/{segmentId}/matches", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/{lang}/qa", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/quality-job/{lang}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/export-job/{lang}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/{lang}/qa-settings", Access.ADMIN),
            Map.entry("POST /documents/{id}/{lang}/segments/{segmentId}/dismissals", Access.LANGUAGE),
            Map.entry("POST /documents/{id}/{lang}/segments/{segmentId}/dismissals/{dismissalId}/delete",
                    Access.LANGUAGE),
            Map.entry("GET /documents/{id}/{lang}/analysis", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/{lang}/review", Access.REVIEWER),
            Map.entry("POST /documents/{id}/{lang}/approve-clean", Access.REVIEWER),
            Map.entry("GET /documents/{id}/{lang}/preview", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/{lang}/preview/page", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/{lang}/pretranslate", Access.LANGUAGE),
            Map.entry("GET /documents/{id}/{lang}/download", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/{lang}/segments/{segmentId}", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/{lang}/segments/{segmentId}/mt", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/stats/{lang}", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/progress/{lang}", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/history/{lang}/{segmentId}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/history/{lang}/{segmentId}/revert/{version}", Access.LANGUAGE),
            Map.entry("GET /documents/{id}/replace/{lang}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/replace/{lang}", Access.LANGUAGE),
            Map.entry("GET /documents/{id}/import/{lang}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/import/{lang}", Access.LANGUAGE),
            Map.entry("GET /documents/{id}/segments/{segmentId}/comments", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/segments/{segmentId}/comments", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/versions", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/versions", Access.EVERY_LANGUAGE),
            Map.entry("GET /documents/{id}/versions/{version}", Access.SIGNED_IN),
            Map.entry("GET /jobs", Access.SIGNED_IN),
            Map.entry("GET /jobs/{id}", Access.JOB_OWNER),
            Map.entry("POST /jobs/{id}/cancel", Access.JOB_OWNER),
            Map.entry("POST /jobs/{id}/delete-file", Access.JOB_OWNER),
            Map.entry("GET /machine-translation", Access.ADMIN),
            Map.entry("GET /glossary", Access.SIGNED_IN),
            Map.entry("POST /glossary", Access.REVIEWER),
            Map.entry("POST /glossary/{termId}", Access.REVIEWER),
            Map.entry("POST /glossary/{termId}/delete", Access.REVIEWER),
            Map.entry("POST /glossary/import", Access.REVIEWER),
            Map.entry("GET /memory", Access.SIGNED_IN),
            Map.entry("POST /memory/import", Access.REVIEWER),
            Map.entry("GET /segmentation-rules", Access.ADMIN),
            Map.entry("POST /segmentation-rules", Access.ADMIN),
            Map.entry("GET /users", Access.ADMIN),
            Map.entry("POST /users", Access.ADMIN),
            Map.entry("POST /users/{username}/disabled", Access.ADMIN),
            Map.entry("POST /users/{username}", Access.ADMIN),
            Map.entry("POST /users/{username}/reset-password", Access.ADMIN),
            Map.entry("POST /users/tokens/{id}/delete", Access.ADMIN),
            Map.entry("GET /profile", Access.SIGNED_IN),
            Map.entry("POST /profile", Access.SIGNED_IN),
            Map.entry("GET /profile/password", Access.SIGNED_IN),
            Map.entry("POST /profile/password", Access.SIGNED_IN),
            Map.entry("POST /profile/tokens", Access.SIGNED_IN),
            Map.entry("POST /profile/tokens/{id}/delete", Access.SIGNED_IN),
            Map.entry("GET /api/documents", Access.SIGNED_IN),
            Map.entry("POST /api/documents", Access.DESK),
            Map.entry("GET /api/documents/{id}", Access.SIGNED_IN),
            Map.entry("PATCH /api/documents/{id}", Access.DESK),
            Map.entry("DELETE /api/documents/{id}", Access.ADMIN),
            Map.entry("POST /api/documents/{id}/archive", Access.DESK),
            Map.entry("POST /api/documents/{id}/restore", Access.DESK),
            Map.entry("GET /api/documents/{id}/segments", Access.SIGNED_IN),
            Map.entry("PATCH /api/documents/{id}/segments/{segmentId}", Access.DESK),
            Map.entry("POST /api/documents/{id}/segments/{segmentId}/split", Access.EVERY_LANGUAGE),
            Map.entry("POST /api/documents/{id}/segments/{segmentId}/join", Access.EVERY_LANGUAGE),
            Map.entry("GET /api/documents/{id}/languages", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/languages", Access.DESK),
            Map.entry("GET /api/documents/{id}/languages/{lang}/translations", Access.SIGNED_IN),
            Map.entry("PUT /api/documents/{id}/languages/{lang}/translations/{segmentId}", Access.LANGUAGE),
            Map.entry("PUT /api/documents/{id}/languages/{lang}/translations/{segmentId}/autosave", Access.LANGUAGE),
            Map.entry("DELETE /api/documents/{id}/languages/{lang}/translations/{segmentId}/autosave",
                    Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/autosaves", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/translations/{segmentId}/revisions",
                    Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/export", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/matches/{segmentId}", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/analysis", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/review", Access.REVIEWER),
            Map.entry("POST /api/documents/{id}/languages/{lang}/approve-clean", Access.REVIEWER),
            Map.entry("POST /api/documents/{id}/languages/{lang}/pretranslate", Access.LANGUAGE),
            Map.entry("GET /api/documents/{id}/languages/{lang}/qa", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/dismissals", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/languages/{lang}/translations/{segmentId}/dismissals", Access.LANGUAGE),
            Map.entry("DELETE /api/documents/{id}/languages/{lang}/translations/{segmentId}/dismissals/{dismissalId}",
                    Access.LANGUAGE),
            Map.entry("GET /api/documents/{id}/languages/{lang}/stats", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/events", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/events", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/languages/{lang}/presence", Access.LANGUAGE),
            Map.entry("POST /api/documents/{id}/languages/{lang}/replace", Access.LANGUAGE),
            Map.entry("POST /api/documents/{id}/languages/{lang}/import", Access.LANGUAGE),
            Map.entry("POST /api/documents/{id}/languages/{lang}/translations/{segmentId}/revisions/{version}/revert",
                    Access.LANGUAGE),
            Map.entry("GET /api/documents/{id}/segments/{segmentId}/comments", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/segments/{segmentId}/comments", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/versions", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/versions", Access.EVERY_LANGUAGE),
            Map.entry("GET /api/documents/{id}/versions/{version}", Access.SIGNED_IN),
            Map.entry("GET /api/jobs", Access.SIGNED_IN),
            Map.entry("GET /api/jobs/{id}", Access.JOB_OWNER),
            Map.entry("POST /api/jobs/{id}/cancel", Access.JOB_OWNER),
            Map.entry("GET /api/jobs/{id}/download", Access.JOB_OWNER),
            Map.entry("DELETE /api/jobs/{id}/download", Access.JOB_OWNER),
            Map.entry("GET /api/mt/providers", Access.SIGNED_IN),
            Map.entry("GET /api/mt/translate", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/qa-settings", Access.SIGNED_IN),
            Map.entry("PUT /api/documents/{id}/qa-settings", Access.ADMIN),
            Map.entry("GET /api/qa/checks", Access.SIGNED_IN),
            Map.entry("GET /api/glossary", Access.SIGNED_IN),
            Map.entry("POST /api/glossary", Access.REVIEWER),
            Map.entry("PUT /api/glossary/{termId}", Access.REVIEWER),
            Map.entry("DELETE /api/glossary/{termId}", Access.REVIEWER),
            Map.entry("POST /api/glossary/import", Access.REVIEWER),
            Map.entry("GET /api/glossary/export", Access.SIGNED_IN),
            Map.entry("GET /api/memory/matches", Access.SIGNED_IN),
            Map.entry("GET /api/memory/concordance", Access.SIGNED_IN),
            Map.entry("GET /api/memory/pairs", Access.SIGNED_IN),
            Map.entry("POST /api/memory/import", Access.REVIEWER),
            Map.entry("GET /api/memory/export", Access.SIGNED_IN),
            Map.entry("GET /api/segmentation-rules", Access.SIGNED_IN),
            Map.entry("POST /api/segmentation-rules", Access.ADMIN),
            Map.entry("GET /api/users", Access.ADMIN),
            Map.entry("POST /api/users", Access.ADMIN),
            Map.entry("PUT /api/users/{username}", Access.ADMIN),
            Map.entry("POST /api/users/{username}/reset-password", Access.ADMIN),
            Map.entry("POST /api/users/{username}/disable", Access.ADMIN),
            Map.entry("POST /api/users/{username}/enable", Access.ADMIN),
            Map.entry("GET /api/me", Access.SIGNED_IN),
            Map.entry("PUT /api/me", Access.SIGNED_IN),
            Map.entry("POST /api/me/password", Access.SIGNED_IN),
            Map.entry("GET /start", Access.SIGNED_IN),
            Map.entry("GET /my-work", Access.SIGNED_IN),
            Map.entry("GET /desk", Access.DESK),
            Map.entry("GET /documents/{id}/tasks", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/tasks", Access.DESK),
            Map.entry("GET /api/documents/{id}/languages/{lang}/task", Access.SIGNED_IN),
            Map.entry("PUT /api/documents/{id}/languages/{lang}/task", Access.DESK),
            Map.entry("GET /api/me/tasks", Access.SIGNED_IN),
            Map.entry("GET /api/desk", Access.DESK),
            Map.entry("GET /api/desk/events", Access.DESK),
            Map.entry("POST /api/me/tokens", Access.SIGNED_IN),
            Map.entry("GET /api/me/tokens", Access.SIGNED_IN),
            Map.entry("DELETE /api/me/tokens/{id}", Access.SIGNED_IN),
            Map.entry("GET /api/tokens", Access.ADMIN),
            Map.entry("GET /notifications", Access.SIGNED_IN),
            Map.entry("GET /notifications/bell", Access.SIGNED_IN),
            Map.entry("POST /notifications/{id}/read", Access.SIGNED_IN),
            Map.entry("POST /notifications/read-all", Access.SIGNED_IN),
            Map.entry("GET /api/notifications", Access.SIGNED_IN),
            Map.entry("POST /api/notifications/{id}/read", Access.SIGNED_IN),
            Map.entry("GET /api/notifications/events", Access.SIGNED_IN),
            Map.entry("GET /webhooks", Access.ADMIN),
            Map.entry("POST /webhooks", Access.ADMIN),
            Map.entry("GET /webhooks/{id}", Access.ADMIN),
            Map.entry("POST /webhooks/{id}/delete", Access.ADMIN),
            Map.entry("POST /api/webhooks", Access.ADMIN),
            Map.entry("GET /api/webhooks", Access.ADMIN),
            Map.entry("DELETE /api/webhooks/{id}", Access.ADMIN),
            Map.entry("GET /api/webhooks/{id}/deliveries", Access.ADMIN),
            Map.entry("DELETE /api/tokens/{id}", Access.ADMIN)));

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @Test
    void everyEndpointLetsInExactlyThePeopleItShould() {
        List<Route> operations = Routes.all();
        Set<String> listed = new TreeSet<>(operations.stream().map(Route::key).toList());
        assertEquals(new TreeSet<>(ACCESS.keySet()), listed,
                "every route of the code needs its row in ACCESS (and no row may be stale)");
        Map<Person, String> sessions = people();
        Map<String, String> parameters = parameters(sessions.get(Person.TRANSLATOR));
        List<String> wrong = new ArrayList<>();
        // Deleting the job's file and the document comes late (the download and every document route are tried
        // first); logging out ends the session on the server, so it goes last.
        List<Route> ordered = new ArrayList<>(operations);
        ordered.sort(java.util.Comparator.comparingInt(o -> o.key().equals("POST /logout") ? 2
                : o.key().contains("/delete-file") || o.key().equals("DELETE /api/jobs/{id}/download")
                || o.key().equals("DELETE /api/documents/{id}") ? 1 : 0));
        for (Route operation : ordered) {
            for (Person person : Person.values()) {
                Access access = ACCESS.get(operation.key());
                Answer answer = operation.eventStream() ? listen(operation, sessions.get(person), parameters)
                        : Answer.of(call(operation, sessions.get(person), parameters));
                String verdict = verdict(answer, person, access);
                if (verdict != null) {
                    wrong.add(person + " " + operation.key() + ": " + verdict);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aTranslatorSavesOnlyInTheLanguagesAssignedToThem() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Api.addLanguage(id, "ru");
        Api.addLanguage(id, "fa");
        long segment = Api.segmentId(id, 0);
        Api.User russian = assigned("translator", "ru");

        Api.save(russian, id, "ru", segment, "Корабли ждали.", "TRANSLATED", 0).then().statusCode(200);
        String detail = Api.assertProblem(Api.save(russian, id, "fa", segment, "کشتی‌ها منتظر ماندند.",
                "TRANSLATED", 0), 403).getString("detail");

        assertTrue(detail.contains("assigned to ru"), detail);
        assertEquals(0, ((Number) Api.translation(id, "fa", segment).get("version")).intValue());
    }

    @Test
    void replaceRevertAndPreTranslationInAnotherLanguageAreRefusedAndChangeNothing() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Api.addLanguage(id, "fa");
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "fa", segment, "کشتی‌ها منتظر ماندند.", "TRANSLATED", 0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "fa", segment, "کشتی‌ها ماندند.", "TRANSLATED", 1).then().statusCode(200);
        Api.User russian = assigned("translator", "ru");

        String detail = Api.assertProblem(russian.request().contentType(ContentType.JSON)
                .body(Map.of("find", "ماندند", "replace", "رفتند"))
                .post("/api/documents/{id}/languages/fa/replace", id), 403).getString("detail");
        Api.assertProblem(russian.request().post(
                "/api/documents/{id}/languages/fa/translations/{segmentId}/revisions/1/revert", id, segment), 403);
        Api.assertProblem(russian.request().queryParam("async", true)
                .post("/api/documents/{id}/languages/fa/pretranslate", id), 403);

        assertTrue(detail.contains("assigned to ru"), detail);
        Map<String, Object> current = Api.translation(id, "fa", segment);
        assertEquals(List.of("کشتی‌ها ماندند.", 2), List.of(current.get("text"),
                ((Number) current.get("version")).intValue()));
    }

    @Test
    void aReviewerApprovesOnlyInTheLanguagesAssignedToThem() {
        long id = Api.importArticle("Ships waited at anchor.\n");
        Api.addLanguage(id, "fa");
        long segment = Api.segmentId(id, 0);
        Api.save(Api.ADMIN, id, "fa", segment, "کشتی‌ها منتظر ماندند.", "TRANSLATED", 0).then().statusCode(200);

        Api.assertProblem(Api.save(assigned("reviewer", "ru"), id, "fa", segment, null, "APPROVED", 1), 403);
        Api.save(assigned("reviewer", "fa"), id, "fa", segment, null, "APPROVED", 1).then().statusCode(200);
    }

    @Test
    void anAdminAssignsLanguagesAndTheUserListShowsThem() {
        Api.User user = Api.createUser("translator");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of("RU", "fa")))
                .put("/api/users/{username}", user.username()).then().statusCode(200);

        List<Map<String, Object>> users = Api.asAdmin().get("/api/users").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.username == '" + user.username() + "' }");

        assertEquals(List.of(List.of("translator"), List.of("ru", "fa")),
                List.of(users.get(0).get("roles"), users.get(0).get("languages")));
    }

    @Test
    void aNewPasswordReplacesTheOldOne() {
        Api.User user = Api.createUser("translator");
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "a-new-long-password"))
                .put("/api/users/{username}", user.username()).then().statusCode(200);

        user.basic().get("/api/qa/checks").then().statusCode(401);
        new Api.User(user.username(), "a-new-long-password").basic().get("/api/qa/checks").then().statusCode(200);
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        Api.assertProblem(Api.asAdmin().contentType(ContentType.JSON).body(Map.of("roles", List.of("reviewer")))
                .put("/api/users/{username}", Api.unique("nobody")), 404);
    }

    /** Status, Location header and body of one answer. */
    record Answer(int status, String location, String body) {

        static Answer of(Response response) {
            return new Answer(response.statusCode(), response.header("Location"), response.asString());
        }
    }

    /** Null when the answer fits; otherwise what went wrong. */
    private static String verdict(Answer answer, Person person, Access access) {
        int status = answer.status();
        boolean allowed = access.allowed.contains(person);
        // Logging out ends on the login page by design; anywhere else, the login redirect means "not let in".
        boolean toLogin = access != Access.PUBLIC && status / 100 == 3
                && String.valueOf(answer.location()).contains("/login");
        boolean turnedAway = status == 401 || status == 403 || toLogin;
        if (status >= 500) {
            return "server error " + status + " " + answer.body();
        }
        if (allowed) {
            return turnedAway ? "turned away with " + status : null;
        }
        if (person == Person.ANONYMOUS) {
            return status == 401 || toLogin ? null : "anonymous got " + status + " instead of 401 or the login page";
        }
        return status == access.refusal ? null : "expected " + access.refusal + ", got " + status;
    }

    /**
     * An event stream never ends, so it is opened with the JDK client, which hands back the status and headers as
     * soon as they arrive; the stream is closed unread.
     */
    private static Answer listen(Route operation, String session, Map<String, String> parameters) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + fill(operation.path(), parameters))).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/event-stream").GET();
        if (session != null) {
            request.header("Cookie", Browser.SESSION_COOKIE + "=" + session);
        }
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), "");
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from " + operation.key(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response call(Route operation, String session, Map<String, String> parameters) {
        RequestSpecification request = given().redirects().follow(false);
        if (session != null) {
            request.cookie(Browser.SESSION_COOKIE, session);
        }
        if (operation.bodyType() != null) {
            if (operation.bodyType().startsWith("multipart/")) {
                request.multiPart("probe", "x");
            } else if (operation.bodyType().equals("application/x-www-form-urlencoded")) {
                // What the editor's Draft button sends; other forms ignore the fields they do not know.
                request.contentType(ContentType.URLENC).formParam("action", "draft").formParam("version", "0")
                        .formParam("text", "Probe");
            } else {
                request.contentType(ContentType.JSON).body("{}");
            }
        }
        return request.request(operation.method(), fill(operation.path(), parameters));
    }

    private static String fill(String path, Map<String, String> parameters) {
        Matcher m = PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // Job paths name the job {id}, token paths a token (none: nobody's token is revoked by the probe);
            // every other {id} is the document.
            boolean job = path.startsWith("/api/jobs/") || path.startsWith("/jobs/");
            boolean token = path.contains("/tokens/");
            String value = token && m.group(1).equals("id") ? "0"
                    : parameters.get(job && m.group(1).equals("id") ? "jobId" : m.group(1));
            if (value == null) {
                throw new AssertionError("No test value for path parameter {" + m.group(1) + "} in " + path);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static Map<Person, String> people() {
        Map<Person, String> sessions = new java.util.EnumMap<>(Person.class);
        sessions.put(Person.OTHER_TRANSLATOR, login(assigned("translator", "fa")));
        sessions.put(Person.TRANSLATOR, login(assigned("translator", "ru")));
        sessions.put(Person.REVIEWER, login(assigned("reviewer", "ru")));
        sessions.put(Person.EDITOR, login(Api.createUser("editor")));
        sessions.put(Person.ADMIN, login(Api.ADMIN));
        return sessions;
    }

    /**
     * A document translated into Russian with one saved revision (version 1, as the document's first source
     * version), a glossary term, a spare user and a background job the translator started: the ids the paths need.
     */
    private static Map<String, String> parameters(String translatorSession) {
        // Eleven segments, so the one the paths name has an id of two digits or more (the history page once
        // matched only the first digit of a segment id).
        long id = Api.importArticle("Ships waited at anchor. The harbour reopened.\n\nStorms came back.\n".repeat(4)
                + "The quay stayed empty.\n");
        Api.addLanguage(id, "ru");
        long segment = Api.segmentId(id, 10);
        Api.save(Api.ADMIN, id, "ru", segment, "Корабли ждали.", "TRANSLATED", 0).then().statusCode(200);
        long job = given().cookie(Browser.SESSION_COOKIE, translatorSession).queryParam("async", true)
                .post("/api/documents/{id}/languages/ru/pretranslate", id).then().statusCode(202).extract()
                .jsonPath().getLong("id");
        long term = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en",
                "targetLanguage", "ru", "sourceTerm", Api.letters(12), "targetTerm", Api.letters(12)))
                .post("/api/glossary").then().statusCode(201).extract().jsonPath().getLong("id");
        return Map.of("id", String.valueOf(id), "lang", "ru", "segmentId", String.valueOf(segment),
                "termId", String.valueOf(term), "username", Api.createUser("translator").username(),
                "version", "1", "jobId", String.valueOf(job), "dismissalId", "1");
    }

    /** A new user with one role, assigned to one language. */
    private static Api.User assigned(String role, String language) {
        Api.User user = Api.createUser(role);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("languages", List.of(language)))
                .put("/api/users/{username}", user.username()).then().statusCode(200);
        return user;
    }

    private static String login(Api.User user) {
        return Browser.submitLogin(user.username(), user.password()).getCookie(Browser.SESSION_COOKIE);
    }
}
