package org.verso.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quotation marks are paired in the translation, per family (see {@link QuoteMarks}). The translation may change
 * family (source "…" → ru «…», de „…“), but should not have fewer quoted passages than the source. A source that
 * leaves a quotation open or closes one opened before (a quotation running over several segments) lets the
 * translation do the same in any family; curly and straight quotes left unpaired as in the source (5'10") are left
 * alone too. Single quotes are not checked: ’ and ' are also apostrophes.
 */
public final class QuotesCheck implements QaCheck {

    @Override
    public String id() {
        return "quotes";
    }

    @Override
    public String name() {
        return "Unpaired quotation marks";
    }

    @Override
    public String description() {
        return "A quotation mark in the translation is not paired, or a quoted passage of the source lost its quotes.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        QuoteMarks s = new QuoteMarks(source);
        QuoteMarks t = new QuoteMarks(target);
        List<QaIssue> problems = new ArrayList<>();
        for (String pair : QuoteMarks.PAIRED) {
            int open = t.count(pair.charAt(0));
            int close = t.count(pair.charAt(1));
            if (open != close && !s.unpaired()) {
                problems.add(QaIssue.of(id(), severity(), "unbalancedPair", Map.of("opened", String.valueOf(open),
                        "open", String.valueOf(pair.charAt(0)), "closed", String.valueOf(close),
                        "close", String.valueOf(pair.charAt(1)))));
            }
        }
        if (t.curlyUnpaired() && !s.curlyUnpaired()) {
            problems.add(QaIssue.of(id(), severity(), "curlyQuoteUnpaired", Map.of()));
        }
        if (t.straightUnpaired() && !s.straightUnpaired()) {
            problems.add(QaIssue.of(id(), severity(), "straightQuotesOdd", Map.of()));
        }
        if (problems.isEmpty() && t.passages() < s.passages()) {
            problems.add(QaIssue.of(id(), severity(), "quotedPassages", Map.of("source", String.valueOf(s.passages()),
                    "target", String.valueOf(t.passages()))));
        }
        return problems;
    }
}
