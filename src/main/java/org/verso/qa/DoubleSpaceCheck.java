package org.verso.qa;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two or more spaces in a row inside the translation, where the source has fewer such runs. */
public final class DoubleSpaceCheck implements QaCheck {

    /** Two spaces (plain, no-break, narrow no-break, ideographic) between non-space characters. */
    private static final Pattern DOUBLE = Pattern.compile("(?<=\\S)[ \u00A0\u202F\u3000]{2,}(?=\\S)");

    @Override
    public String id() {
        return "double-space";
    }

    @Override
    public String name() {
        return "Double space";
    }

    @Override
    public String description() {
        return "The translation has two spaces in a row where the source has not.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        int inSource = count(Texts.of(source));
        int inTarget = count(Texts.of(target));
        if (inTarget <= inSource) {
            return List.of();
        }
        return List.of(new QaIssue(id(), severity(), inTarget == 1 ? "The translation has a double space."
                : "The translation has " + inTarget + " double spaces (the source has " + inSource + ")."));
    }

    private static int count(String text) {
        int n = 0;
        Matcher m = DOUBLE.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
