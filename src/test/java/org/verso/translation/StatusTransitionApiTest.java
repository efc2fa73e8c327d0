package org.verso.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;
import static org.verso.Api.save;
import static org.verso.Api.translation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verso.Api;
import org.verso.account.User;

/**
 * Every step a person can ask for, one row each, through the API: a segment is brought to {@code from}, then
 * {@code who} saves it as {@code to} with the version they read. 200 is a step of the table; 403 a status the person
 * may never set; 409 a step the table refuses from that status (a translator over an APPROVED segment, a rejection
 * of an untranslated one) — and then nothing changed.
 */
@QuarkusTest
class StatusTransitionApiTest {

    private static final String ARTICLE = "The ferry left the harbour at dawn and came back late in the evening.\n";

    private static Api.User translator;
    private static Api.User reviewer;

    @BeforeEach
    void createUsersOnce() {
        if (translator == null) {
            translator = Api.createUser("translator");
            reviewer = Api.createUser("reviewer");
        }
    }

    @ParameterizedTest(name = "{2}: {0} → {1} answers {3}")
    @CsvSource({
            "NEW, DRAFT, translator, 200", "NEW, TRANSLATED, translator, 200",
            "NEW, APPROVED, translator, 403", "NEW, REJECTED, translator, 403",
            "DRAFT, DRAFT, translator, 200", "DRAFT, TRANSLATED, translator, 200",
            "DRAFT, APPROVED, translator, 403", "DRAFT, REJECTED, translator, 403",
            "FUZZY, DRAFT, translator, 200", "FUZZY, TRANSLATED, translator, 200",
            "FUZZY, APPROVED, translator, 403", "FUZZY, REJECTED, translator, 403",
            "TRANSLATED, DRAFT, translator, 200", "TRANSLATED, TRANSLATED, translator, 200",
            "TRANSLATED, APPROVED, translator, 403", "TRANSLATED, REJECTED, translator, 403",
            "REJECTED, DRAFT, translator, 200", "REJECTED, TRANSLATED, translator, 200",
            "REJECTED, APPROVED, translator, 403", "REJECTED, REJECTED, translator, 403",
            "APPROVED, DRAFT, translator, 409", "APPROVED, TRANSLATED, translator, 409",
            "APPROVED, APPROVED, translator, 403", "APPROVED, REJECTED, translator, 403",

            "NEW, DRAFT, reviewer, 200", "NEW, TRANSLATED, reviewer, 200",
            "NEW, APPROVED, reviewer, 200", "NEW, REJECTED, reviewer, 409",
            "DRAFT, DRAFT, reviewer, 200", "DRAFT, TRANSLATED, reviewer, 200",
            "DRAFT, APPROVED, reviewer, 200", "DRAFT, REJECTED, reviewer, 200",
            "FUZZY, DRAFT, reviewer, 200", "FUZZY, TRANSLATED, reviewer, 200",
            "FUZZY, APPROVED, reviewer, 200", "FUZZY, REJECTED, reviewer, 200",
            "TRANSLATED, DRAFT, reviewer, 200", "TRANSLATED, TRANSLATED, reviewer, 200",
            "TRANSLATED, APPROVED, reviewer, 200", "TRANSLATED, REJECTED, reviewer, 200",
            "REJECTED, DRAFT, reviewer, 200", "REJECTED, TRANSLATED, reviewer, 200",
            "REJECTED, APPROVED, reviewer, 200", "REJECTED, REJECTED, reviewer, 200",
            "APPROVED, DRAFT, reviewer, 200", "APPROVED, TRANSLATED, reviewer, 200",
            "APPROVED, APPROVED, reviewer, 200", "APPROVED, REJECTED, reviewer, 200",

            "NEW, DRAFT, admin, 200", "NEW, TRANSLATED, admin, 200",
            "NEW, APPROVED, admin, 200", "NEW, REJECTED, admin, 409",
            "DRAFT, DRAFT, admin, 200", "DRAFT, TRANSLATED, admin, 200",
            "DRAFT, APPROVED, admin, 200", "DRAFT, REJECTED, admin, 200",
            "FUZZY, DRAFT, admin, 200", "FUZZY, TRANSLATED, admin, 200",
            "FUZZY, APPROVED, admin, 200", "FUZZY, REJECTED, admin, 200",
            "TRANSLATED, DRAFT, admin, 200", "TRANSLATED, TRANSLATED, admin, 200",
            "TRANSLATED, APPROVED, admin, 200", "TRANSLATED, REJECTED, admin, 200",
            "REJECTED, DRAFT, admin, 200", "REJECTED, TRANSLATED, admin, 200",
            "REJECTED, APPROVED, admin, 200", "REJECTED, REJECTED, admin, 200",
            "APPROVED, DRAFT, admin, 200", "APPROVED, TRANSLATED, admin, 200",
            "APPROVED, APPROVED, admin, 200", "APPROVED, REJECTED, admin, 200"})
    void aPersonsStep(String from, String to, String who, int expected) {
        long id = Api.importArticle(ARTICLE);
        Api.addLanguage(id, "de");
        long segment = bringTo(id, from);
        Map<String, Object> before = translation(id, "de", segment);
        assertEquals(from, before.get("status"));
        int version = ((Number) before.get("version")).intValue();
        String text = "Gespeichert: " + source(id, segment);

        Response response = save(user(who), id, "de", segment, text, to, version);

        if (expected == 200) {
            response.then().statusCode(200);
            Map<String, Object> after = translation(id, "de", segment);
            assertEquals(List.of(to, text, version + 1), List.of(after.get("status"), after.get("text"),
                    after.get("version")));
        } else {
            assertProblem(response, expected);
            assertEquals(before, translation(id, "de", segment), "a refused step changes nothing");
        }
    }

