package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The segmenter learns which rules to try at a candidate from one table over all its rules
 * ({@link BreakCandidates#mayMatch}); that must be exactly what asking each rule's character
 * filters ({@link RulePattern#mayMatchAt}) gives, at every position of the equivalence texts.
 */
class RuleFilterTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "ru", "kk", "fa", "tr", "ja", "und"})
    void tableAnswersAsEachRulesFilters(String language) throws Exception {
        List<RulePattern> rules = FastPathEquivalenceTest.rulesFor(language).stream().map(RulePattern::compile).toList();
        BreakCandidates table = new BreakCandidates(rules);
        long[] mask = new long[table.words()];
        for (String text : FastPathEquivalenceTest.texts()) {
            char[] chars = text.toCharArray();
            for (int position = 1; position < text.length(); position++) {
                table.mayMatch(chars, chars.length, position, mask);
                for (int rule = 0; rule < rules.size(); rule++) {
                    boolean fromTable = (mask[rule >>> 6] & 1L << rule) != 0 && position <= rules.get(rule).anchoredReach();
                    int at = position;
                    int r = rule;
                    assertEquals(rules.get(rule).mayMatchAt(text, position), fromTable,
                            () -> language + " rule " + r + " at " + at + " in " + text);
                }
            }
        }
    }
}
