package org.verso.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The deterministic form of a rule side ({@link LazyDfa}) answers as the automaton it comes from
 * does ({@link CharNfa#simulate}), wherever it answers: for every automaton of the bundled rules at
 * every position strictly inside the texts of {@link FastPathEquivalenceTest}; when its limit on
 * states leaves it undecided half-way; past the characters it has classes for; and when threads
 * build it at once.
 */
class LazyDfaTest {

    @Test
    void answersAsTheAutomatonDoesWhereverItAnswers() throws Exception {
        Tally tally = new Tally();
        for (CharNfa nfa : automata()) {
            LazyDfa dfa = LazyDfa.of(nfa);
            if (dfa != null) {
                compare(nfa, dfa, texts(), tally);
            }
        }
        assertTrue(tally.decided > 100_000, "decided only " + tally.decided);
        // undecided: runs that meet a CJK character or an emoji (a fair share of the random texts), nothing else
        assertTrue(tally.undecided < tally.decided / 5, tally.undecided + " undecided of " + tally.decided);
    }

    @Test
    void aFullTableLeavesTheRestToTheAutomatonAndStillAgrees() throws Exception {
        Tally tally = new Tally();
        for (CharNfa nfa : automata()) {
            LazyDfa dfa = LazyDfa.of(nfa, 3);
            if (dfa != null) {
                compare(nfa, dfa, texts(), tally);
                assertTrue(dfa.size() <= 3, "made " + dfa.size() + " states");
            }
        }
        assertTrue(tally.undecided > 1_000, "the limit never stopped a run");
        assertTrue(tally.decided > 10_000, "decided only " + tally.decided);
    }

    @Test
    void charactersPastTheTableAreLeftToTheAutomaton() {
        CharNfa nfa = NfaBuilder.of("[。！？]\\s?\\p{L}", false);
        assertNotNull(nfa);
        LazyDfa dfa = LazyDfa.of(nfa);
        assertEquals(LazyDfa.UNDECIDED, dfa.matches("漢字。漢字", 2));
        assertEquals(LazyDfa.NO, dfa.matches("ab. c", 2));
        CharNfa.Run run = new CharNfa.Run(nfa.states());
        assertTrue(nfa.matches("漢字。漢字", 2, run));
    }

    @Test
    void threadsBuildingOneTableAtOnceGetTheAutomatonsAnswers() throws Exception {
        List<CharNfa> automata = automata();
        List<String> texts = texts();
        List<LazyDfa> shared = automata.stream().map(LazyDfa::of).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Tally>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int offset = w;
                workers.add(() -> {
                    Tally tally = new Tally();
                    for (int i = 0; i < automata.size(); i++) {
                        int k = (i + offset * 7) % automata.size(); // threads meet on the same tables in other orders
                        if (shared.get(k) != null) {
                            compare(automata.get(k), shared.get(k), texts, tally);
                        }
                    }
                    return tally;
                });
            }
            for (Future<Tally> done : pool.invokeAll(workers)) {
                assertTrue(done.get().decided > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class Tally {
        long decided;
        long undecided;
    }

    private static void compare(CharNfa nfa, LazyDfa dfa, List<String> texts, Tally tally) {
        CharNfa.Run run = new CharNfa.Run(nfa.states());
        for (String text : texts) {
            for (int position = 1; position < text.length(); position++) {
                int answer = dfa.matches(text, position);
                if (answer == LazyDfa.UNDECIDED) {
                    tally.undecided++;
                    continue;
                }
                tally.decided++;
                boolean expected = nfa.simulate(text, position, run);
                int at = position;
                assertEquals(expected, answer == LazyDfa.YES, () -> "at " + at + " in " + text);
            }
        }
    }

    /** Every automaton the bundled rules compile to, once per distinct rule. */
    private static List<CharNfa> automata() throws Exception {
        List<CharNfa> automata = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SrxLanguageRule languageRule : FastPathEquivalenceTest.bundled().languageRules()) {
            for (SrxRule rule : languageRule.rules()) {
                if (seen.add(rule.beforeBreak() + "\u0000" + rule.afterBreak())) {
                    RulePattern compiled = RulePattern.compile(rule);
                    if (compiled.afterNfa() != null) {
                        automata.add(compiled.afterNfa());
                    }
                    if (compiled.beforeNfa() != null) {
                        automata.add(compiled.beforeNfa());
                    }
                }
            }
        }
        assertTrue(automata.size() > 200, "only " + automata.size() + " automata");
        return automata;
    }

    private static List<String> texts() throws Exception {
        return FastPathEquivalenceTest.texts();
    }
}
