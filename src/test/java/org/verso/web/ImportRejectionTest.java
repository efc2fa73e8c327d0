package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.verso.Api.asAdmin;
import static org.verso.Api.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.Api;

/** An import that cannot become a document is refused with a readable reason, and nothing is stored. */
@QuarkusTest
class ImportRejectionTest {

    @Test
    void emptyContentIsRefused() {
        assertEquals("The article is empty.", refused(400, () -> paste("en", "text", "")).getString("detail"));
    }

    @Test
    void whitespaceOnlyContentIsRefused() {
        assertEquals("The article is empty.", refused(400, () -> paste("en", "text", "  \n\n\t \n"))
                .getString("detail"));
    }

    @Test
    void missingContentIsRefused() {
        Map<String, Object> body = new HashMap<>(Map.of("sourceLanguage", "en", "format", "text"));
        refused(400, () -> Api.postDocument(body));
    }

    @Test
    void binaryUploadIsRefused() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 0, 0, 'x', 'l', 0, 0};
        assertEquals("The file looks like binary data (it contains NUL bytes), not text. Upload a text or Markdown"
                + " file.", refused(400, () -> upload("article.txt", bytes)).getString("detail"));
    }

    @Test
    void latin1UploadIsRefusedAsNotUtf8() {
        byte[] bytes = "Caf\u00e9 reopens\n\nThe caf\u00e9 reopened.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("The file is not valid UTF-8 text (first bad byte at offset 3).",
                refused(400, () -> upload("cafe.txt", bytes)).getString("detail"));
    }

    @Test
    void uploadWithoutAFileIsRefused() {
        refused(400, () -> asAdmin().multiPart("sourceLanguage", "en").multiPart("title", "No file")
                .post("/api/documents"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "english", "", "en-", "12"})
    void unknownSourceLanguageIsRefused(String language) {
        refused(400, () -> paste(language, "text", "Ships sailed.\n"));
    }

    @Test
    void missingSourceLanguageIsRefused() {
        Map<String, Object> body = new HashMap<>(Map.of("format", "text", "content", "Ships sailed.\n"));
        refused(400, () -> Api.postDocument(body));
    }

    @Test
    void unknownFormatIsRefused() {
        assertEquals("Unknown format 'odt'. Use auto, text, markdown, html, docx, xliff, po, json, properties or android.",
                refused(400, () -> paste("en", "odt", "Ships sailed.\n")).getString("detail"));
    }

    @Test
    void jsonNullBodyIsRefused() {
        refused(400, () -> asAdmin().contentType("application/json").body("null").post("/api/documents"));
    }

    @Test
    void unsupportedMediaTypeIsRefused() {
        Response response = asAdmin().contentType("text/csv").body("a,b\n").post("/api/documents");
        assertEquals(415, response.statusCode(), response.asString());
        Api.assertNoInternals(response.asString());
    }

    /** Asserts the problem answer and that the number of documents did not change. */
    private static JsonPath refused(int status, Supplier<Response> call) {
        int before = Api.documentCount();
        JsonPath problem = assertProblem(call.get(), status);
        assertEquals(before, Api.documentCount(), "a refused import stored a document");
        assertTrue(problem.getString("detail").endsWith(".") || problem.getString("detail").endsWith(")"),
                problem.getString("detail"));
        return problem;
    }

    private static Response paste(String language, String format, String content) {
        return Api.postDocument(Map.of("title", Api.unique("Refused"), "sourceLanguage", language, "format", format,
                "content", content));
    }

    private static Response upload(String fileName, byte[] bytes) {
        return asAdmin().multiPart("file", fileName, bytes, "application/octet-stream")
                .multiPart("sourceLanguage", "en").post("/api/documents");
    }
}
