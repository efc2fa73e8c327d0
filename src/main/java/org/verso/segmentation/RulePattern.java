package org.verso.segmentation;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One SRX rule compiled for matching at a position: the afterbreak as a pattern that must match
 * from the position on, the beforebreak as one that must match the text before it read backwards
 * ({@link ReversedRegex}), or, where it cannot be reversed, as a look-behind {@code (?<=before)};
 * plus the characters that may stand on either side of such a position ({@link CharacterFilter}).
 * Both sides are bounded to {@value #REACH} characters per open-ended quantifier (see
 * {@link BoundedQuantifiers}).
 *
 * @param breaking    whether a match means a break
 * @param after       the afterbreak, {@code null} if empty
 * @param before      the beforebreak, reversed or as a look-behind; {@code null} if empty
 * @param beforeReversed whether {@code before} is reversed, to be matched on a {@link ReversedText}
 * @param firstAfter  the characters that may follow the position, {@code null} for any
 * @param secondAfter for kinds of first character, the characters that may stand one after it;
 *                    {@code null} for any
 * @param lastBefore  the characters that may precede the position, {@code null} for any
 * @param secondLastBefore the characters that may stand two before the position, {@code null} for any
 * @param anchoredReach for a beforebreak anchored at the paragraph start ({@code ^…}), the furthest
 *                    position it can reach; {@link RegexLength#UNKNOWN} otherwise
 * @param wordsBefore the beforebreak as a trie walk where it is a list of literal words (abbreviations),
 *                    {@code null} otherwise; it then stands in for {@code before}
 * @param afterNfa    the afterbreak as an automaton of Verso's own ({@link CharNfa}), {@code null} where
 *                    {@code java.util.regex} keeps it
 * @param beforeNfa   the reversed beforebreak as such an automaton, run backwards; {@code null} likewise
 */
record RulePattern(boolean breaking, Pattern after, Pattern before, boolean beforeReversed, BitSet firstAfter,
        List<CharacterFilter.SecondAfter> secondAfter, BitSet lastBefore, BitSet secondLastBefore,
        int anchoredReach, WordListBefore wordsBefore, CharNfa afterNfa, CharNfa beforeNfa) {

    /** How far an open-ended quantifier ({@code *}, {@code +}) may reach from the break position. */
    static final int REACH = 100;

    static RulePattern compile(SrxRule rule) {
        String after = bounded(rule.afterBreak(), "afterbreak", rule.afterLine());
        String before = bounded(rule.beforeBreak(), "beforebreak", rule.beforeLine());
        boolean anchored = before.startsWith("^") && RegexPieces.alternatives(before).size() == 1;
        Pattern reversed = before.isEmpty() ? null : reversedOrNull(before);
        BitSet firstAfter = CharacterFilter.firstAfter(after);
        return new RulePattern(rule.breaking(), after.isEmpty() ? null : Pattern.compile(after),
                before.isEmpty() || reversed != null ? reversed : lookBehind(before, rule), reversed != null, firstAfter, CharacterFilter.secondAfter(after, firstAfter),
                CharacterFilter.lastBefore(before), CharacterFilter.secondLastBefore(before),
                anchored ? RegexLength.max(before) : RegexLength.UNKNOWN, WordListBefore.of(before),
                after.isEmpty() ? null : NfaBuilder.of(after, false),
                reversed == null ? null : NfaBuilder.of(reversed.pattern(), true));
    }

    /**
     * The beforebreak reversed, or {@code null} where it cannot be: a construct without a mirror
     * image, or a look-ahead that becomes a look-behind Java cannot bound.
     */
    private static Pattern reversedOrNull(String before) {
        String reversed = ReversedRegex.of(before);
        try {
            return reversed == null ? null : Pattern.compile(reversed);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** The beforebreak as a zero-width look-behind, in a group of its own so inline flags stay inside. */
    private static Pattern lookBehind(String before, SrxRule rule) {
        try {
            return Pattern.compile("(?<=(?:" + before + "))");
        } catch (PatternSyntaxException e) {
            throw new SrxException(rule.beforeLine(), "the regular expression in <beforebreak> cannot be used as a"
                    + " bounded look-behind (" + e.getDescription() + "; Java cannot bound a repeated group that"
                    + " itself holds a repetition): \"" + rule.beforeBreak() + "\"", e);
        }
    }

    /** A quick test that rules out most positions where the rule cannot match; never a false "no". */
    boolean mayMatchAt(String text, int position) {
        return position <= anchoredReach && isIn(firstAfter, text, position)
                && secondMayFollow(text, position)
                && isIn(lastBefore, text, position - 1) && isIn(secondLastBefore, text, position - 2);
    }

    /** Whether the character after {@code position}'s may follow it; true at the end of the text. */
    private boolean secondMayFollow(String text, int position) {
        if (secondAfter == null || position + 1 >= text.length()) {
            return true;
        }
        for (CharacterFilter.SecondAfter kind : secondAfter) {
            if (kind.firsts().get(text.charAt(position))) {
                return kind.seconds().get(text.charAt(position + 1));
            }
        }
        return true; // a surrogate pair comes first
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
