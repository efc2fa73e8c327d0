package org.verso.live;

import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The editor's JSON routes are in the published OpenAPI document, so API users can find them. */
@QuarkusTest
class EditorOpenApiTest {

    @Test
    void editorRoutesAreDocumented() {
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/documents/{id}/languages/{lang}/translations/{segmentId}/revisions"))
                .body("paths", hasKey(
                        "/api/documents/{id}/languages/{lang}/translations/{segmentId}/revisions/{version}/revert"))
                .body("paths", hasKey("/api/documents/{id}/segments/{segmentId}/comments"))
                .body("paths", hasKey("/api/documents/{id}/languages/{lang}/events"))
                .body("paths", hasKey("/api/documents/{id}/languages/{lang}/presence"))
                .body("paths", hasKey("/api/documents/{id}/languages/{lang}/replace"))
                .body("paths", hasKey("/api/documents/{id}/languages/{lang}/stats"));
    }
}
