package org.verso;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.verso.account.User;

/**
 * Builders for API test data. Every document and user gets a unique name, because the suite shares one database
 * (H2 in memory, or PostgreSQL) across all test classes and must not assume it starts empty.
 */
public final class Api {

    public static final User ADMIN = new User("admin", "admin-secret");

    /**
     * Credentials of a user the tests created. Requests of the admin and of users made by {@link #createUser} carry
     * a session cookie from one real login (kept per JVM): HTTP Basic costs a BCrypt check on every request, which
     * made up much of the suite's time. Any other credentials (a guess, a changed password) go as HTTP Basic, so
     * the server judges them on each request as before.
     */
    public record User(String username, String password) {

        public RequestSpecification request() {
            return LOGGED_IN.contains(this)
                    ? given().cookie(SESSION_COOKIE, SESSIONS.computeIfAbsent(this, User::logIn))
                    : basic();
        }

        /** A request with these credentials as HTTP Basic, checked by the server on this very request. */
        public RequestSpecification basic() {
            return given().auth().preemptive().basic(username, password);
        }

        private String logIn() {
            Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
            String cookie = login.getCookie(SESSION_COOKIE);
            assertTrue(cookie != null && !cookie.isEmpty(), "Login as " + username + " gave no session cookie; status "
                    + login.statusCode() + ", location " + login.header("Location"));
            return cookie;
        }
    }

    private static final String SESSION_COOKIE = "verso-session";
    private static final Set<User> LOGGED_IN = ConcurrentHashMap.newKeySet();
    private static final Map<User, String> SESSIONS = new ConcurrentHashMap<>();

    static {
        LOGGED_IN.add(ADMIN);
    }

    private Api() {
    }

    /** A fresh name, unique across runs against the same database. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /**
     * Random lowercase letters, for sentences no other test writes. No digits: the numbers check compares those
     * between source and translation.
     */
    public static String letters(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }

    public static RequestSpecification asAdmin() {
        return ADMIN.request();
    }

    /** Creates a user with the given roles ("translator", "reviewer", "admin") through the API. */
    public static User createUser(String... roles) {
        User user = new User(unique("user"), "pw-" + UUID.randomUUID());
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", user.password(), "roles", List.of(roles)))
                .post("/api/users").then().statusCode(201);
        LOGGED_IN.add(user);
        return user;
    }

    /** Imports a plain-text article pasted as JSON, with a unique title; returns the document id. */
    public static long importArticle(String content) {
        return importArticle("text", content);
    }

    public static long importArticle(String format, String content) {
        return postDocument(Map.of("title", unique("Article"), "sourceLanguage", "en", "format", format,
                "content", content)).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response postDocument(Map<String, ?> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/documents");
    }

    public static void addLanguage(long documentId, String language) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("language", language))
                .post("/api/documents/{id}/languages", documentId).then().statusCode(201);
    }

    public static List<Map<String, Object>> segments(long documentId) {
        return asAdmin().get("/api/documents/{id}/segments", documentId).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    public static long segmentId(long documentId, int ordinal) {
        return ((Number) segments(documentId).get(ordinal).get("id")).longValue();
    }

    public static void markNotTranslatable(long documentId, long segmentId) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("translatable", false))
                .patch("/api/documents/{id}/segments/{segmentId}", documentId, segmentId).then().statusCode(200);
    }

    /** Saves a translation; a null text or version is left out of the body. */
    public static Response save(User user, long documentId, String language, long segmentId, String text,
                                String status, Integer version) {
        Map<String, Object> body = new HashMap<>();
        if (text != null) {
            body.put("text", text);
        }
        body.put("status", status);
        if (version != null) {
            body.put("version", version);
        }
        return user.request().contentType(ContentType.JSON).body(body)
                .put("/api/documents/{id}/languages/{lang}/translations/{segmentId}", documentId, language, segmentId);
    }

    /** The current translation of one segment: text, status, version. */
    public static Map<String, Object> translation(long documentId, String language, long segmentId) {
        List<Map<String, Object>> all = asAdmin()
                .get("/api/documents/{id}/languages/{lang}/translations", documentId, language)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(t -> ((Number) t.get("segmentId")).longValue() == segmentId).findFirst()
                .orElseThrow();
    }

    public static int documentCount() {
        return asAdmin().get("/api/documents").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** A test resource as UTF-8 text. */
    public static String resource(String path) {
        return new String(resourceBytes(path), StandardCharsets.UTF_8);
    }

    public static byte[] resourceBytes(String path) {
        try (InputStream in = Api.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts a readable RFC 9457 answer: the status, the problem media type, a human detail, and no trace of
     * Java internals.
     */
    public static JsonPath assertProblem(Response response, int status) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        assertEquals("application/problem+json", response.contentType().split(";")[0].trim(), body);
        assertNoInternals(body);
        JsonPath json = response.jsonPath();
        assertEquals(status, json.getInt("status"), body);
        String detail = json.getString("detail");
        assertTrue(detail != null && !detail.isBlank(), "problem without a detail: " + body);
        return json;
    }

    public static void assertNoInternals(String body) {
        assertFalse(body.contains("Exception"), "response names an exception: " + body);
        assertFalse(body.contains("at org."), "response shows a stack trace: " + body);
    }
}
