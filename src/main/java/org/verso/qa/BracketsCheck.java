package org.verso.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Round, square and curly brackets (with their full-width forms) are balanced in the translation: as many closing
 * as opening, none closed before it is opened. A translation unbalanced the same way as its source
 * ("1) first item") is left alone.
 */
public final class BracketsCheck implements QaCheck {

    private static final String[] OPENING = {"(（", "[［【", "{｛"};
    private static final String[] CLOSING = {")）", "]］】", "}｝"};

    @Override
    public String id() {
        return "brackets";
    }

    @Override
    public String name() {
        return "Unbalanced brackets";
    }

    @Override
    public String description() {
        return "A bracket in the translation is not closed, or closed without being opened.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        List<QaIssue> issues = new ArrayList<>();
        for (int kind = 0; kind < OPENING.length; kind++) {
            int[] inTarget = BracketBalance.of(Texts.of(target), OPENING[kind], CLOSING[kind]);
            int[] inSource = BracketBalance.of(Texts.of(source), OPENING[kind], CLOSING[kind]);
            boolean unbalanced = inTarget[0] != inTarget[1] || inTarget[2] < 0;
            boolean asInSource = inTarget[0] - inTarget[1] == inSource[0] - inSource[1] && inTarget[2] == inSource[2];
            if (unbalanced && !asInSource) {
                char open = OPENING[kind].charAt(0);
                char close = CLOSING[kind].charAt(0);
                issues.add(inTarget[0] == inTarget[1]
                        ? QaIssue.of(id(), severity(), "closedBeforeOpened", Map.of("close", String.valueOf(close)))
                        : QaIssue.of(id(), severity(), "unbalancedPair", Map.of("opened", String.valueOf(inTarget[0]),
                                "open", String.valueOf(open), "closed", String.valueOf(inTarget[1]),
                                "close", String.valueOf(close))));
            }
        }
        return issues;
    }
}
