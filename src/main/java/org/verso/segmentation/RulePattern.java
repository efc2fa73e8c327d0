package org.verso.segmentation;

import java.util.BitSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One SRX rule compiled into a zero-width pattern that matches exactly at the positions where the
 * rule applies, {@code (?=after)(?<=before)}, plus the characters that may stand on either side of
 * such a position ({@link CharacterFilter}). Both sides are bounded to {@value #REACH} characters per
 * open-ended quantifier (see {@link BoundedQuantifiers}).
 *
 * @param breaking    whether a match means a break
 * @param firstAfter  the characters that may follow the position, {@code null} for any
 * @param lastBefore  the characters that may precede the position, {@code null} for any
 * @param secondLastBefore the characters that may stand two before the position, {@code null} for any
 * @param anchoredReach for a beforebreak anchored at the paragraph start ({@code ^…}), the furthest
 *                    position it can reach; {@link RegexLength#UNKNOWN} otherwise
 */
record RulePattern(boolean breaking, Pattern pattern, BitSet firstAfter, BitSet lastBefore,
        BitSet secondLastBefore, int anchoredReach) {

    /** How far an open-ended quantifier ({@code *}, {@code +}) may reach from the break position. */
    static final int REACH = 100;

    static RulePattern compile(SrxRule rule) {
        String after = bounded(rule.afterBreak(), "afterbreak", rule.afterLine());
        String before = bounded(rule.beforeBreak(), "beforebreak", rule.beforeLine());
        boolean anchored = before.startsWith("^") && CharacterFilter.alternatives(before).size() == 1;
        try {
            return new RulePattern(rule.breaking(), Pattern.compile(zeroWidth(before, after)),
                    CharacterFilter.firstAfter(after), CharacterFilter.lastBefore(before),
                    CharacterFilter.secondLastBefore(before), anchored ? RegexLength.max(before) : RegexLength.UNKNOWN);
        } catch (PatternSyntaxException e) {
            throw new SrxException(rule.beforeLine(), "the regular expression in <beforebreak> cannot be used as a"
                    + " bounded look-behind (" + e.getDescription() + "; Java cannot bound a repeated group that"
                    + " itself holds a repetition): \"" + rule.beforeBreak() + "\"", e);
        }
    }

    /**
     * Each side in a group of its own, so inline flags stay inside. The look-ahead goes first: it
     * usually fails at once, where a look-behind tries every start its length allows.
     */
    private static String zeroWidth(String before, String after) {
        return (after.isEmpty() ? "" : "(?=(?:" + after + "))") + (before.isEmpty() ? "" : "(?<=(?:" + before + "))");
    }

    /** A quick test that rules out most positions where the rule cannot match; never a false "no". */
    boolean mayMatchAt(String text, int position) {
        return position <= anchoredReach && isIn(firstAfter, text, position)
                && isIn(lastBefore, text, position - 1) && isIn(secondLastBefore, text, position - 2);
    }

    /** Whether the character at {@code index} is in {@code filter}; {@code null} lets anything through. */
    private static boolean isIn(BitSet filter, String text, int index) {
        return filter == null || index >= 0 && index < text.length() && filter.get(text.charAt(index));
    }

    /** The bounded form of one side; empty if none. */
    private static String bounded(String regex, String element, int line) {
        if (regex.isEmpty()) {
            return "";
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new SrxException(line, "the regular expression in <" + element + "> is invalid: "
                    + e.getDescription() + " at index " + e.getIndex() + " in \"" + regex + "\"", e);
        }
        return BoundedQuantifiers.rewrite(regex, REACH);
    }
}
