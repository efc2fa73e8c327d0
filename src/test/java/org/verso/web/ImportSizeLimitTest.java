package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.Api;

/**
 * The import limit (verso.import.max-bytes), lowered to 1000 bytes so the test sends little. The profile only
 * overrides that entry: the config profile stays whatever the run chose ("test", or "test,pg").
 */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
@QuarkusTest
@TestProfile(ImportSizeLimitTest.SmallImportLimit.class)
class ImportSizeLimitTest {

    public static class SmallImportLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verso.import.max-bytes", "1000");
        }
    }

    @Test
    void pastedArticleAtTheLimitIsAccepted() {
        Api.postDocument(Map.of("sourceLanguage", "en", "content", article(1000))).then().statusCode(201);
    }

    @Test
    void pastedArticleOverTheLimitIsTooLarge() {
        int before = Api.documentCount();
        assertEquals("The article is 1001 bytes; the limit is 1000 bytes (verso.import.max-bytes).",
                assertProblem(Api.postDocument(Map.of("sourceLanguage", "en", "content", article(1001))), 413)
                        .getString("detail"));
        assertEquals(before, Api.documentCount());
    }

    @Test
    void uploadedFileOverTheLimitIsTooLarge() {
        int before = Api.documentCount();
        assertProblem(asAdmin().multiPart("file", "long.txt", article(1001).getBytes(StandardCharsets.UTF_8),
                "text/plain").multiPart("sourceLanguage", "en").post("/api/documents"), 413);
        assertEquals(before, Api.documentCount());
    }

    /** A plain-text article of exactly {@code bytes} UTF-8 bytes. */
    private static String article(int bytes) {
        StringBuilder text = new StringBuilder("Long article\n\n");
        while (text.length() < bytes - 1) {
            text.append("Ships sailed. ");
        }
        text.setLength(bytes - 1);
        return text.append('\n').toString();
    }
}
