package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** How rule expressions are bounded, measured and turned into character filters. */
class RuleCompilationTest {

    @Test
    void openEndedQuantifiersBecomeBounded() {
        assertEquals("a{0,9}b{1,9}c{2,9}", BoundedQuantifiers.rewrite("a*b+c{2,}", 9));
    }

    @Test
    void lazyAndPossessiveModifiersAreKept() {
        assertEquals("a{0,9}?b{1,9}+", BoundedQuantifiers.rewrite("a*?b++", 9));
    }

    @Test
    void classesEscapesAndQuotesAreLeftAlone() {
        assertEquals("[*+]\\*\\p{L}{1,9}\\Q*+\\E(?:x)?", BoundedQuantifiers.rewrite("[*+]\\*\\p{L}+\\Q*+\\E(?:x)?", 9));
    }

    @Test
    void maximumLengthFollowsGroupsAlternativesAndQuantifiers() {
        assertEquals(7, RegexLength.max("(?<![a-z])(?:ab|cde){1,2}\\.?"));
        assertEquals(RegexLength.UNKNOWN, RegexLength.max("(a)\\1"));
    }

    @Test
    void lastCharacterFilterLooksThroughOptionalTails() {
        BitSet last = CharacterFilter.lastBefore("[.!?]{1,3}[\"')]{0,2}");
        assertTrue(last.get('.') && last.get('"') && last.get(')'));
        assertFalse(last.get('a'));
    }

    @Test
    void caseInsensitiveGroupsAddEveryCase() {
        BitSet secondLast = CharacterFilter.secondLastBefore("(?<!\\p{L})(?iu:mr|co)\\.");
        assertTrue(secondLast.get('R') && secondLast.get('o') && secondLast.get('O'));
        assertFalse(secondLast.get('1'));
    }

    @Test
    void expressionThatMayBeEmptyHasNoFilter() {
        assertNull(CharacterFilter.lastBefore("a?"));
        assertNull(CharacterFilter.firstAfter("\\bfoo"));
    }

    @Test
    void firstCharacterFilterComesFromTheAfterbreak() {
        BitSet first = CharacterFilter.firstAfter("\\s+\\p{Lu}");
        assertTrue(first.get(' ') && first.get('\n'));
        assertFalse(first.get('A'));
    }
}
