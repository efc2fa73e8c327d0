package org.verso.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotation marks are paired in the translation, per family: « », ‹ ›, 「 」, 『 』 and 《 》 open and close with
 * their own marks; the curly double quotes “ ” „ are paired in whatever style the language uses ("…", „…“, „…”,
 * ”…”), so they only need an even count with no more „ than closers; straight " an even count. The translation
 * may change family (source "…" → ru «…», de „…“), but it should not have fewer quoted passages than the source.
 * Curly and straight quotes left unpaired as in the source (5'10") are left alone. Single quotes are not checked: ’ and ' are also apostrophes.
 */
public final class QuotesCheck implements QaCheck {

    private static final String[] PAIRED = {"«»", "‹›", "「」", "『』", "《》"};

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
        String t = Texts.of(target);
        List<QaIssue> issues = new ArrayList<>();
        for (String pair : PAIRED) {
            long open = count(t, pair.substring(0, 1));
            long close = count(t, pair.substring(1));
            if (open != close) {
                issues.add(issue("The translation has " + open + " “" + pair.charAt(0) + "” but " + close + " “" + pair.charAt(1) + "”."));
            }
        }
        String s = Texts.of(source);
        if (curlyUnpaired(t) && !curlyUnpaired(s)) {
            issues.add(issue("The translation has an unpaired curly double quote (“ ” „)."));
        }
        if (count(t, "\"") % 2 != 0 && count(s, "\"") % 2 == 0) {
            issues.add(issue("The translation has an odd number of straight double quotes (\")."));
        }
        long quotedInSource = passages(s);
        if (issues.isEmpty() && passages(t) < quotedInSource) {
            issues.add(issue("The source has " + quotedInSource + " quoted passage(s), the translation " + passages(t) + "."));
        }
        return issues;
    }

    private static boolean curlyUnpaired(String text) {
        long low = count(text, "„");
        long curly = low + count(text, "“”");
        return curly % 2 != 0 || low > curly - low;
    }

    /** Complete quoted passages, counted by their opening marks. */
    private static long passages(String text) {
        long n = (count(text, "„“”") + count(text, "\"")) / 2;
        for (String pair : PAIRED) {
            n += Math.min(count(text, pair.substring(0, 1)), count(text, pair.substring(1)));
        }
        return n;
    }

    private static long count(String text, String marks) {
        return text.chars().filter(c -> marks.indexOf(c) >= 0).count();
    }

    private QaIssue issue(String message) {
        return new QaIssue(id(), severity(), message);
    }
}
