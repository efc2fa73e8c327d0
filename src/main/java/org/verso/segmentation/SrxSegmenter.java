package org.verso.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Applies an ordered list of SRX rules to a paragraph. At each position the first rule that matches
 * decides whether it is a break. Only a position some break rule matches can become a break, so the
 * break rules are tried first, and the rules before the matching one only where one does. A table
 * lookup on the two characters either side ({@link BreakCandidates}) skips the positions where no
 * break rule can match, the same table over all rules ({@link BreakCandidates#mayMatch}) most rules at the
 * others, and every rule reaches a bounded distance from the position, so the work is linear in the
 * length of the paragraph. Positions inside a run of whitespace are not tried (see
 * {@link #insideWhitespace}).
 *
 * <p>Thread-safe: each thread keeps matchers of its own ({@link RuleMatchers}), made once and reused
 * from paragraph to paragraph, except after a paragraph longer than {@value #LONG_PARAGRAPH}
 * characters, which they would otherwise keep alive.
 */
final class SrxSegmenter implements Segmenter {

    private final List<RulePattern> rules;
    private final int[] breakRules;
    private final BreakCandidates candidates;
    /** The same table over every rule, for the rules that may match at a candidate. */
    private final BreakCandidates filters;
    private final ThreadLocal<RuleMatchers> threadMatchers;
    /** Per rule, whether its beforebreak is tried first (see {@link #cheaperBefore}). */
    private final boolean[] beforeFirst;

    /** Past this length a paragraph's matchers are dropped after use rather than kept for the next. */
    static final int LONG_PARAGRAPH = 1 << 16;

    SrxSegmenter(List<RulePattern> rules) {
        this.rules = List.copyOf(rules);
        this.breakRules = IntStream.range(0, rules.size()).filter(i -> rules.get(i).breaking()).toArray();
        this.candidates = new BreakCandidates(IntStream.of(breakRules).mapToObj(rules::get).toList());
        this.filters = new BreakCandidates(this.rules);
        this.threadMatchers = ThreadLocal.withInitial(() -> new RuleMatchers(this.rules, filters.words()));
        this.beforeFirst = new boolean[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            beforeFirst[i] = cheaperBefore(rules.get(i));
        }
    }

    @Override
    public List<String> split(String paragraph) {
        List<String> segments = new ArrayList<>();
        RuleMatchers matchers = threadMatchers.get();
        matchers.read(paragraph);
        char[] chars = matchers.chars();
        SegmentText.Untidy untidy = breakRules.length > 0 ? matchers.untidy() : null;
        int start = 0;
        int length = paragraph.length();
        for (int position = candidates.next(chars, length, 1, untidy); position < length && breakRules.length > 0;
                position = candidates.next(chars, length, position + 1, untidy)) {
            if (insideSurrogatePair(paragraph, position) || insideWhitespace(paragraph, position)) {
                continue;
            }
            filters.mayMatch(chars, length, position, matchers.mayMatch());
            int breakRule = lastMatchingBreakRule(paragraph, position, matchers);
            if (breakRule >= 0 && firstMatchDecidesBreak(breakRule, paragraph, position, matchers)) {
                add(segments, paragraph, chars, start, position, untidy);
                start = position;
            }
        }
        add(segments, paragraph, chars, start, length, untidy);
        if (length > LONG_PARAGRAPH) {
            threadMatchers.remove();
        }
        return List.copyOf(segments);
    }

    /**
     * The last break rule in order that matches at {@code position}, or -1 if none does: only there
     * can a break happen. Trying from the end finds the general break rules rule files end with,
     * which match most candidates, first.
     */
    private int lastMatchingBreakRule(String text, int position, RuleMatchers matchers) {
        for (int i = breakRules.length - 1; i >= 0; i--) {
            if (matches(breakRules[i], text, position, matchers)) {
                return breakRules[i];
            }
        }
        return -1;
    }

    /** Whether the first rule matching at {@code position}, given that {@code breakRule} matches, is a break rule. */
    private boolean firstMatchDecidesBreak(int breakRule, String text, int position, RuleMatchers matchers) {
        for (int i = 0; i < breakRule; i++) {
            if (matches(i, text, position, matchers)) {
                return rules.get(i).breaking();
            }
        }
        return true;
    }

    private boolean matches(int rule, String text, int position, RuleMatchers matchers) {
        long[] mayMatch = matchers.mayMatch();
        if ((mayMatch[rule >>> 6] & 1L << rule) == 0 || position > rules.get(rule).anchoredReach()) {
            return false;
        }
        if (beforeFirst[rule]) {
            return matchers.beforeMatches(rule, position) && matchers.afterMatches(rule, position);
        }
        return matchers.afterMatches(rule, position) && matchers.beforeMatches(rule, position);
    }

    /**
     * Whether a rule's beforebreak costs less to try than its afterbreak, so it goes first: a word
     * list, or an automaton with fewer states (an abbreviation before a long list of sentence openers).
     * Both sides must match, so the order changes the cost, never the answer.
     */
    private static boolean cheaperBefore(RulePattern rule) {
        if (rule.wordsBefore() != null || rule.after() == null) {
            return true;
        }
        return rule.beforeNfa() != null && rule.afterNfa() != null && rule.beforeNfa().states() < rule.afterNfa().states();
    }

    /**
     * Positions inside a run of whitespace are not tried: segments are trimmed, so a break there
     * gives the same segments as one at either end of the run, and skipping them keeps a long run
     * from being scanned again at each of its positions.
     */
    private static boolean insideWhitespace(String text, int position) {
        return Character.isWhitespace(text.charAt(position)) && Character.isWhitespace(text.charAt(position - 1));
    }

    private static boolean insideSurrogatePair(String text, int position) {
        return Character.isLowSurrogate(text.charAt(position)) && Character.isHighSurrogate(text.charAt(position - 1));
    }

    /**
     * Adds the text of {@code [start, end)} unless blank. Where the candidate scan has read the whole
     * paragraph it has noted the untidy whitespace on the way ({@code untidy}); otherwise (no break
     * rules: {@code null}) the segment's characters are looked at again.
     */
    private static void add(List<String> segments, String text, char[] chars, int start, int end,
            SegmentText.Untidy untidy) {
        String segment = SegmentText.of(text, chars, start, end, untidy);
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
    }
}
