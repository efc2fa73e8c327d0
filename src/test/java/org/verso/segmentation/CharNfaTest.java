package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Rule sides run by Verso's own automata ({@link CharNfa}) must match exactly where
 * {@code java.util.regex} does: every afterbreak on the text, every reversed beforebreak on the
 * text read backwards, of every rule of the bundled rules, at every position of the texts of
 * {@link FastPathEquivalenceTest} and of random text with letters outside the Basic Multilingual
 * Plane, lone surrogates, combining marks and characters Java's case-insensitive matching folds
 * onto ASCII letters.
 */
class CharNfaTest {

    private static final String[] PIECES = {"𝐀", "𝐀z. B", "ſ", "\u212A", "İ", "ı", "\u0301", "\uD835", "\uDC00", "NO. 5",
        "mR. Smith", "JAN.", "e.G. ", "1. ", "a) ", ". . . . The", "... and", "。」", "\n", " \n ", "x@y.org", "www.a.b",
        "Yahoo! ", "(...) ", "« Ça ", "Yesterday", "The", "U.S. Army", "J. R. R.", "😀", " ", ". ", "a", "Z"};

    /** Enough room for any automaton of the bundled rules. */
    private static final int ROOM = 10_000;

    @Test
    void everyAutomatonMatchesWhereItsExpressionDoes() throws Exception {
        List<String> texts = new ArrayList<>(FastPathEquivalenceTest.texts());
        texts.addAll(randomTexts());
        CharNfa.Run run = new CharNfa.Run(ROOM);
        int automata = 0;
        Set<String> seen = new HashSet<>();
        for (SrxLanguageRule languageRule : FastPathEquivalenceTest.bundled().languageRules()) {
            for (SrxRule rule : languageRule.rules()) {
                if (!seen.add(rule.beforeBreak() + "\u0000" + rule.afterBreak())) {
                    continue; // the same rule in another language
                }
                RulePattern compiled = RulePattern.compile(rule);
                automata += compiled.afterNfa() != null ? 1 : 0;
                automata += compiled.beforeNfa() != null ? 1 : 0;
                for (String text : texts) {
                    compare(rule, compiled, text, run);
                }
            }
        }
        assertTrue(automata > 200, "only " + automata + " rule sides became automata");
    }

    @Test
    void constructsTheAutomatonDoesNotCoverStayWithTheRegex() {
        for (String regex : new String[] {"(a)\\1", "a{1,3}+", "(?<=a)b", "a$", "\\bx", "(?>a)", "(?i)a", "a{2,}",
            "(?=ab)", "(?<n>a)", "\\Qa\\E", "\\pL", "\\x41", "a*"}) {
            assertNull(NfaBuilder.of(regex, false), regex);
        }
    }

    @Test
    void boundedRepetitionsAlternativesAndLookAheadsMatchAsJavaDoes() {
        CharNfa nfa = NfaBuilder.of("\\s{1,3}(?:[\"']{0,2}|\\(){1,2}(?=\\p{Lu})(?iu:the|an)(?![\\p{L}])", false);
        assertNotNull(nfa);
        CharNfa.Run run = new CharNfa.Run(nfa.states());
        assertTrue(nfa.matches("x  \"THE end", 1, run));
        assertFalse(nfa.matches("x  \"the end", 1, run));
        assertFalse(nfa.matches("x  ANd", 1, run));
        assertTrue(NfaBuilder.of("\\.b\\z", true).matches("b.", 2, run));
        assertFalse(NfaBuilder.of("\\.b\\z", true).matches("ab.", 3, run));
    }

    private static void compare(SrxRule rule, RulePattern compiled, String text, CharNfa.Run run) {
        ReversedText backwards = new ReversedText(text);
        for (int position = 0; position <= text.length(); position++) {
            if (FastPathEquivalenceTest.insidePair(text, position)) {
                continue; // never a break position
            }
            int at = position;
            if (compiled.afterNfa() != null) {
                boolean expected = bounded(compiled.after().matcher(text)).region(position, text.length()).lookingAt();
                assertEquals(expected, compiled.afterNfa().matches(text, position, run),
                        () -> "afterbreak " + rule.afterBreak() + " at " + at + " in " + text);
                assertEquals(expected, compiled.afterNfa().simulate(text, position, run),
                        () -> "afterbreak " + rule.afterBreak() + " simulated at " + at + " in " + text);
            }
            if (compiled.beforeNfa() != null) {
                boolean expected = bounded(compiled.before().matcher(backwards))
                        .region(text.length() - position, text.length()).lookingAt();
                assertEquals(expected, compiled.beforeNfa().matches(text, position, run),
                        () -> "beforebreak " + rule.beforeBreak() + " at " + at + " in " + text);
                assertEquals(expected, compiled.beforeNfa().simulate(text, position, run),
                        () -> "beforebreak " + rule.beforeBreak() + " simulated at " + at + " in " + text);
            }
        }
    }

    private static List<String> randomTexts() {
        Random random = new Random(20261128);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static Matcher bounded(Matcher matcher) {
        return matcher.useTransparentBounds(true).useAnchoringBounds(false);
    }
}
