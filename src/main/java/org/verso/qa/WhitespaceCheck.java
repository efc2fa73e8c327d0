package org.verso.qa;

import java.util.ArrayList;
import java.util.List;

/** Leading and trailing whitespace the same as the source's, since it usually glues the segment to its neighbours. */
public final class WhitespaceCheck implements QaCheck {

    @Override
    public String id() {
        return "whitespace";
    }

    @Override
    public String name() {
        return "Leading and trailing whitespace";
    }

    @Override
    public String description() {
        return "The translation starts or ends with other whitespace than the source.";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        String s = Texts.of(source);
        String t = Texts.of(target);
        List<QaIssue> issues = new ArrayList<>();
        compare("starts", Texts.leading(s), Texts.leading(t), issues);
        compare("ends", Texts.leading(new StringBuilder(s).reverse()), Texts.leading(new StringBuilder(t).reverse()), issues);
        return issues;
    }

    private void compare(String where, String source, String target, List<QaIssue> issues) {
        if (!source.equals(target)) {
            issues.add(new QaIssue(id(), severity(), "The source " + where + " with " + describe(source)
                    + " but the translation " + where + " with " + describe(target) + "."));
        }
    }

    private static String describe(String whitespace) {
        if (whitespace.isEmpty()) {
            return "no whitespace";
        }
        long breaks = whitespace.chars().filter(c -> c == '\n').count();
        String kind = breaks > 0 ? breaks + " line break(s)" : whitespace.length() + " space(s)";
        return breaks > 0 && breaks < whitespace.length() ? kind + " and other whitespace" : kind;
    }
}
