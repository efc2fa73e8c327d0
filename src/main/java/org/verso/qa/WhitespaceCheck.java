package org.verso.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            Map<String, String> args = new HashMap<>();
            describe("source", source, args);
            describe("target", target, args);
            issues.add(QaIssue.of(id(), severity(), "starts".equals(where) ? "whitespaceStart" : "whitespaceEnd", args));
        }
    }

    /**
     * The whitespace in words, as {@code name} (English) and as a finding of its own ({@code name@code} with
     * {@code name@count}) that a page says in its language.
     */
    private static void describe(String name, String whitespace, Map<String, String> args) {
        long breaks = whitespace.chars().filter(c -> c == '\n').count();
        long count = breaks > 0 ? breaks : whitespace.length();
        String code = whitespace.isEmpty() ? "noWhitespace" : breaks == 0 ? "spaces"
                : breaks < whitespace.length() ? "lineBreaksAndOther" : "lineBreaks";
        Map<String, String> part = Map.of("count", String.valueOf(count));
        args.put(name, CheckTexts.english(code, part));
        args.put(name + "@code", code);
        args.put(name + "@count", String.valueOf(count));
    }
}
