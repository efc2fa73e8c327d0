package org.verso.memory.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyIndexTest {

    private final FuzzyIndex index = new FuzzyIndex();

    private void put(long id, String source) {
        index.put(id, "en", "de", source);
    }

    private List<FuzzyHit> search(String query) {
        return index.search("en", "de", query, 10, 70);
    }

    @Test
    void findsTheSameTextWithHundred() {
        put(1, "Open the file");
        assertEquals(List.of(new FuzzyHit(1, 100)), search("Open the file"));
    }

    @Test
    void findsACloseTextWithItsScore() {
        put(1, "the quick brown fox jumps over the lazy sleeping dog");
        put(2, "something else entirely");
        assertEquals(List.of(new FuzzyHit(1, 90)), search("the quick brown fox jumps over the happy sleeping dog"));
    }

    @Test
    void ordersByScoreThenNewestFirst() {
        put(1, "Save the document now");
        put(3, "Save the document now");
        put(2, "Save the document");
        put(4, "save the document now");
        List<FuzzyHit> hits = search("Save the document now");
        assertEquals(List.of(new FuzzyHit(3, 100), new FuzzyHit(1, 100), new FuzzyHit(4, 99), new FuzzyHit(2, 75)),
                hits);
    }

    @Test
    void returnsNothingBelowTheThreshold() {
        put(1, "red green blue black");
        assertEquals(List.of(new FuzzyHit(1, 75)), index.search("en", "de", "red green blue white", 10, 75));
        assertEquals(List.of(), index.search("en", "de", "red green blue white", 10, 76));
    }

    @Test
    void returnsAtMostLimitHits() {
        for (long id = 1; id <= 20; id++) {
            put(id, "Print page " + id);
        }
        List<FuzzyHit> hits = index.search("en", "de", "Print page 7", 5, 70);
        assertEquals(5, hits.size());
        assertEquals(new FuzzyHit(7, 100), hits.get(0));
        assertTrue(hits.stream().skip(1).allMatch(h -> h.score() == 98), hits.toString());
        assertEquals(List.of(20L, 19L, 18L, 17L), hits.stream().skip(1).map(FuzzyHit::unitId).toList());
    }

    @Test
    void keepsLanguagePairsApart() {
        index.put(1, "en", "de", "Open the file");
        index.put(2, "en", "fr", "Open the file");
        assertEquals(List.of(new FuzzyHit(2, 100)), index.search("en", "fr", "Open the file", 10, 70));
        assertEquals(List.of(), index.search("en", "pt-BR", "Open the file", 10, 70));
    }

    @Test
    void replacingAUnitForgetsItsOldText() {
        put(1, "Open the file");
        put(1, "Close the window");
        assertEquals(List.of(), search("Open the file"));
        assertEquals(List.of(new FuzzyHit(1, 100)), search("Close the window"));
        assertEquals(1, index.size());
    }

    @Test
    void replacingAUnitCanMoveItToAnotherPair() {
        index.put(1, "en", "de", "Open the file");
        index.put(1, "en", "fr", "Open the file");
        assertEquals(List.of(), index.search("en", "de", "Open the file", 10, 70));
        assertEquals(List.of(new FuzzyHit(1, 100)), index.search("en", "fr", "Open the file", 10, 70));
    }

    @Test
    void removedUnitsAreNotFound() {
        put(1, "Open the big file");
        put(2, "Open the big files");
        index.remove(1);
        index.remove(99);
        assertEquals(List.of(new FuzzyHit(2, 75)), search("Open the big file"));
        assertEquals(1, index.size());
    }

    @Test
    void manyRemovalsKeepPostingsConsistent() {
        for (long id = 0; id < 5000; id++) {
            put(id, "Message number " + id + " about topic " + (id % 7));
        }
        for (long id = 0; id < 5000; id++) {
            if (id % 4 != 1) {
                index.remove(id);
            }
        }
        put(4, "Message number 4 about topic 4");
        List<FuzzyHit> hits = index.search("en", "de", "Message number 9 about topic 2", 3000, 90);
        assertEquals(1251, hits.size());
        assertEquals(new FuzzyHit(9, 100), hits.get(0));
        assertTrue(hits.stream().allMatch(h -> h.unitId() % 4 == 1 || h.unitId() == 4), "only live units");
    }

    @Test
    void trimmedIndexGivesTheSameHitsAndKeepsGrowing() {
        for (long id = 0; id < 300; id++) {
            put(id, "Message number " + id + " about Topic " + (id % 7));
        }
        List<FuzzyHit> before = index.search("en", "de", "message number 9 about topic 2", 50, 70);
        index.trim();
        assertEquals(before, index.search("en", "de", "message number 9 about topic 2", 50, 70));
        put(1000, "message number 9 about topic 2");
        assertEquals(new FuzzyHit(1000, 100), search("message number 9 about topic 2").get(0));
        assertEquals(List.of(1000L, 9L), index.concordance("en", "de", "number 9 about", 10));
    }

    @Test
    void unitIdsBeyondTheIntRangeKeepTheirValue() {
        put(7, "Print the whole page");
        put(1L << 40, "Print the whole page");
        put(-3, "Print the whole page");
        assertEquals(List.of(new FuzzyHit(1L << 40, 100), new FuzzyHit(7, 100), new FuzzyHit(-3, 100)),
                search("Print the whole page"));
        index.remove(1L << 40);
        assertEquals(List.of(new FuzzyHit(7, 100), new FuzzyHit(-3, 100)), search("Print the whole page"));
    }

    @Test
    void emptyQueryFindsNothing() {
        put(1, "Open");
        assertEquals(List.of(), search("  "));
    }

    @Test
    void concordanceFindsWholeTokensInSequenceNewestFirst() {
        put(1, "Open the File now");
        put(2, "Reopen the file");
        put(3, "open the file.");
        put(4, "the file open");
        put(5, "Open the files");
        assertEquals(List.of(3L, 1L), index.concordance("en", "de", "open THE file", 10));
        assertEquals(List.of(3L), index.concordance("en", "de", "open THE file", 1));
        assertEquals(List.of(3L), index.concordance("en", "de", "file.", 10));
    }

    @Test
    void concordanceComparesNumbersAsWritten() {
        put(1, "Page 3 of 10");
        put(2, "Page 4 of 10");
        assertEquals(List.of(2L), index.concordance("en", "de", "page 4", 10));
    }
}
