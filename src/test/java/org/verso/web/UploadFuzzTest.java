package org.verso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verso.Api;
import org.verso.interchange.po.MoBytes;

/**
 * A thousand generated hostile files per upload endpoint: each gets a 4xx or a success, never a 500, never a
 * hang, and a refused file leaves every table as it was. The seed is printed; {@code -Dverso.fuzz.seed=N}
 * replays a run.
 */
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
@QuarkusTest
class UploadFuzzTest {

    /** The count for every upload endpoint; {@code -Dverso.fuzz.inputs=N} changes it for a quick local run. */
    private static final int INPUTS = Integer.getInteger("verso.fuzz.inputs", 1_000);
    /** Far above what any of these inputs takes; a parser stuck in a loop shows up as a timeout. */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final List<String> TABLES = List.of("document", "document_skeleton", "document_version",
            "document_language", "paragraph", "segment", "translation", "revision", "memory_unit", "glossary_term",
            "segmentation_rules");
    /** Every table's row count in one round trip, as one row (the check runs twice per input). */
    private static final String COUNT_ROWS = TABLES.stream().map(t -> "(SELECT COUNT(*) FROM " + t + ")")
            .collect(Collectors.joining(", ", "SELECT ", ""));

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource database;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String session;

    @BeforeEach
    void logIn() {
        session = Browser.SESSION_COOKIE + "=" + Browser.submitLogin(Api.ADMIN.username(), Api.ADMIN.password())
                .getCookie(Browser.SESSION_COOKIE);
    }

    @Test
    void articleImportSurvivesHostileFiles() throws Exception {
        fuzz("/api/documents", List.of(
                sample("tram-line.txt", Api.resourceBytes("/articles/tram-line.txt")),
                sample("tram-line.md", Api.resourceBytes("/articles/tram-line.ru.md"))),
                Map.of("sourceLanguage", "en", "title", "Fuzzed article"));
    }

    @Test
    void htmlAndXliffArticleImportSurvivesHostileFiles() throws Exception {
        XliffExports exports = xliffExports();
        fuzz("/api/documents", List.of(
                sample("tram-line.html", Api.resourceBytes("/articles/tram-line.html")),
                sample("article.xlf", exports.xliff2()),
                sample("article-1.2.xlf", exports.xliff12())),
                Map.of("sourceLanguage", "en", "title", "Fuzzed article"), INPUTS);
    }

    @Test
    void xliffTranslationImportSurvivesHostileFiles() throws Exception {
        XliffExports exports = xliffExports();
        fuzz("/api/documents/" + exports.documentId() + "/languages/de/import",
                List.of(sample("article.de.xlf", exports.xliff2()), sample("article.de-1.2.xlf", exports.xliff12())),
                Map.of(), INPUTS);
    }

    @Test
    void memoryImportSurvivesHostileFiles() throws Exception {
        fuzz("/api/memory/import", List.of(
                sample("memory.tmx", Api.resourceBytes("/org/verso/interchange/tmx/memory.tmx")),
                sample("kitchen.po", Api.resourceBytes("/org/verso/interchange/po/kitchen.po")),
                sample("catalog.mo", new MoBytes().entry("", "Content-Type: text/plain; charset=UTF-8\n")
                        .entry("The harbour reopened.", "Der Hafen ist wieder offen.").build())),
                Map.of("sourceLanguage", "en", "targetLanguage", "de"));
    }

    @Test
    void glossaryImportSurvivesHostileFiles() throws Exception {
        fuzz("/api/glossary/import", List.of(
                sample("news-v3.tbx", Api.resourceBytes("/org/verso/interchange/tbx/news-v3.tbx")),
                sample("news-v2.tbx", Api.resourceBytes("/org/verso/interchange/tbx/news-v2.tbx")),
                sample("terms.csv", "source,target,note\nharbour,гавань,port\nferry,паром,\n"
                        .getBytes(StandardCharsets.UTF_8))),
                Map.of("sourceLanguage", "en", "targetLanguage", "ru"));
    }

    @Test
    void segmentationRuleUploadSurvivesHostileFiles() throws Exception {
        fuzz("/api/segmentation-rules", List.of(
                sample("minimal.srx", Api.resourceBytes("/org/verso/segmentation/srx/valid/minimal.srx")),
                sample("header-extension.srx",
                        Api.resourceBytes("/org/verso/segmentation/srx/valid/header-extension.srx"))),
                Map.of());
    }

    private void fuzz(String path, List<HostileFiles.Sample> samples, Map<String, String> fields) throws Exception {
        fuzz(path, samples, fields, INPUTS);
    }

    private void fuzz(String path, List<HostileFiles.Sample> samples, Map<String, String> fields, int inputs)
            throws Exception {
        long seed = Long.getLong("verso.fuzz.seed", System.nanoTime());
        System.out.println("UploadFuzzTest " + path + " seed: " + seed + " (replay with -Dverso.fuzz.seed=" + seed
                + ")");
        HostileFiles files = new HostileFiles(seed, samples);
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < inputs; i++) {
            HostileFiles.Input input = files.next(i);
            Map<String, Long> before = rowCounts();
            HttpResponse<String> answer = upload(path, input, fields, seed);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            String context = input + " seed " + seed + " → " + answer.statusCode() + " " + answer.body();
            assertTrue(answer.statusCode() < 500, context);
            assertFalse(answer.body().contains("at org.") || answer.body().contains("Exception"), context);
            if (answer.statusCode() >= 400) {
                assertEquals(before, rowCounts(), "a refused file stored something: " + context);
                assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("")
                        .replaceFirst(";.*", ""), "a refusal is a problem document: " + context);
            }
        }
        System.out.println("UploadFuzzTest " + path + " answers: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(s -> s >= 400), "the inputs must include refused files");
    }

    private HttpResponse<String> upload(String path, HostileFiles.Input input, Map<String, String> fields, long seed)
            throws IOException, InterruptedException {
        String boundary = "fuzz" + Long.toHexString(seed) + input.index();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (path.endsWith("segmentation-rules")) {
            all.put("name", Api.unique("fuzz").toLowerCase());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Cookie", session).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(HANG)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, all, input))).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AssertionError("No answer within " + HANG.toSeconds() + " s to " + input + ", seed " + seed, e);
        }
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, HostileFiles.Input input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + input.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(input.bytes());
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A document and its German translation exported as XLIFF 2.1 and 1.2. */
    private record XliffExports(long documentId, byte[] xliff2, byte[] xliff12) {
    }

    /** A three-paragraph article translated into German, one segment done, and its exports. */
    private static XliffExports xliffExports() {
        long id = Api.importArticle("The harbour reopened on " + Api.letters(6) + ". Ships waited at anchor.\n\n"
                + "Storms came back in the night.\n\nThe quay stayed empty.\n");
        Api.addLanguage(id, "de");
        Api.save(Api.ADMIN, id, "de", Api.segmentId(id, 0), "Der Hafen ist wieder offen.", "TRANSLATED", 0)
                .then().statusCode(200);
        return new XliffExports(id, export(id, "xliff"), export(id, "xliff12"));
    }

    private static byte[] export(long id, String format) {
        return Api.asAdmin().get("/api/documents/{id}/languages/de/export?format={f}&partial=true", id, format)
                .then().statusCode(200).extract().asByteArray();
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(COUNT_ROWS)) {
            rows.next();
            for (int i = 0; i < TABLES.size(); i++) {
                counts.put(TABLES.get(i), rows.getLong(i + 1));
            }
        }
        return counts;
    }

    private static HostileFiles.Sample sample(String name, byte[] bytes) {
        return new HostileFiles.Sample(name, bytes);
    }
}
