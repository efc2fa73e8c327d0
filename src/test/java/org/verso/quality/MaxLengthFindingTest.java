package org.verso.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.interchange.catalog.PluralText;
import org.verso.qa.QaContext;
import org.verso.qa.QaIssue;

/**
 * A catalog unit's max length (newsroom.pot: "Latest" on the front page, max-length:20) is checked on save and in the
 * viewer's language; a plural translation form by form.
 */
@QuarkusTest
class MaxLengthFindingTest {

    private static long upload() {
        return asAdmin().multiPart("sourceLanguage", "en").multiPart("file", "newsroom.pot",
                        Api.resourceBytes("/interchange/catalogs/newsroom.pot"), "application/octet-stream")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Map<String, Object>> maxLength(JsonPath saved) {
        return saved.getList("issues.findAll { it.check == 'max-length' }");
    }

    @Test
    void aTranslationLongerThanTheUnitsMaxLengthIsAnErrorAndAShortOneIsNot() {
        long id = upload();
        Api.addLanguage(id, "ru");
        long latest = Api.segmentId(id, 1);

        JsonPath tooLong = Api.save(Api.ADMIN, id, "ru", latest, "Самые свежие новости дня", "DRAFT", 0).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(Map.of("check", "max-length", "severity", "ERROR", "message",
                "The translation has 24 characters; this string takes at most 20.", "code", "longerThanMax",
                "args", Map.of("length", "24", "max", "20"))), maxLength(tooLong));

        JsonPath fits = Api.save(Api.ADMIN, id, "ru", latest, "Свежее", "DRAFT", tooLong.getInt("version")).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), maxLength(fits));
    }

    @Test
    void theFindingIsSaidInPersianAndUnitsWithoutALimitAreNotChecked() {
        long id = upload();
        Api.addLanguage(id, "ru");
        JsonPath persian = Api.ADMIN.request().header("Accept-Language", "fa").contentType("application/json")
                .body(Map.of("text", "Самые свежие новости дня", "status", "DRAFT", "version", 0))
                .put("/api/documents/{id}/languages/ru/translations/{s}", id, Api.segmentId(id, 1)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("ترجمه 24 نویسه دارد؛ این رشته حداکثر 20 نویسه می‌پذیرد."),
                maxLength(persian).stream().map(i -> i.get("message")).toList());

        JsonPath unlimited = Api.save(Api.ADMIN, id, "ru", Api.segmentId(id, 2), "x".repeat(300), "DRAFT", 0)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), maxLength(unlimited));
    }

    @Test
    void aPluralTranslationIsCheckedFormByForm() {
        String forms = PluralText.encode(Map.of("one", "<1/> отзыв", "few", "<1/> отзыва",
                "many", "<1/> отзывов к статье", "other", "<1/> отзыва"));
        List<QaIssue> found = PluralChecks.run("<1/> comment", forms,
                new QaContext("en", "ru", List.of(), List.of(), 8), Set.of("max-length"));
        assertEquals(List.of("\"many\" form: The translation has 17 characters; this string takes at most 8."),
                found.stream().map(QaIssue::message).toList());
    }
}
