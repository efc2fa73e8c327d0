package org.verso.segmentation;

import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells, from the characters around a position, which of a list of rules could match there, in a
 * few table lookups instead of a test per rule. Every character of the Basic Multilingual Plane
 * gets a class; characters that every rule treats alike in every place share one, so a table is
 * one {@code char} per character plus masks per class (one bit per rule, in {@code long} words):
 * for the two characters before the position one mask each, for the two after it one mask per pair
 * of classes, since which second character an afterbreak allows depends on the first (see
 * {@link CharacterFilter#secondAfter}). {@link SrxSegmenter} keeps one over its break rules, to skip
 * to the positions where a break can happen ({@link #next}), and one over all its rules, to know
 * which of them to try there ({@link #mayMatch}).
 *
 * <p>Like the filters it is built from ({@link RulePattern}), the answer is only ever a necessary
 * condition: {@code false} means no rule matches, {@code true} means the rules must be tried.
 */
final class BreakCandidates {

    private static final int BMP = 0x10000;

    private final char[] classOf = new char[BMP];
    private final int words;
    /** The class standing for "no character" (before the start or after the end of the text). */
    private final int none;
    /** Per pair of classes (first after, second after), the rules they allow. */
    private final long[] after;
    /** Per class, the rules that allow it as the last character before the position. */
    private final long[] lastBefore;
    /** Per class, the rules that allow it two before the position. */
    private final long[] secondLastBefore;
    /**
     * Per pair of classes (as {@link #after}), whether the second is whitespace a segment's text must
     * tidy ({@link SegmentText.Untidy}): classes keep whitespace apart from the rest, and a plain space
     * apart from other whitespace, so the class of a character tells.
     */
    private final boolean[] untidySecond;

    BreakCandidates(List<RulePattern> rules) {
        this.words = Math.max(1, (rules.size() + 63) / 64);
        List<Integer> representatives = new ArrayList<>();
        Map<LongBuffer, Character> classes = new HashMap<>();
        long[] buffer = new long[signatureLength(rules)];
        for (int c = 0; c < BMP; c++) {
            LongBuffer signature = LongBuffer.wrap(signature(rules, c, buffer));
            Character known = classes.get(signature);
            if (known == null) {
                known = (char) representatives.size();
                classes.put(signature, known);
                representatives.add(c);
            }
            classOf[c] = known;
        }
        this.none = representatives.size();
        int classCount = none + 1;
        this.after = new long[classCount * classCount * words];
        this.lastBefore = new long[classCount * words];
        this.secondLastBefore = new long[classCount * words];
        this.untidySecond = new boolean[classCount * classCount];
        for (int first = 0; first < none; first++) {
            for (int second = 0; second < none; second++) {
                char c = (char) (int) representatives.get(second);
                untidySecond[first * classCount + second] = SegmentText.untidy(c)
                        || c == ' ' && Character.isWhitespace(representatives.get(first));
            }
        }
        for (int rule = 0; rule < rules.size(); rule++) {
            RulePattern pattern = rules.get(rule);
            for (int first = 0; first < none; first++) {
                int c = representatives.get(first);
                set(lastBefore, first, rule, allows(pattern.lastBefore(), c));
                set(secondLastBefore, first, rule, allows(pattern.secondLastBefore(), c));
                if (!allows(pattern.firstAfter(), c)) {
                    continue;
                }
                set(after, first * classCount + none, rule, true); // the text may end after the first
                for (int second = 0; second < none; second++) {
                    set(after, first * classCount + second, rule, secondAllowed(pattern, c, representatives.get(second)));
                }
            }
            set(secondLastBefore, none, rule, pattern.secondLastBefore() == null);
        }
    }

    /**
     * The first position from {@code from} on (at least 1) where some rule may match, among the
     * first {@code length} characters of {@code text}, or {@code length} if there is none. The classes
     * of the four characters around the position slide along, so each character is looked up once.
     *
     * <p>On the way it adds to {@code untidy} (unless {@code null}) the untidy whitespace among the
     * characters it reads: those after {@code from} up to one past the position it returns (and at 1
     * when {@code from} is). Called from 1 and then each time from one past the position returned, it
     * so reports every one in the text from position 1 on.
     */
    int next(char[] text, int length, int from, SegmentText.Untidy untidy) {
        int position = Math.max(1, from);
        if (position >= length) {
            return length;
        }
        int stride = none + 1;
        int before2 = position >= 2 ? classOf[text[position - 2]] : none;
        int before = classOf[text[position - 1]];
        int first = classOf[text[position]];
        if (position == 1 && untidySecond[before * stride + first] && untidy != null) {
            untidy.add(1);
        }
        for (; position < length; position++) {
            int second = position + 1 < length ? classOf[text[position + 1]] : none;
            int pair = first * stride + second;
            if (untidySecond[pair] && untidy != null) {
                untidy.add(position + 1);
            }
            if (words == 1) {
                if ((after[pair] & lastBefore[before] & secondLastBefore[before2]) != 0) {
                    return position;
                }
            } else if (mayBreak(pair, before, before2)) {
                return position;
            }
            before2 = before;
            before = first;
            first = second;
        }
        return length;
    }

    /**
     * Sets in {@code into} (one bit per rule, in the order given at construction, {@link #words()}
     * longs) the rules whose character filters let a match at {@code position} through: the same
     * answer as {@link RulePattern#mayMatchAt} without its anchored reach, in three lookups.
     */
    void mayMatch(char[] text, int length, int position, long[] into) {
        int stride = none + 1;
        int before2 = position >= 2 ? classOf[text[position - 2]] : none;
        int before = classOf[text[position - 1]];
        int first = classOf[text[position]];
        int second = position + 1 < length ? classOf[text[position + 1]] : none;
        int pair = first * stride + second;
        for (int w = 0; w < words; w++) {
            into[w] = after[pair * words + w] & lastBefore[before * words + w] & secondLastBefore[before2 * words + w];
        }
    }

    /** How many {@code long}s a mask of {@link #mayMatch} has. */
    int words() {
        return words;
    }

    private boolean mayBreak(int pair, int before, int before2) {
        for (int w = 0; w < words; w++) {
            if ((after[pair * words + w] & lastBefore[before * words + w] & secondLastBefore[before2 * words + w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the rules make of {@code c}: whether it is a plain space, other whitespace or neither, and
     * for each rule whether it may stand in each place, which kind of first character it is, and which
     * kinds it may follow.
     */
    private static long[] signature(List<RulePattern> rules, int c, long[] buffer) {
        int n = 0;
        buffer[n++] = c == ' ' ? 1 : Character.isWhitespace(c) ? 2 : 0;
        for (RulePattern rule : rules) {
            buffer[n++] = (allows(rule.firstAfter(), c) ? 1L : 0) | (allows(rule.lastBefore(), c) ? 2L : 0)
                    | (allows(rule.secondLastBefore(), c) ? 4L : 0);
            List<CharacterFilter.SecondAfter> seconds = rule.secondAfter();
            if (seconds != null) {
                long kind = -1;
                int follows = n + 1;
                int followWords = (seconds.size() + 63) / 64;
                Arrays.fill(buffer, follows, follows + followWords, 0L);
                for (int k = 0; k < seconds.size(); k++) {
                    kind = seconds.get(k).firsts().get(c) ? k : kind;
                    buffer[follows + k / 64] |= seconds.get(k).seconds().get(c) ? 1L << k : 0L;
                }
                buffer[n] = kind;
                n = follows + followWords;
            }
        }
        return Arrays.copyOf(buffer, n);
    }

    /** How long a {@link #signature} can be: per rule its bits, and its kind and follow words if it has kinds. */
    private static int signatureLength(List<RulePattern> rules) {
        int length = 1; // whitespace or not
        for (RulePattern rule : rules) {
            length += 1 + (rule.secondAfter() == null ? 0 : 1 + (rule.secondAfter().size() + 63) / 64);
        }
        return length;
    }

    /** Whether {@code second} may follow {@code first}, which the rule allows right after the position. */
    private static boolean secondAllowed(RulePattern rule, int first, int second) {
        if (rule.secondAfter() == null) {
            return true;
        }
        for (CharacterFilter.SecondAfter kind : rule.secondAfter()) {
            if (kind.firsts().get(first)) {
                return kind.seconds().get(second);
            }
        }
        return true; // not a kind the rule analysed: a surrogate
    }

    private static boolean allows(BitSet filter, int c) {
        return filter == null || filter.get(c);
    }

    private void set(long[] masks, int index, int rule, boolean allowed) {
        if (allowed) {
            masks[index * words + rule / 64] |= 1L << (rule % 64);
        }
    }
}
