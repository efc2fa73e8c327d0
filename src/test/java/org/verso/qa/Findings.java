package org.verso.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

/** Runs one check on one pair and states what it should have found: nothing, or findings of one top severity. */
final class Findings {

    /** What a row of a check's table expects. */
    enum Expect { NONE, WARNING, ERROR }

    private Findings() {
    }

    static void assertFinds(QaCheck check, QaContext context, String source, String target, Expect expected) {
        List<QaIssue> issues = check.check(source, target, context);
        String shown = issues.stream().map(QaIssue::message).collect(Collectors.joining(" | "));
        if (expected == Expect.NONE) {
            assertEquals(List.of(), issues, () -> check.id() + " should stay quiet on «" + target + "»: " + shown);
            return;
        }
        assertTrue(!issues.isEmpty(), () -> check.id() + " should fire on «" + source + "» → «" + target + "»");
        Severity top = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR) ? Severity.ERROR : Severity.WARNING;
        assertEquals(expected.name(), top.name(), () -> check.id() + " found: " + shown);
        for (QaIssue issue : issues) {
            assertEquals(check.id(), issue.check());
            assertTrue(issue.message().endsWith("."), () -> "a message is a sentence: " + issue.message());
        }
    }

    static void assertFinds(QaCheck check, String from, String to, String source, String target, Expect expected) {
        assertFinds(check, QaContext.of(from, to), source, target, expected);
    }
}
