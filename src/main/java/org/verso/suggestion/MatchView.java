package org.verso.suggestion;

import java.time.Instant;
import java.util.List;
import org.verso.diff.WordDiff;
import org.verso.memory.MemoryMatch;

/**
 * A memory match as the editor shows it: its number (the Ctrl+number that inserts it), the score, the match's
 * source with its differences from the segment's source marked, the target, where it came from and when.
 */
public record MatchView(int number, int score, List<WordDiff.Piece> source, String target, String origin,
                        String createdBy, Instant changedAt) {

    static MatchView of(int number, MemoryMatch match, String segmentSource) {
        return new MatchView(number, match.score(), WordDiff.between(match.source(), segmentSource), match.target(),
                match.origin(), match.createdBy(), match.changedAt());
    }

    /** A class for the score's colour: context, exact, high or low fuzzy. */
    public String band() {
        return score > 100 ? "context" : score == 100 ? "exact" : score >= 85 ? "high" : "low";
    }
}
