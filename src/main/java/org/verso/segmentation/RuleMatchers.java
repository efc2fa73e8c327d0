package org.verso.segmentation;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The matchers of one segmenter's rules, kept by one thread from paragraph to paragraph: making a
 * {@link Matcher} costs more than most of the matches it does, so each is made once, on first use,
 * and pointed at the next paragraph only when a rule is tried there. Per rule one matcher for the
 * afterbreak on the text and one for the beforebreak on the text read backwards (or on the text,
 * for a look-behind). Not thread-safe: {@link SrxSegmenter} keeps one per thread.
 */
final class RuleMatchers {

    private final List<RulePattern> rules;
    private final Matcher[] after;
    private final Matcher[] before;
    /** Per rule, the paragraph its matcher was last pointed at (see {@link #paragraph}). */
    private final long[] afterRead;
    private final long[] beforeRead;
    private final ReversedText reversed = new ReversedText("");
    private final CharNfa.Run run;
    /** At the position being decided, one bit per rule whose character filters let it through. */
    private final long[] mayMatch;
    private final SegmentText.Untidy untidy = new SegmentText.Untidy();
    private String text = "";
    /** The paragraph's characters, for the loops that read every one of them; may be longer than the text. */
    private char[] chars = new char[256];
    /** Counts the paragraphs read, so a matcher left on an earlier one is recognized. */
    private long paragraph;

    RuleMatchers(List<RulePattern> rules, int maskWords) {
        this.rules = rules;
        this.mayMatch = new long[maskWords];
        this.after = new Matcher[rules.size()];
        this.before = new Matcher[rules.size()];
        this.afterRead = new long[rules.size()];
        this.beforeRead = new long[rules.size()];
        int states = 1;
        for (RulePattern rule : rules) {
            states = Math.max(states, rule.afterNfa() == null ? 0 : rule.afterNfa().states());
            states = Math.max(states, rule.beforeNfa() == null ? 0 : rule.beforeNfa().states());
        }
        this.run = new CharNfa.Run(states);
    }

    /** Starts on a new paragraph. */
    void read(String paragraphText) {
        text = paragraphText;
        if (chars.length < paragraphText.length()) {
            chars = new char[Math.max(paragraphText.length(), 2 * chars.length)];
        }
        paragraphText.getChars(0, paragraphText.length(), chars, 0);
        reversed.read(paragraphText);
        untidy.clear();
        paragraph++;
    }

    /** The untidy whitespace of the paragraph, as the candidate scan finds it; empty at the start of a paragraph. */
    SegmentText.Untidy untidy() {
        return untidy;
    }

    /** The rules that may match at the position being decided, as {@link BreakCandidates#mayMatch} sets them. */
    long[] mayMatch() {
        return mayMatch;
    }

    /** The paragraph's characters, in an array that may be longer than the paragraph. */
    char[] chars() {
        return chars;
    }

    /** Whether rule {@code rule}'s afterbreak matches from {@code position} on (true if it has none). */
    boolean afterMatches(int rule, int position) {
        RulePattern pattern = rules.get(rule);
        if (pattern.after() == null) {
            return true;
        }
        if (pattern.afterNfa() != null) {
            return pattern.afterNfa().matches(text, position, run);
        }
        if (after[rule] == null) {
            after[rule] = bounded(pattern.after().matcher(text));
        } else if (afterRead[rule] != paragraph) {
            after[rule].reset(text);
        }
        afterRead[rule] = paragraph;
        return after[rule].region(position, text.length()).lookingAt();
    }

    /** Whether rule {@code rule}'s beforebreak matches the text before {@code position} (true if it has none). */
    boolean beforeMatches(int rule, int position) {
        RulePattern pattern = rules.get(rule);
        if (pattern.wordsBefore() != null) {
            return pattern.wordsBefore().matches(text, position);
        }
        if (pattern.before() == null) {
            return true;
        }
        if (pattern.beforeNfa() != null) {
            return pattern.beforeNfa().matches(text, position, run);
        }
        CharSequence input = pattern.beforeReversed() ? reversed : text;
        if (before[rule] == null) {
            before[rule] = bounded(pattern.before().matcher(input));
        } else if (beforeRead[rule] != paragraph) {
            before[rule].reset(input);
        }
        beforeRead[rule] = paragraph;
        int from = pattern.beforeReversed() ? text.length() - position : position;
        return before[rule].region(from, text.length()).lookingAt();
    }

    private static Matcher bounded(Matcher matcher) {
        return matcher.useTransparentBounds(true).useAnchoringBounds(false);
    }
}
