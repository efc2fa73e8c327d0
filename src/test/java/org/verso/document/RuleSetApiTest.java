package org.verso.document;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

@QuarkusTest
class RuleSetApiTest {

    private static final String ARTICLE = "Rain fell; the match went on. Fans stayed";

    @Test
    void anUploadedRuleSetIsListedWithItsLanguageRules() {
        String name = upload("semicolons.srx").then().statusCode(201).extract().jsonPath().getString("name");
        Api.asAdmin().get("/api/segmentation-rules").then().statusCode(200)
                .body("name", hasItem(name)).body("find { it.name == '" + name + "' }.languageRules", hasItem("Semicolons"));
    }

    @Test
    void anImportNamingTheRuleSetIsSegmentedByIt() {
        String name = upload("semicolons.srx").then().statusCode(201).extract().jsonPath().getString("name");
        long id = importWith(name).then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(List.of("Rain fell;", "the match went on.", "Fans stayed"),
                Api.segments(id).stream().map(s -> s.get("source")).toList());
    }

    @Test
    void anImportWithoutAChoiceUsesVersosRules() {
        long id = importWith(null).then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(List.of("Rain fell; the match went on.", "Fans stayed"),
                Api.segments(id).stream().map(s -> s.get("source")).toList());
    }

    @Test
    void anUnknownRuleSetAtImportIsRefused() {
        importWith(Api.unique("missing")).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no segmentation rule set"));
    }

    @Test
    void anSrxFileWithABadRegexIsRefusedWithItsLine() {
        upload("bad-regex.srx").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Line 8"));
    }

    @Test
    void anSrxFileWithAnExternalEntityIsRefusedWithoutReadingIt() {
        upload("xxe.srx").then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("root:")));
    }

    @Test
    void aSecondRuleSetWithTheSameNameIsAConflict() {
        String name = upload("semicolons.srx").then().statusCode(201).extract().jsonPath().getString("name");
        Api.asAdmin().multiPart("name", name).multiPart("file", "again.srx", bytes("semicolons.srx"))
                .post("/api/segmentation-rules").then().statusCode(409);
    }

    @Test
    void translatorsCannotUploadRuleSets() {
        Api.createUser("translator").request().multiPart("name", Api.unique("rules"))
                .multiPart("file", "s.srx", bytes("semicolons.srx")).post("/api/segmentation-rules")
                .then().statusCode(403);
    }

    private static Response upload(String fixture) {
        return Api.asAdmin().multiPart("name", Api.unique("rules")).multiPart("file", fixture, bytes(fixture))
                .post("/api/segmentation-rules");
    }

    private static Response importWith(String ruleSet) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", Api.unique("Rules"),
                "sourceLanguage", "en", "format", "text", "content", ARTICLE));
        if (ruleSet != null) {
            body.put("segmentationRules", ruleSet);
        }
        return Api.asAdmin().contentType(ContentType.JSON).body(body).post("/api/documents");
    }

    private static byte[] bytes(String fixture) {
        try (InputStream in = RuleSetApiTest.class.getResourceAsStream("/srx/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