    @Test
    void aTranslatorsSaveOverAnApprovalIsRefusedUntilAReviewerReopensIt() {
        long id = Api.importArticle(ARTICLE);
        Api.addLanguage(id, "de");
        long segment = Api.segmentId(id, 0);
        String approved = "Die Fähre verließ den Hafen im Morgengrauen und kam spät am Abend zurück.";
        save(reviewer, id, "de", segment, approved, "APPROVED", 0).then().statusCode(200);

        String detail = assertProblem(save(translator, id, "de", segment, "Die Fähre fuhr.", "TRANSLATED", 1), 409)
                .getString("detail");
        assertEquals("Segment " + segment + " is approved by " + reviewer.username() + "; it is locked for "
                + "translators — ask a reviewer to reopen it. Nothing was saved.", detail);
        assertEquals(List.of(approved, "APPROVED", 1), state(id, segment));

        save(reviewer, id, "de", segment, null, "TRANSLATED", 1).then().statusCode(200);
        save(translator, id, "de", segment, "Die Fähre fuhr im Morgengrauen ab und kam spät am Abend zurück.",
                "TRANSLATED", 2).then().statusCode(200);
        assertEquals(List.of("Die Fähre fuhr im Morgengrauen ab und kam spät am Abend zurück.", "TRANSLATED", 3),
                state(id, segment));
        assertEquals(List.of("EDITOR", "EDITOR", "EDITOR"), asAdmin()
                .get("/api/documents/{id}/languages/de/translations/{s}/revisions", id, segment)
                .then().statusCode(200).extract().jsonPath().getList("origin"));
    }

    /** Brings the article's one segment to {@code status}; FUZZY by splitting it (the first half keeps its text). */
    private static long bringTo(long id, String status) {
        long segment = Api.segmentId(id, 0);
        String text = "Gespeichert: " + source(id, segment);
        switch (status) {
            case "NEW" -> { }
            case "REJECTED" -> {
                save(Api.ADMIN, id, "de", segment, text, "TRANSLATED", 0).then().statusCode(200);
                save(Api.ADMIN, id, "de", segment, null, "REJECTED", 1).then().statusCode(200);
            }
            case "FUZZY" -> {
                save(Api.ADMIN, id, "de", segment, text, "TRANSLATED", 0).then().statusCode(200);
                asAdmin().contentType(ContentType.JSON).body(Map.of("offset", 27))
                        .post("/api/documents/{id}/segments/{s}/split", id, segment).then().statusCode(200);
            }
            default -> save(Api.ADMIN, id, "de", segment, text, status, 0).then().statusCode(200);
        }
        return segment;
    }

    private static String source(long id, long segment) {
        return Api.segments(id).stream().filter(s -> ((Number) s.get("id")).longValue() == segment)
                .map(s -> (String) s.get("source")).findFirst().orElseThrow();
    }

    private static List<Object> state(long id, long segment) {
        Map<String, Object> t = translation(id, "de", segment);
        return List.of(t.get("text"), t.get("status"), t.get("version"));
    }

    private static Api.User user(String who) {
        return switch (who) {
            case "translator" -> translator;
            case "reviewer" -> reviewer;
            default -> Api.ADMIN;
        };
    }
}
