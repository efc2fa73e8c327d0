package org.verso.replace;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.verso.Api;
import org.verso.web.Browser;
import org.verso.translation.EditorBrowserTest;

/** Search and replace over a language's target texts: preview, status scope, regex, revisions, bad input. */
@QuarkusTest
class ReplaceApiTest {

    @Test
    void previewListsTheChangesAndSavesNothing() {
        long id = translated("Der Hafen ist alt.", "Der Hafen ist neu.");
        JsonPath preview = replace(id, Map.of("find", "Hafen", "replace", "Kai", "preview", true))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Der Kai ist alt.", "Der Kai ist neu."), preview.getList("after"));
        assertEquals(List.of("Der Hafen ist alt.", "Der Hafen ist neu."), preview.getList("before"));
        assertEquals("Der Hafen ist alt.", Api.translation(id, "de", Api.segmentId(id, 0)).get("text"));
    }

    @Test
    void replaceSavesEachChangeAsARevisionOnlyInTheChosenStatuses() {
        long id = translated("Der Hafen ist alt.", "Der Hafen ist neu.");
        long second = Api.segmentId(id, 1);
        Api.save(Api.ADMIN, id, "de", second, "Der Hafen ist neu.", "APPROVED", 1).then().statusCode(200);

        JsonPath done = replace(id, Map.of("find", "Hafen", "replace", "Kai", "statuses", List.of("TRANSLATED")))
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(2), done.getList("version"));
        assertEquals("Der Kai ist alt.", Api.translation(id, "de", Api.segmentId(id, 0)).get("text"));
        assertEquals("TRANSLATED", Api.translation(id, "de", Api.segmentId(id, 0)).get("status"));
        assertEquals("Der Hafen ist neu.", Api.translation(id, "de", second).get("text"));
        String comment = Api.asAdmin().get("/api/documents/{id}/languages/de/translations/{s}/revisions", id,
                Api.segmentId(id, 0)).then().extract().jsonPath().getString("[1].comment");
        assertEquals("replaced “Hafen” with “Kai”", comment);
    }

    @Test
    void aRegularExpressionMayUseGroups() {
        long id = translated("Am Montag kam er.", "Am Dienstag ging er.");
        replace(id, Map.of("find", "Am (\\w+)tag", "replace", "Jeden $1tag", "regex", true)).then().statusCode(200);
        assertEquals("Jeden Montag kam er.", Api.translation(id, "de", Api.segmentId(id, 0)).get("text"));
        assertEquals("Jeden Diens" + "tag ging er.", Api.translation(id, "de", Api.segmentId(id, 1)).get("text"));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long id = translated("Der Hafen ist alt.", "Der Hafen ist neu.");
        assertProblem(replace(id, Map.of("find", "(", "replace", "x", "regex", true)), 400);
        assertProblem(replace(id, Map.of("find", "Hafen", "replace", "$3", "regex", true)), 400);
        assertProblem(replace(id, Map.of("find", "", "replace", "x")), 400);
        assertProblem(replace(id, Map.of("find", "Hafen", "replace", "x", "statuses", List.of("DONE"))), 400);
        assertEquals("Der Hafen ist alt.", Api.translation(id, "de", Api.segmentId(id, 0)).get("text"));
    }

    /**
     * An expression that backtracks without end ({@code (.*a){12}$} on 41 characters runs for hours on
     * java.util.regex) is stopped by its time budget: 400 naming the segment, nothing changed. The timeout only
     * keeps the suite from hanging if the budget ever stops working.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunawayExpressionIsStoppedByItsBudgetAndNamesTheSegment() {
        String target = "a".repeat(40) + "b";
        long id = translated("Der Hafen ist alt.", target);
        for (boolean preview : List.of(true, false)) {
            String detail = assertProblem(replace(id, Map.of("find", "(.*a){12}$", "replace", "x", "regex", true,
                    "preview", preview)), 400).getString("detail");
            assertTrue(detail.contains("too slow") && detail.contains("segment 2"), detail);
        }
        assertEquals(target, Api.translation(id, "de", Api.segmentId(id, 1)).get("text"));
        assertEquals(1, Api.translation(id, "de", Api.segmentId(id, 1)).get("version"));
    }

    @Test
    void thePagePreviewsWithTheChangedWordsMarked() {
        long id = translated("Der Hafen ist alt.", "Der Hafen ist neu.");
        Browser.admin().post("/documents/" + id + "/replace/de", "find", "Hafen", "replace", "Kai", "action",
                "preview").then().statusCode(200).body(containsString("2 segments would change"))
                .body(containsString("<del>Hafen</del><ins>Kai</ins>"));
    }

    /** A two-sentence article with both sentences TRANSLATED into German as given. */
    private static long translated(String first, String second) {
        long id = Api.importArticle(EditorBrowserTest.sentence() + "\n\n" + EditorBrowserTest.sentence());
        Api.addLanguage(id, "de");
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 0), first, "TRANSLATED", 0).then().statusCode(200);
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 1), second, "TRANSLATED", 0).then().statusCode(200);
        return id;
    }

    private static Response replace(long id, Map<String, Object> body) {
        return Api.asAdmin().contentType(ContentType.JSON).body(new HashMap<>(body))
                .post("/api/documents/{id}/languages/de/replace", id);
    }
}
