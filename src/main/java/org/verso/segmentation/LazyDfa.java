package org.verso.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link CharNfa} made deterministic as it is used: the subset construction done one transition
 * at a time, the first time a run needs it, and remembered (as RE2 and Rust's regex do). Following
 * a remembered transition costs two array reads per character, where the automaton adds and closes
 * a list of states per character.
 *
 * <p>A state of this automaton is a <em>kernel</em>: the automaton states reached right after
 * reading a character, before their closure. The closure is taken when the next character is
 * known, because a one-character look-ahead ({@code (?=…)}, {@code (?!…)}) tests that character;
 * a transition thus reads the next character, closes the kernel under it and steps over it, and
 * reaching the match state while closing means a match. Characters are read through classes: two
 * characters that every test of the automaton treats alike share one, so a transition is stored
 * per class, and one more class stands for the end of the text.
 *
 * <p>It answers only for a position strictly inside the text (there, {@code ^} cannot hold and
 * {@code \z} holds only at the far end) and only over the characters below {@value #TABLE_CHARS}
 * (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic scripts and their punctuation); past those, and
 * once it holds {@value #MAX_STATES} states (or as many as half a megabyte of table takes), it says
 * {@link #UNDECIDED} and the automaton decides. The bundled rules' largest takes under 1,000 states.
 *
 * <p>Thread-safe. Runs read the transition table without a lock; new transitions are made under
 * the lock. A run that reads a table entry not yet visible to it (still zero, {@link #UNKNOWN})
 * takes the lock and finds it there; an entry is written once and never changes, and the table is
 * replaced by a bigger copy only after the rows of every state it names are in it, so a run reads
 * either a settled entry or zero.
 */
final class LazyDfa {

    /** Characters below this one have a class; a run meeting another one is left undecided. */
    static final int TABLE_CHARS = 0x800;
    /** Past this many states no new one is made (a run that would need one is left undecided). */
    static final int MAX_STATES = 2_000;
    /** Past this many table entries (states times classes), likewise: half a megabyte. */
    static final int MAX_TABLE_ENTRIES = 1 << 17;
    /** Past this many automaton states held in kernels all together, likewise. */
    static final int MAX_KERNEL_SIZE = 50_000;
    /** More classes than this (an automaton testing many single characters) and there is no table. */
    private static final int MAX_CLASSES = 256;

    static final int NO = 0;
    static final int YES = 1;
    static final int UNDECIDED = -1;

    private static final int UNKNOWN = 0;
    private static final int DEAD = 1;
    private static final int MATCH = 2;
    private static final int GIVE_UP = 3;
    private static final int FIRST_STATE = 4;

    private final CharNfa nfa;
    private final int maxStates;
    /** Per character below {@link #TABLE_CHARS}, its class. */
    private final char[] classOf;
    /** Per class, a character of it. */
    private final char[] representative;
    /** Classes plus one, the last for the end of the text. */
    private final int stride;
    /** Per state and class, what reading it leads to: an encoded result or {@code FIRST_STATE + state}. */
    private int[] table;

    // Under the lock:
    private final List<int[]> kernels = new ArrayList<>();
    private final Map<Kernel, Integer> states = new HashMap<>();
    private int kernelSize;
    private final int[] mark;
    private int generation;
    private final int[] stack;
    private final int[] reached;

    private record Kernel(int[] states) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Kernel kernel && Arrays.equals(states, kernel.states);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(states);
        }
    }

    /** The deterministic automaton of {@code nfa}, or {@code null} if its characters fall into too many classes. */
    static LazyDfa of(CharNfa nfa) {
        return of(nfa, MAX_STATES);
    }

    /** As {@link #of(CharNfa)}, holding at most {@code maxStates} states. */
    static LazyDfa of(CharNfa nfa, int maxStates) {
        List<Long> tests = new ArrayList<>(tests(nfa));
        Map<BitSet, Integer> classes = new HashMap<>();
        char[] classOf = new char[TABLE_CHARS];
        StringBuilder representatives = new StringBuilder();
        for (int c = 0; c < TABLE_CHARS; c++) {
            BitSet signature = new BitSet(tests.size());
            for (int t = 0; t < tests.size(); t++) {
                long test = tests.get(t);
                signature.set(t, nfa.test((int) (test >>> 32), (int) test, c));
            }
            Integer known = classes.get(signature);
            if (known == null) {
                if (classes.size() == MAX_CLASSES) {
                    return null;
                }
                known = classes.size();
                classes.put(signature, known);
                representatives.append((char) c);
            }
            classOf[c] = (char) known.intValue();
        }
        return new LazyDfa(nfa, classOf, representatives.toString().toCharArray(), maxStates);
    }

    private LazyDfa(CharNfa nfa, char[] classOf, char[] representative, int maxStates) {
        this.nfa = nfa;
        this.maxStates = maxStates;
        this.classOf = classOf;
        this.representative = representative;
        this.stride = representative.length + 1;
        this.mark = new int[nfa.states()];
        this.stack = new int[2 * nfa.states() + 2];
        this.reached = new int[nfa.states()];
        int[] initial = {nfa.start()};
        kernels.add(initial);
        states.put(new Kernel(initial), 0);
        kernelSize = 1;
        this.table = new int[16 * stride];
    }

    /**
     * Whether the automaton matches {@code text} from {@code position} on (backwards: up to it):
     * {@link #YES}, {@link #NO}, or {@link #UNDECIDED} where it cannot tell (see the class comment).
     * {@code position} must lie strictly inside the text.
     */
    int matches(String text, int position) {
        boolean backwards = nfa.backwards();
        int length = text.length();
        int step = backwards ? -1 : 1;
        int end = stride - 1;
        int[] rows = table;
        int state = 0;
        for (int p = backwards ? position - 1 : position; ; p += step) {
            int cls;
            if (p >= 0 && p < length) {
                char c = text.charAt(p);
                if (c >= TABLE_CHARS) {
                    return UNDECIDED;
                }
                cls = classOf[c];
            } else {
                cls = end;
            }
            int next = rows[state * stride + cls];
            if (next < FIRST_STATE) {
                next = next == UNKNOWN ? transition(state, cls) : next;
                rows = table;
                if (next < FIRST_STATE) {
                    return next == MATCH ? YES : next == DEAD ? NO : UNDECIDED; // GIVE_UP
                }
            }
            state = next - FIRST_STATE;
        }
    }

    /** How many states it has made so far. */
    synchronized int size() {
        return kernels.size();
    }

    private synchronized int transition(int state, int cls) {
        int known = table[state * stride + cls];
        if (known != UNKNOWN) {
            return known;
        }
        int result = step(kernels.get(state), cls == stride - 1 ? -1 : representative[cls]);
        table[state * stride + cls] = result;
        return result;
    }

    /**
     * Closes {@code kernel} with {@code c} (-1 for the end of the text) as the next character and
     * reads it: {@code MATCH} if the closure reaches the match, else the state of the kernel it leads
     * to ({@code DEAD} if none, {@code GIVE_UP} past the limits).
     */
    private int step(int[] kernel, int c) {
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            generation = 1;
        }
        int top = 0;
        for (int i = kernel.length - 1; i >= 0; i--) {
            stack[top++] = kernel[i];
        }
        int count = 0;
        while (top > 0) {
            int s = stack[--top];
            if (mark[s] == generation) {
                continue;
            }
            mark[s] = generation;
            switch (nfa.kind(s)) {
                case CharNfa.SPLIT -> {
                    stack[top++] = nfa.out2(s);
                    stack[top++] = nfa.out1(s);
                }
                case CharNfa.AHEAD, CharNfa.NOT_AHEAD -> {
                    if ((c >= 0 && nfa.test(CharNfa.CLASS, nfa.arg(s), c)) == (nfa.kind(s) == CharNfa.AHEAD)) {
                        stack[top++] = nfa.out1(s);
                    }
                }
                case CharNfa.START -> {
                    // never holds strictly inside the text
                }
                case CharNfa.END -> {
                    if (c < 0) {
                        stack[top++] = nfa.out1(s);
                    }
                }
                case CharNfa.MATCH -> {
                    return MATCH;
                }
                default -> {
                    if (c >= 0 && nfa.test(nfa.kind(s), nfa.arg(s), c)) {
                        reached[count++] = nfa.out1(s);
                    }
                }
            }
        }
        if (count == 0) {
            return DEAD;
        }
        int[] next = Arrays.stream(reached, 0, count).distinct().sorted().toArray();
        Kernel key = new Kernel(next);
        Integer known = states.get(key);
        if (known != null) {
            return FIRST_STATE + known;
        }
        if (kernels.size() >= maxStates || (kernels.size() + 1) * stride > MAX_TABLE_ENTRIES
                || kernelSize + next.length > MAX_KERNEL_SIZE) {
            return GIVE_UP;
        }
        int index = kernels.size();
        kernels.add(next);
        states.put(key, index);
        kernelSize += next.length;
        if ((index + 1) * stride > table.length) {
            table = Arrays.copyOf(table, 2 * table.length);
        }
        return FIRST_STATE + index;
    }

    /** The distinct tests the automaton makes of a character, each as its kind and argument in one {@code long}. */
    private static Set<Long> tests(CharNfa nfa) {
        Set<Long> tests = new LinkedHashSet<>();
        for (int s = 0; s < nfa.states(); s++) {
            int kind = nfa.kind(s);
            if (kind == CharNfa.CHAR || kind == CharNfa.FOLD || kind == CharNfa.CLASS) {
                tests.add((long) kind << 32 | nfa.arg(s) & 0xFFFFFFFFL);
            } else if (kind == CharNfa.AHEAD || kind == CharNfa.NOT_AHEAD) {
                tests.add((long) CharNfa.CLASS << 32 | nfa.arg(s) & 0xFFFFFFFFL);
            }
        }
        return tests;
    }
}
