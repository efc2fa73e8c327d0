package org.verso.web;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.verso.Api;

/**
 * Test data made through the JSON API as the admin (HTTP Basic): users, articles, target languages. Names are
 * unique per run, so tests never depend on an empty database or on fixed ids.
 */
public final class Newsroom {

    public static final String SHORT_ARTICLE = """
            Night ferry returns to the northern lake

            The old ferry crossed the lake again on Tuesday after a winter in dry dock. Fishermen waved from the pier.

            Tickets cost the same as last year. The captain said the engine now runs quieter than ever.
            """;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private Newsroom() {
    }

    /** A name no other test or earlier run on the same database has used: "prefix-run-n". */
    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public record Person(String username, String password) {

        public Browser logIn() {
            return Browser.loggedInAs(username, password);
        }
    }

    public static Person newUser(String role) {
        Person person = new Person(unique(role), "pw-" + unique("secret"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("username", person.username(), "password", person.password(), "roles", List.of(role)))
                .post("/api/users").then().statusCode(201);
        return person;
    }

    /** Imports a plain-text article and returns its id. */
    public static long importArticle(String title, String sourceLanguage, String content) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("title", title, "sourceLanguage", sourceLanguage, "format", "text", "content", content))
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long importShortArticle() {
        return importArticle(unique("Ferry"), "en", SHORT_ARTICLE);
    }

    /** An article of {@code paragraphs} one-sentence paragraphs, so it has exactly that many segments. */
    public static String numberedStops(int paragraphs) {
        return IntStream.rangeClosed(1, paragraphs)
                .mapToObj(i -> "The coastal tram stops at station number " + i + " before the bridge.")
                .collect(Collectors.joining("\n\n"));
    }

    public static void addLanguage(long documentId, String language) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("language", language))
                .post("/api/documents/" + documentId + "/languages").then().statusCode(201);
    }

    public static List<Long> segmentIds(long documentId) {
        return asAdmin().get("/api/documents/" + documentId + "/segments").then().statusCode(200).extract()
                .jsonPath().getList("id", Long.class);
    }

    public static long firstSegment(long documentId) {
        return segmentIds(documentId).get(0);
    }

    public record Saved(String text, String status, int version) {
    }

    /** The translation of one segment as the API reports it. */
    public static Saved translation(long documentId, String language, long segmentId) {
        JsonPath all = asAdmin().get("/api/documents/" + documentId + "/languages/" + language + "/translations")
                .then().statusCode(200).extract().jsonPath();
        String row = "find { it.segmentId == " + segmentId + " }.";
        return new Saved(all.getString(row + "text"), all.getString(row + "status"), all.getInt(row + "version"));
    }

    private static RequestSpecification asAdmin() {
        return Api.asAdmin();
    }
}
