package org.verso.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verso.failure.InvalidInputException;

class SplitPointTest {

    private static final String LIGHTHOUSE = "The lighthouse keeper retired, and the lamp runs itself now.";

    @Test
    void anInlineCodeIsNeverSplit() {
        String coded = "The <1>lighthouse keeper</1> retired. The lamp<2/>runs itself.";
        InvalidInputException inside = assertThrows(InvalidInputException.class,
                () -> SplitPoint.parts(coded, coded.indexOf("1>"), false));
        assertEquals("Offset 5 falls inside the inline code <1>; split before or after it.", inside.getMessage());
        assertEquals(List.of("The <1>lighthouse keeper</1> retired.", "The lamp<2/>runs itself."),
                SplitPoint.parts(coded, coded.indexOf(" The"), true));
    }

    @Test
    void splitAtASpaceGivesBothPartsTrimmed() {
        int offset = LIGHTHOUSE.indexOf(" and");
        assertEquals(List.of("The lighthouse keeper retired,", "and the lamp runs itself now."),
                SplitPoint.parts(LIGHTHOUSE, offset, true));
    }

    @Test
    void splitRightAfterASpaceIsTheSameSplit() {
        int offset = LIGHTHOUSE.indexOf("and");
        assertEquals(List.of("The lighthouse keeper retired,", "and the lamp runs itself now."),
                SplitPoint.parts(LIGHTHOUSE, offset, true));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 60, 61})
    void offsetsOutsideTheSourceAreRefused(int offset) {
        assertThrows(InvalidInputException.class, () -> SplitPoint.parts(LIGHTHOUSE, offset, true));
    }

    @Test
    void aMissingOffsetIsRefused() {
        assertThrows(InvalidInputException.class, () -> SplitPoint.parts(LIGHTHOUSE, null, true));
    }

    @Test
    void splitInsideAWordIsRefusedWhereWordsAreSpaced() {
        int offset = LIGHTHOUSE.indexOf("house");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SplitPoint.parts(LIGHTHOUSE, offset, true));
        assertEquals("Offset " + offset + " falls inside a word; split at a space between words.", e.getMessage());
    }

    @Test
    void unspacedScriptsSplitBetweenAnyTwoCharacters() {
        assertEquals(List.of("灯台守は引退し、", "灯りは今や自動で点る。"),
                SplitPoint.parts("灯台守は引退し、灯りは今や自動で点る。", 8, false));
    }

    @Test
    void splitBetweenTheHalvesOfASurrogatePairIsRefused() {
        assertThrows(InvalidInputException.class, () -> SplitPoint.parts("灯台𠀋守", 3, false));
    }

    @Test
    void aPartOfOnlySpacesIsRefused() {
        assertThrows(InvalidInputException.class, () -> SplitPoint.parts("Lamp   ", 5, true));
    }
}
