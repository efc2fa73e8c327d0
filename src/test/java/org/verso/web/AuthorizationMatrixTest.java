package org.verso.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
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
import org.verso.Api;

/**
 * Every endpoint the OpenAPI document lists, called by each kind of person: who may, gets past the door (any
 * answer but 401/403 and the login redirect); who may not, is turned away. An endpoint missing from
 * {@link #ACCESS} fails the test, so a new route cannot ship unclassified.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The people of the matrix; "other translator" is assigned Persian, the document is translated into Russian. */
    enum Person { ANONYMOUS, OTHER_TRANSLATOR, TRANSLATOR, REVIEWER, ADMIN }

    /** Who gets in, per kind of endpoint. */
    enum Access {
        PUBLIC(EnumSet.allOf(Person.class)),
        SIGNED_IN(EnumSet.of(Person.OTHER_TRANSLATOR, Person.TRANSLATOR, Person.REVIEWER, Person.ADMIN)),
        /** Edits one target language: admins, and translators and reviewers assigned to it. */
        LANGUAGE(EnumSet.of(Person.TRANSLATOR, Person.REVIEWER, Person.ADMIN)),
        REVIEWER(EnumSet.of(Person.REVIEWER, Person.ADMIN)),
        ADMIN(EnumSet.of(Person.ADMIN));

        final Set<Person> allowed;

        Access(Set<Person> allowed) {
            this.allowed = allowed;
        }
    }

    private static final Map<String, Access> ACCESS = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /login", Access.PUBLIC),
            Map.entry("POST /logout", Access.PUBLIC),
            Map.entry("GET /documents", Access.SIGNED_IN),
            Map.entry("POST /documents", Access.SIGNED_IN),
            Map.entry("GET /documents/new", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/title", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/languages", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/segments/{segmentId}/translatable", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/{lang}", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/{lang}/segments/{segmentId}", Access.LANGUAGE),
            Map.entry("POST /documents/{id}/{lang}/segments/{segmentId}/split", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/{lang}/segments/{segmentId}/join", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/{lang}/segments/{segmentId}/matches", Access.SIGNED_IN),
            Map.entry("GET /documents/{id}/{lang}/qa", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/{lang}/qa-settings", Access.ADMIN),
            Map.entry("GET /documents/{id}/{lang}/analysis", Access.SIGNED_IN),
            Map.entry("POST /documents/{id}/{lang}/pretranslate", Access.LANGUAGE),
            Map.entry("GET /documents/{id}/{lang}/download", Access.SIGNED_IN),
            Map.entry("GET /glossary", Access.SIGNED_IN),
            Map.entry("POST /glossary", Access.REVIEWER),
            Map.entry("POST /glossary/{termId}/delete", Access.REVIEWER),
            Map.entry("POST /glossary/import", Access.REVIEWER),
            Map.entry("GET /memory", Access.SIGNED_IN),
            Map.entry("POST /memory/import", Access.REVIEWER),
            Map.entry("GET /segmentation-rules", Access.ADMIN),
            Map.entry("POST /segmentation-rules", Access.ADMIN),
            Map.entry("GET /users", Access.ADMIN),
            Map.entry("POST /users", Access.ADMIN),
            Map.entry("GET /api/documents", Access.SIGNED_IN),
            Map.entry("POST /api/documents", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}", Access.SIGNED_IN),
            Map.entry("PATCH /api/documents/{id}", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/segments", Access.SIGNED_IN),
            Map.entry("PATCH /api/documents/{id}/segments/{segmentId}", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/segments/{segmentId}/split", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/segments/{segmentId}/join", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/languages", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/translations", Access.SIGNED_IN),
            Map.entry("PUT /api/documents/{id}/languages/{lang}/translations/{segmentId}", Access.LANGUAGE),
            Map.entry("GET /api/documents/{id}/languages/{lang}/translations/{segmentId}/revisions",
                    Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/export", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/matches/{segmentId}", Access.SIGNED_IN),
            Map.entry("GET /api/documents/{id}/languages/{lang}/analysis", Access.SIGNED_IN),
            Map.entry("POST /api/documents/{id}/languages/{lang}/pretranslate", Access.LANGUAGE),
            Map.entry("GET /api/documents/{id}/languages/{lang}/qa", Access.SIGNED_IN),
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
            Map.entry("PUT /api/users/{username}", Access.ADMIN)));

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One operation of the OpenAPI document: "POST /api/glossary" and the media type its body takes, if any. */
    record Operation(String method, String path, String bodyType) {

        String key() {
            return method + " " + path;
        }
    }

    @Test
    void everyEndpointLetsInExactlyThePeopleItShould() {
        List<Operation> operations = operations();
        Set<String> listed = new TreeSet<>(operations.stream().map(Operation::key).toList());
        assertEquals(new TreeSet<>(ACCESS.keySet()), listed,
                "every endpoint of the OpenAPI document needs its row in ACCESS (and no row may be stale)");
        Map<Person, String> sessions = people();
        Map<String, String> parameters = parameters();
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            for (Person person : Person.values()) {
                Response answer = call(operation, sessions.get(person), parameters);
                boolean allowed = ACCESS.get(operation.key()).allowed.contains(person);
                String verdict = verdict(answer, person, allowed, ACCESS.get(operation.key()) == Access.PUBLIC);
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

        user.request().get("/api/qa/checks").then().statusCode(401);
        new Api.User(user.username(), "a-new-long-password").request().get("/api/qa/checks").then().statusCode(200);
    }

    @Test
    void updatingAnUnknownUserIsNotFound() {
        Api.assertProblem(Api.asAdmin().contentType(ContentType.JSON).body(Map.of("roles", List.of("reviewer")))
                .put("/api/users/{username}", Api.unique("nobody")), 404);
    }

    /** Null when the answer fits; otherwise what went wrong. */
    private static String verdict(Response answer, Person person, boolean allowed, boolean publicPage) {
        int status = answer.statusCode();
        // Logging out ends on the login page by design; anywhere else, the login redirect means "not let in".
        boolean toLogin = !publicPage && status / 100 == 3
                && String.valueOf(answer.header("Location")).contains("/login");
        boolean turnedAway = status == 401 || status == 403 || toLogin;
        if (status >= 500) {
            return "server error " + status + " " + answer.asString();
        }
        if (allowed) {
            return turnedAway ? "turned away with " + status : null;
        }
        if (person == Person.ANONYMOUS) {
            return status == 401 || toLogin ? null : "anonymous got " + status + " instead of 401 or the login page";
        }
        return status == 403 ? null : "expected 403, got " + status;
    }

    private static Response call(Operation operation, String session, Map<String, String> parameters) {
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
            String value = parameters.get(m.group(1));
            if (value == null) {
                throw new AssertionError("No test value for path parameter {" + m.group(1) + "} in " + path);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, body) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) body)
                        .getOrDefault("requestBody", Map.of())).getOrDefault("content", Map.of());
                String type = content.keySet().stream().sorted().findFirst().orElse(null);
                operations.add(new Operation(method.toUpperCase(), PARAMETER.matcher(path).replaceAll("{$1}"), type));
            }
        }));
        return operations;
    }

    private static Map<Person, String> people() {
        Map<Person, String> sessions = new java.util.EnumMap<>(Person.class);
        sessions.put(Person.OTHER_TRANSLATOR, login(assigned("translator", "fa")));
        sessions.put(Person.TRANSLATOR, login(assigned("translator", "ru")));
        sessions.put(Person.REVIEWER, login(assigned("reviewer", "ru")));
        sessions.put(Person.ADMIN, login(Api.ADMIN));
        return sessions;
    }

    /** A document translated into Russian, a glossary term and a spare user: the ids the paths need. */
    private static Map<String, String> parameters() {
        long id = Api.importArticle("Ships waited at anchor. The harbour reopened.\n\nStorms came back.\n");
        Api.addLanguage(id, "ru");
        long term = Api.asAdmin().contentType(ContentType.JSON).body(Map.of("sourceLanguage", "en",
                "targetLanguage", "ru", "sourceTerm", Api.letters(12), "targetTerm", Api.letters(12)))
                .post("/api/glossary").then().statusCode(201).extract().jsonPath().getLong("id");
        return Map.of("id", String.valueOf(id), "lang", "ru", "segmentId", String.valueOf(Api.segmentId(id, 0)),
                "termId", String.valueOf(term), "username", Api.createUser("translator").username());
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
