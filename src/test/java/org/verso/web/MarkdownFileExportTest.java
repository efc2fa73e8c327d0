package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/** A Markdown file through the API: imported, approved, exported as the same file around its translation. */
@QuarkusTest
class MarkdownFileExportTest {

    @Test
    void anApprovedUnchangedMarkdownFileExportsByteForByteAndATranslationKeepsTheTable() {
        byte[] file = Api.resourceBytes("/interchange/roundtrip/markdown/table.md");
        long id = asAdmin().multiPart("file", "tides.md", file, "text/markdown").multiPart("sourceLanguage", "en")
                .post("/api/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.addLanguage(id, "fr");
        for (Map<String, Object> segment : Api.segments(id)) {
            String source = (String) segment.get("source");
            Api.save(Api.ADMIN, id, "fr", ((Number) segment.get("id")).longValue(),
                    source.equals("Calm seas") ? "Mer calme" : source, "APPROVED", 0).then().statusCode(200);
        }
        String exported = asAdmin().get("/api/documents/{id}/languages/fr/export?format=md", id).then()
                .statusCode(200).extract().asString();
        String original = new String(file, StandardCharsets.UTF_8);
        assertEquals(original.replace("| Calm seas       |", "| Mer calme       |"), exported);
        assertTrue(exported.contains("|:---------|:----------:|----------------:|"));
    }
}
