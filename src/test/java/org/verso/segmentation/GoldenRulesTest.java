package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.verso.TestResources;

/**
 * One test per Golden Rules case: the public set in src/test/resources/golden-rules (see SOURCE.md there) and
 * Verso's own cases in the same format (src/test/resources/.../golden-rules). The language is
 * the file name up to its first '.' or '-' ("en-pysbd48.jsonl" is English).
 */
class GoldenRulesTest {

    /**
     * Cases the rules are known to miss. Their tests assert that the gap is still there, so the day the rules handle
     * one the test fails and the entry here must go; nothing is skipped. Empty since en-18 ("6 P.M. Mr. Smith", marked
     * "NOT IMPLEMENTED" upstream) passes: a time that opens its sentence ("At 5 a.m.") is followed by the rest of it,
     * any other a.m./p.m. ends the sentence before a capitalised word.
     */
    private static final Map<String, String> KNOWN_FAILURES = Map.of();

    @TestFactory
    Stream<DynamicTest> publicGoldenRules() {
        return casesIn(TestResources.path("golden-rules"));
    }

    @TestFactory
    Stream<DynamicTest> versosOwnGoldenRules() throws URISyntaxException {
        return casesIn(Path.of(getClass().getResource("golden-rules").toURI()));
    }

    private static Stream<DynamicTest> casesIn(Path folder) {
        return files(folder).stream().flatMap(file -> {
            Segmenter segmenter = Segmenters.forLanguage(file.getFileName().toString().split("[.-]")[0]);
            return read(file).stream().map(c -> dynamicTest(c.id() + " " + c.name(), () -> {
                List<String> actual = segmenter.split(c.text()).stream().map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                if (KNOWN_FAILURES.containsKey(c.id())) {
                    assertNotEquals(c.expected(), actual, c.id() + " passes now: remove it from KNOWN_FAILURES");
                } else {
                    assertEquals(c.expected(), actual, c.text());
                }
            }));
        });
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GoldenRuleCase> read(Path file) {
        try {
            return GoldenRuleCase.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
