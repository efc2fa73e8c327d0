package org.verso.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verso.document.SourceAlignment.Pair;

class SourceAlignmentTest {

    @Test
    void equalVersionsKeepEverySegment() {
        List<String> texts = List.of("Headline", "First sentence here.", "Second one.");
        assertEquals(List.of(new Pair(0, 0, false), new Pair(1, 1, false), new Pair(2, 2, false)),
                SourceAlignment.align(texts, texts));
    }

    @Test
    void anEditedSentenceKeepsItsPlaceAndCountsAsChanged() {
        List<Pair> pairs = SourceAlignment.align(
                List.of("The mayor opened the bridge on Monday.", "Crowds cheered."),
                List.of("The mayor opened the new bridge on Tuesday.", "Crowds cheered."));
        assertEquals(List.of(new Pair(0, 0, true), new Pair(1, 1, false)), pairs);
    }

    @Test
    void unrelatedSentencesAreARemovalAndAnAddition() {
        List<Pair> pairs = SourceAlignment.align(
                List.of("Intro.", "The mayor opened the bridge on Monday.", "End."),
                List.of("Intro.", "Rain is expected over the weekend in the hills.", "End."));
        assertEquals(List.of(new Pair(0, 0, false), new Pair(1, -1, false), new Pair(-1, 1, false),
                new Pair(2, 2, false)), pairs);
    }

    @Test
    void insertionsAndDeletionsAroundKeptSentences() {
        List<Pair> pairs = SourceAlignment.align(
                List.of("Alpha sentence.", "Beta sentence stays.", "Gamma goes away."),
                List.of("A brand new opening.", "Alpha sentence.", "Beta sentence stays."));
        assertEquals(List.of(new Pair(-1, 0, false), new Pair(0, 1, false), new Pair(1, 2, false),
                new Pair(2, -1, false)), pairs);
    }

    @Test
    void pairingInsideAReplacedRunKeepsDocumentOrder() {
        // Two edited sentences and one new one between them: the new one is added, both edits pair in order.
        List<Pair> pairs = SourceAlignment.align(
                List.of("Officials said the road would reopen soon.", "Traffic was diverted through the village."),
                List.of("Officials said the road would reopen on Friday.", "Police asked drivers to be patient.",
                        "Traffic was diverted through the old village."));
        assertEquals(List.of(new Pair(0, 0, true), new Pair(-1, 1, false), new Pair(1, 2, true)), pairs);
    }

    @Test
    void everyOldAndNewSegmentAppearsExactlyOnce() {
        List<String> before = List.of("a b c.", "d e f.", "g h i.", "j k l.", "m n o.");
        List<String> after = List.of("x y z.", "d e f.", "g h q.", "m n o.", "p r s.");
        List<Pair> pairs = SourceAlignment.align(before, after);
        for (int i = 0; i < before.size(); i++) {
            int old = i;
            assertEquals(1, pairs.stream().filter(p -> p.oldIndex() == old).count(), "old " + i);
        }
        for (int i = 0; i < after.size(); i++) {
            int fresh = i;
            assertEquals(1, pairs.stream().filter(p -> p.newIndex() == fresh).count(), "new " + i);
        }
        int last = -1;
        for (Pair p : pairs) {
            if (p.newIndex() >= 0) {
                assertTrue(p.newIndex() > last, "new segments in order: " + pairs);
                last = p.newIndex();
            }
        }
    }

    @Test
    void similarityIsTheShareOfCommonWords() {
        assertEquals(1.0, SourceAlignment.similarity("The cat sat.", "the cat sat"));
        assertEquals(0.0, SourceAlignment.similarity("The cat sat.", "Dogs run far."));
        assertEquals(2.0 * 2 / 6, SourceAlignment.similarity("one two three", "one two four"), 1e-9);
    }
}
