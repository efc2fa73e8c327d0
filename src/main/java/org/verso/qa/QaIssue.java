package org.verso.qa;

/** One finding of one check on one pair: the check's id, its severity and a human sentence naming the offending item. */
public record QaIssue(String check, Severity severity, String message) {
}
