package org.verso.replace;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verso.failure.InvalidInputException;

/**
 * A time budget for a person's regular expression. {@code java.util.regex} backtracks, so an expression such as
 * {@code (.*a){12}$} can run for hours on a short text and nothing stops it. Every text is matched through a
 * {@link CharSequence} that looks at the clock every few thousand characters read: past the deadline the match
 * stops with a 400 naming the segment. Chosen over a linear-time engine (RE2/J) because it keeps every Java regex
 * feature people already use here (back-references in the find, look-around) and adds no dependency; the price is
 * that a slow expression costs up to the budget before it is refused.
 */
final class RegexBudget {

    private final Duration budget;
    private final long deadline;

    private RegexBudget(Duration budget) {
        this.budget = budget;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    /** A budget that starts now. */
    static RegexBudget starting(Duration budget) {
        return new RegexBudget(budget);
    }

    /** A matcher of {@code pattern} over {@code text} that stops when the budget is spent on the given segment. */
    Matcher matcher(Pattern pattern, String text, int segmentNumber) {
        return pattern.matcher(new Clocked(text, segmentNumber));
    }

    private void check(int segmentNumber) {
        if (System.nanoTime() - deadline > 0) {
            throw new InvalidInputException(ErrReplace.class, m -> m.expressionTooSlowUsed(seconds(), segmentNumber));
        }
    }

    private String seconds() {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** The text, with a look at the clock every 4,096 character reads. */
    private final class Clocked implements CharSequence {

        private final String text;
        private final int segmentNumber;
        private int reads;

        Clocked(String text, int segmentNumber) {
            this.text = text;
            this.segmentNumber = segmentNumber;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
                check(segmentNumber);
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
