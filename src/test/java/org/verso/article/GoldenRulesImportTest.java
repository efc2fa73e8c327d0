package org.verso.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Tag;
import org.verso.Api;
import org.verso.TestResources;
import org.verso.segmentation.GoldenRuleCase;

/**
 * The Golden Rules through the import, as a translator meets them (issue 21): each case's text pasted as a plain-text
 * article in the file's language, the document's segments compared with the expected sentences. Unlike the
 * segmenter's own test, this runs the text reader (paragraphs, soft wraps kept as line breaks) and the layout too.
 */
@QuarkusTest
@Tag("once") // its subject is not the database: run in the H2 pass only (.ci/run)
class GoldenRulesImportTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenRuleCasePassesThroughTheImport() throws IOException {
        try (Stream<Path> files = Files.list(TestResources.path("golden-rules"))) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList().stream().flatMap(file -> {
                String language = file.getFileName().toString().split("[.-]")[0];
                return cases(file).stream().map(c -> dynamicTest(c.id() + " " + c.name(),
                        () -> assertEquals(c.expected(), imported(language, c.text()), c.text())));
            });
        }
    }

    private static List<GoldenRuleCase> cases(Path file) {
        try {
            return GoldenRuleCase.read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> imported(String language, String text) {
        long id = Api.postDocument(Map.of("title", Api.unique("Golden"), "sourceLanguage", language, "format", "text",
                "content", text)).then().statusCode(201).extract().jsonPath().getLong("id");
        return Api.segments(id).stream().map(s -> (String) s.get("source")).toList();
    }
}
