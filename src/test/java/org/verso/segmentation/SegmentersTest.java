package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SegmentersTest {

    @Test
    void regionalVariantsShareTheSegmenterOfTheirLanguage() {
        assertSame(Segmenters.forLanguage("en"), Segmenters.forLanguage("en-GB"));
    }

    @Test
    void primarySubtagIsMatchedIgnoringCaseAndUnderscores() {
        assertSame(Segmenters.forLanguage("pt"), Segmenters.forLanguage("PT_br"));
    }

    @Test
    void scriptAndRegionSubtagsAreIgnored() {
        assertSame(Segmenters.forLanguage("zh"), Segmenters.forLanguage("zh-Hant-TW"));
    }

    @Test
    void languagesWithTheirOwnRulesGetTheirOwnSegmenter() {
        assertNotSame(Segmenters.forLanguage("en"), Segmenters.forLanguage("fr"));
    }

    @Test
    void unknownLanguagesShareTheGenericSegmenter() {
        assertSame(Segmenters.forLanguage("xx"), Segmenters.forLanguage("haw"));
    }

    @Test
    void malformedTagGetsTheGenericSegmenter() {
        assertSame(Segmenters.forLanguage("xx"), Segmenters.forLanguage("not a tag!"));
    }

    @Test
    void nullTagIsRejected() {
        assertThrows(NullPointerException.class, () -> Segmenters.forLanguage(null));
    }

    @Test
    void concurrentLookupsShareOneInstance() {
        Set<Segmenter> seen = IntStream.range(0, 200).parallel()
                .mapToObj(i -> Segmenters.forLanguage(i % 2 == 0 ? "de-AT" : "de-CH"))
                .collect(Collectors.toSet());
        assertEquals(1, seen.size());
    }

    @Test
    void segmenterMayBeSharedAcrossThreads() {
        Segmenter english = Segmenters.forLanguage("en");
        List<List<String>> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> english.split("Mr. Diaz won. He thanked voters."))
                .distinct().toList();
        assertEquals(List.of(List.of("Mr. Diaz won.", "He thanked voters.")), results);
    }

    /** Each thread keeps its matchers from paragraph to paragraph; threads taking paragraphs in any order agree. */
    @Test
    void threadsSplittingDifferentParagraphsAgreeWithOneThread() throws Exception {
        Segmenter english = Segmenters.forLanguage("en");
        List<String> texts = FastPathEquivalenceTest.texts();
        List<List<String>> alone = texts.stream().map(english::split).toList();
        List<List<String>> together = IntStream.range(0, texts.size() * 4).parallel()
                .mapToObj(i -> english.split(texts.get(i % texts.size()))).toList();
        for (int i = 0; i < together.size(); i++) {
            assertEquals(alone.get(i % texts.size()), together.get(i), texts.get(i % texts.size()));
        }
    }
}
