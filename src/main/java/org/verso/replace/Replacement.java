package org.verso.replace;

import java.util.List;
import org.verso.diff.WordDiff;
import org.verso.qa.QaIssue;

/**
 * One segment a search and replace finds: replaced (or, in a preview, to be replaced), or left unchanged and why.
 *
 * @param status   the segment's status once the request is done (unchanged for one left out)
 * @param after    the segment's text once the request is done: for one left out, its text as it was
 * @param version  the segment's version once the request is done
 * @param proposed the text the replace gives it, also for one left out
 * @param leftOut  whether the segment keeps its text (a translator's replace in an approved segment, or an approval
 *                 the new text's quality errors would stop, when no reason was given)
 * @param reason   why it was left out, in words; null when replaced
 * @param errors   the quality-check errors of the new text that stop it staying approved: the reason it was left
 *                 out, or what the given reason overrides; empty otherwise
 */
public record Replacement(long segmentId, int ordinal, String status, String before, String after, int version,
                          String proposed, boolean leftOut, String reason, List<QaIssue> errors) {

    /** A segment whose text the replace changes, before anything is decided about it. */
    static Replacement found(long segmentId, int ordinal, String status, String before, String proposed,
                             int version) {
        return new Replacement(segmentId, ordinal, status, before, proposed, version, proposed, false, null,
                List.of());
    }

    /** Left unchanged, saying why. */
    Replacement leftOut(String why, List<QaIssue> stopping) {
        return new Replacement(segmentId, ordinal, status, before, before, version, proposed, true, why,
                List.copyOf(stopping));
    }

    /** Replaced over quality-check errors, with the reason the person gave. */
    Replacement overriding(List<QaIssue> overridden) {
        return new Replacement(segmentId, ordinal, status, before, after, version, proposed, false, null,
                List.copyOf(overridden));
    }

    /** As stored: its status and version after the write. */
    Replacement saved(String savedStatus, int savedVersion) {
        return new Replacement(segmentId, ordinal, savedStatus, before, after, savedVersion, proposed, false, null,
                errors);
    }

    /** The words that change (or would change), for the preview and the list of those left out. */
    public List<WordDiff.Piece> changes() {
        return WordDiff.between(before, proposed);
    }
}
