package org.verso.memory.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FuzzyScoreTest {

    private static final String TEN_WORDS = "the quick brown fox jumps over the lazy sleeping dog";

    @Test
    void identicalTextsScoreHundred() {
        assertEquals(100, FuzzyScore.score("Open the file.", "Open the file."));
        assertEquals(100, FuzzyScore.score("", ""));
    }

    @Test
    void caseOnlyDifferenceCostsOnePoint() {
        assertEquals(99, FuzzyScore.score("Open the file", "open the File"));
    }

    @Test
    void whitespaceOnlyDifferenceCostsOnePoint() {
        assertEquals(99, FuzzyScore.score("Open the file", "Open  the file "));
    }

    @Test
    void numberOnlyDifferenceCostsTwoPoints() {
        assertEquals(98, FuzzyScore.score("Deleted 3 files", "Deleted 12 files"));
    }

    @Test
    void punctuationOnlyDifferenceCostsTwoPoints() {
        assertEquals(98, FuzzyScore.score("Open the file", "Open the file."));
    }

    @Test
    void penaltiesAddUp() {
        assertEquals(100 - 1 - 2 - 2, FuzzyScore.score("Deleted 3 files.", "deleted 4 files!"));
    }

    @Test
    void oneWordChangedInTenScoresNinety() {
        assertEquals(90, FuzzyScore.score(TEN_WORDS, TEN_WORDS.replace("lazy", "happy")));
    }

    @Test
    void oneWordAddedToTenScoresNinetyOne() {
        assertEquals(91, FuzzyScore.score(TEN_WORDS, TEN_WORDS + " today"));
    }

    @Test
    void reorderedWordsCostTheirEditDistance() {
        assertEquals(50, FuzzyScore.score("red green blue black", "green red blue black"));
    }

    @Test
    void aTinyDifferenceInALongTextStaysBelowHundred() {
        String longText = (TEN_WORDS + " ").repeat(30).strip();
        assertEquals(99, FuzzyScore.score(longText, longText.replaceFirst("lazy", "happy")));
    }

    @Test
    void emptyAgainstNonEmptyScoresZero() {
        assertEquals(0, FuzzyScore.score("", "Open"));
        assertEquals(0, FuzzyScore.score("Open", "  "));
    }

    @Test
    void unrelatedTextsScoreZero() {
        assertEquals(0, FuzzyScore.score("alpha beta", "gamma delta"));
    }

    @Test
    void scoreIsSymmetric() {
        assertEquals(FuzzyScore.score("one two three", "one three"), FuzzyScore.score("one three", "one two three"));
    }

    @Test
    void minSharedIsTheSmallestOverlapThatReachesTheThreshold() {
        for (int length = 1; length <= 60; length++) {
            for (int threshold = 1; threshold <= 100; threshold++) {
                int shared = FuzzyScore.minShared(length, threshold);
                assertTrue(FuzzyScore.tokenScore(length - shared, length) >= threshold);
                assertTrue(shared == 1 || FuzzyScore.tokenScore(length - shared + 1, length) < threshold,
                        length + " keys at " + threshold);
            }
        }
    }

    @Test
    void boundedDistanceStopsAboveTheBound() {
        int[] a = {1, 2, 3, 4, 5, 6};
        int[] b = {7, 8, 9, 10, 11, 12};
        assertEquals(6, FuzzyScore.distance(a, b, 10));
        assertEquals(3, FuzzyScore.distance(a, b, 2));
    }
}
