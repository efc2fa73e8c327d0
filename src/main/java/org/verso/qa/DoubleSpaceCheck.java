package org.verso.qa;

import java.util.List;
import java.util.Map;

/** Two or more spaces in a row inside the translation, where the source has fewer such runs. */
public final class DoubleSpaceCheck implements QaCheck {

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
        return List.of(inTarget == 1 ? QaIssue.of(id(), severity(), "doubleSpace", Map.of())
                : QaIssue.of(id(), severity(), "doubleSpaces", Map.of("count", String.valueOf(inTarget),
                        "source", String.valueOf(inSource))));
    }

    /** Runs of two or more spaces (plain, no-break, narrow no-break, ideographic) between other characters. */
    private static int count(String text) {
        int n = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u3000') {
                run++;
            } else {
                n += run >= 2 && i > run && !Texts.isSpace(text.charAt(i - run - 1)) && !Texts.isSpace(c) ? 1 : 0;
                run = 0;
            }
        }
        return n;
    }
}
