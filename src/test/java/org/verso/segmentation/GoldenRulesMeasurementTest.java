package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.TestResources;

/**
 * Measures the English segmenter on the Golden Rules (pragmatic_segmenter's 52 cases) and fails if
 * it passes fewer than it did when this floor was set: all of them since en-18 ("6 P.M. Mr. Smith", marked not
 * implemented upstream) passes.
 */
class GoldenRulesMeasurementTest {

    private static final Path ENGLISH = TestResources.path("golden-rules/en.jsonl");
    /** Raise this when the segmenter improves; it guards against regressions. */
    private static final int FLOOR = 52;

    @Test
    void englishGoldenRulesPassAtLeastTheRecordedFloor() throws IOException {
        List<GoldenRuleCase> cases = GoldenRuleCase.read(ENGLISH);
        Segmenter english = Segmenters.forLanguage("en");
        List<String> failed = cases.stream().filter(c -> !c.passes(english)).map(GoldenRuleCase::id).toList();
        int passed = cases.size() - failed.size();
        System.out.printf("English Golden Rules: %d/%d passed (%.2f%%), failing: %s%n",
                passed, cases.size(), 100.0 * passed / cases.size(), failed);
        assertTrue(passed >= FLOOR, "English Golden Rules regressed: " + passed + " < " + FLOOR + ", failing " + failed);
    }
}
