package org.verso.segmentation;

/**
 * One SRX rule: a position matches when {@code beforeBreak} matches the text ending there and
 * {@code afterBreak} the text starting there; the first matching rule says whether it is a break.
 *
 * @param breaking    {@code true} for a break rule, {@code false} for an exception (no-break) rule
 * @param beforeBreak the regular expression before the position, empty to match anything
 * @param afterBreak  the regular expression after the position, empty to match anything
 * @param line        the line of the rule in its SRX file, 0 when unknown
 * @param beforeLine  the line of its {@code <beforebreak>}, else of the rule
 * @param afterLine   the line of its {@code <afterbreak>}, else of the rule
 */
public record SrxRule(boolean breaking, String beforeBreak, String afterBreak, int line, int beforeLine, int afterLine) {

    /** A rule whose parts all sit on {@code line}. */
    public SrxRule(boolean breaking, String beforeBreak, String afterBreak, int line) {
        this(breaking, beforeBreak, afterBreak, line, line, line);
    }
}
