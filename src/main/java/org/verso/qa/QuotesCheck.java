package org.verso.qa;

import java.util.ArrayList;
import java.util.List;

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
        List<String> problems = new ArrayList<>();
        for (String pair : QuoteMarks.PAIRED) {
            int open = t.count(pair.charAt(0));
            int close = t.count(pair.charAt(1));
            if (open != close && !s.unpaired()) {
                problems.add("The translation has " + open + " “" + pair.charAt(0) + "” but " + close + " “" + pair.charAt(1) + "”.");
            }
        }
        if (t.curlyUnpaired() && !s.curlyUnpaired()) {
            problems.add("The translation has an unpaired curly double quote (“ ” „).");
        }
        if (t.straightUnpaired() && !s.straightUnpaired()) {
            problems.add("The translation has an odd number of straight double quotes (\").");
        }
        if (problems.isEmpty() && t.passages() < s.passages()) {
            problems.add("The source has " + s.passages() + " quoted passage(s), the translation " + t.passages() + ".");
        }
        return problems.stream().map(p -> new QaIssue(id(), severity(), p)).toList();
    }
}
