package org.verso.segmentation;

import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * A rule side compiled to a small automaton of its own, for the common shapes of SRX rules: single
 * characters and classes, groups, alternatives, bounded quantifiers, {@code ^}, {@code \z} and
 * look-aheads of one character ({@link NfaBuilder} says which expressions qualify; the others stay
 * with {@code java.util.regex}). It only answers whether the expression matches from a position —
 * which does not depend on the order in which a backtracking engine would try things — by following
 * every alternative at once, one character at a time, so a match costs a few array steps where a
 * {@link java.util.regex.Matcher} costs a reset of its state and a walk of its node graph.
 *
 * <p>A reversed beforebreak ({@link ReversedRegex}) runs backwards on the text itself, reading whole
 * characters as {@link ReversedText} does. The automaton has no cycles (quantifiers are unrolled), so
 * every run ends. Immutable; the per-run state lives in a {@link Run} of the caller's thread.
 */
final class CharNfa {

    static final int CHAR = 0;
    static final int FOLD = 1;
    static final int CLASS = 2;
    static final int SPLIT = 3;
    static final int AHEAD = 4;
    static final int NOT_AHEAD = 5;
    static final int START = 6;
    static final int END = 7;
    static final int MATCH = 8;

    /** A character class: a table for the Basic Multilingual Plane (one bit per character), the pattern for the rest. */
    record CharClass(long[] bmp, Pattern pattern) {
        CharClass(BitSet bmp, Pattern pattern) {
            this(Arrays.copyOf(bmp.toLongArray(), 0x10000 / 64), pattern);
        }

        boolean test(int c) {
            return c < 0x10000 ? (bmp[c >>> 6] & 1L << c) != 0 : pattern.matcher(Character.toString(c)).matches();
        }
    }

    private final int[] kind;
    private final int[] arg;
    private final int[] out1;
    private final int[] out2;
    private final CharClass[] classes;
    private final int start;
    private final boolean backwards;
    /** Made on first use (see {@link #dfa}); may be made twice by two threads at once, which is harmless. */
    private volatile LazyDfa dfa;
    private volatile boolean noDfa;

    CharNfa(int[] kind, int[] arg, int[] out1, int[] out2, CharClass[] classes, int start, boolean backwards) {
        this.kind = kind;
        this.arg = arg;
        this.out1 = out1;
        this.out2 = out2;
        this.classes = classes;
        this.start = start;
        this.backwards = backwards;
    }

    int states() {
        return kind.length;
    }

    /**
     * Whether the expression matches {@code text} from {@code position} on (backwards: up to it).
     * Inside the text the deterministic form ({@link LazyDfa}) answers where it can.
     */
    boolean matches(String text, int position, Run run) {
        if (position > 0 && position < text.length()) {
            LazyDfa deterministic = dfa();
            int answer = deterministic == null ? LazyDfa.UNDECIDED : deterministic.matches(text, position);
            if (answer != LazyDfa.UNDECIDED) {
                return answer == LazyDfa.YES;
            }
        }
        return simulate(text, position, run);
    }

    /** As {@link #matches}, following every state at once, never the deterministic form. */
    boolean simulate(String text, int position, Run run) {
        run.begin();
        if (close(run, start, text, position)) {
            return true;
        }
        while (run.size > 0) {
            int c = backwards ? (position > 0 ? Character.codePointBefore(text, position) : -1)
                    : (position < text.length() ? Character.codePointAt(text, position) : -1);
            if (c < 0) {
                return false;
            }
            position += backwards ? -Character.charCount(c) : Character.charCount(c);
            int[] current = run.swap();
            int count = run.previousSize;
            for (int i = 0; i < count; i++) {
                int s = current[i];
                if (accepts(s, c) && close(run, out1[s], text, position)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean accepts(int state, int c) {
        return test(kind[state], arg[state], c);
    }

    /** Whether a state of kind {@code stateKind} ({@link #CHAR}, {@link #FOLD} or {@link #CLASS}) with {@code stateArg} accepts {@code c}. */
    boolean test(int stateKind, int stateArg, int c) {
        return switch (stateKind) {
            case CHAR -> c == stateArg;
            case FOLD -> c < 0x10000 && WordListBefore.fold((char) c) == stateArg;
            default -> classes[stateArg].test(c);
        };
    }

    private LazyDfa dfa() {
        LazyDfa made = dfa;
        if (made == null && !noDfa) {
            made = LazyDfa.of(this);
            dfa = made;
            noDfa = made == null;
        }
        return made;
    }

    int kind(int state) {
        return kind[state];
    }

    int arg(int state) {
        return arg[state];
    }

    int out1(int state) {
        return out1[state];
    }

    int out2(int state) {
        return out2[state];
    }

    int start() {
        return start;
    }

    boolean backwards() {
        return backwards;
    }

    /** Adds {@code state} and what it leads to without reading to the run's next list; true on reaching the end. */
    private boolean close(Run run, int state, String text, int position) {
        int[] stack = run.stack;
        int top = 0;
        stack[top++] = state;
        while (top > 0) {
            int s = stack[--top];
            if (!run.mark(s)) {
                continue;
            }
            switch (kind[s]) {
                case SPLIT -> {
                    stack[top++] = out2[s];
                    stack[top++] = out1[s]; // tried first
                }
                case AHEAD, NOT_AHEAD -> {
                    int c = backwards ? (position > 0 ? Character.codePointBefore(text, position) : -1)
                            : (position < text.length() ? Character.codePointAt(text, position) : -1);
                    if ((c >= 0 && classes[arg[s]].test(c)) == (kind[s] == AHEAD)) {
                        stack[top++] = out1[s];
                    }
                }
                case START, END -> {
                    if (position == ((kind[s] == START) != backwards ? 0 : text.length())) {
                        stack[top++] = out1[s];
                    }
                }
                case MATCH -> { return true; }
                default -> run.add(s);
            }
        }
        return false;
    }

    /** One thread's working lists for running automata of up to a given size, one run at a time. */
    static final class Run {
        private final int[] mark;
        private final int[] stack;
        private int[] next;
        private int[] previous;
        private int size;
        private int previousSize;
        private int generation;

        Run(int states) {
            mark = new int[states];
            stack = new int[2 * states + 2];
            next = new int[states];
            previous = new int[states];
        }

        void begin() {
            size = 0;
            nextGeneration();
        }

        /** Makes the list being built the current one and starts an empty next one. */
        int[] swap() {
            int[] current = next;
            next = previous;
            previous = current;
            previousSize = size;
            size = 0;
            nextGeneration();
            return current;
        }

        boolean mark(int state) {
            if (mark[state] == generation) {
                return false;
            }
            mark[state] = generation;
            return true;
        }

        void add(int state) {
            next[size++] = state;
        }

        private void nextGeneration() {
            if (++generation == Integer.MAX_VALUE) {
                Arrays.fill(mark, 0);
                generation = 1;
            }
        }
    }
}
