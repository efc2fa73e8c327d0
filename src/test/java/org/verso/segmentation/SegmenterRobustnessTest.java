package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input no article should have, which must still give sensible output quickly. */
class SegmenterRobustnessTest {

    @Test
    void emptyParagraphGivesNoSegments() {
        assertEquals(List.of(), Segmenters.forLanguage("en").split(""));
    }

    @Test
    void whitespaceOnlyGivesNoSegments() {
        assertEquals(List.of(), Segmenters.forLanguage("en").split(" \t\n\u3000 "));
    }

    @Test
    void punctuationOnlyIsOneSegment() {
        assertEquals(List.of("?! ... !!! ."), Segmenters.forLanguage("en").split("?! ... !!! ."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The U.S. envoy met Dr. Smith at 5 p.m. on Jan. 4. He left! ", "a", " "})
    void tenMegabyteLineFinishesQuickly(String unit) {
        assertSplitsQuicklyWithoutLosingText(unit, 10_000_000, Duration.ofSeconds(20));
    }

    /** Input built to make many rules try at every position; one megabyte each to keep the build fast. */
    @ParameterizedTest
    @ValueSource(strings = {". ", "1. ", "x\n", "。", "Hello.World", "é. É ", "Mr. ", "www.a.b/", "a@b."})
    void adversarialLineFinishesQuickly(String unit) {
        assertSplitsQuicklyWithoutLosingText(unit, 1_000_000, Duration.ofSeconds(5));
    }

    private static void assertSplitsQuicklyWithoutLosingText(String unit, int length, Duration limit) {
        String line = unit.repeat(length / unit.length());
        List<String> segments = assertTimeoutPreemptively(limit, () -> Segmenters.forLanguage("en").split(line));
        assertEquals(line.replaceAll("\\s+", ""), String.join("", segments).replaceAll("\\s+", ""));
    }
}
