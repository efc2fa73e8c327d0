package org.verso.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts, for display: what a memory match's source has that the segment's
 * source lacks, and the other way round. Words, runs of whitespace and single punctuation marks are the units,
 * so a changed comma shows as a changed comma, not a changed word.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{M}\\p{N}_]+|.", Pattern.DOTALL);

    /** How a piece of text differs: in both texts, only in the old one, only in the new one. */
    public enum Change {
        SAME, DELETED, INSERTED
    }

    /** One run of text with its change. */
    public record Piece(String text, Change change) {

        public boolean same() {
            return change == Change.SAME;
        }

        public boolean deleted() {
            return change == Change.DELETED;
        }

        public boolean inserted() {
            return change == Change.INSERTED;
        }
    }

    private WordDiff() {
    }

    /** The pieces that turn {@code oldText} into {@code newText}, in reading order; deletions before insertions. */
    public static List<Piece> between(String oldText, String newText) {
        List<String> before = tokens(oldText);
        List<String> after = tokens(newText);
        List<Piece> pieces = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            add(pieces, before.subList(position, delta.getSource().getPosition()), Change.SAME);
            if (delta.getType() != DeltaType.INSERT) {
                add(pieces, delta.getSource().getLines(), Change.DELETED);
            }
            if (delta.getType() != DeltaType.DELETE) {
                add(pieces, delta.getTarget().getLines(), Change.INSERTED);
            }
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, before.subList(position, before.size()), Change.SAME);
        return pieces;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends the tokens as one piece, merged with the previous piece when it has the same change. */
    private static void add(List<Piece> pieces, List<String> tokens, Change change) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).change() == change) {
            pieces.set(last, new Piece(pieces.get(last).text() + text, change));
        } else {
            pieces.add(new Piece(text, change));
        }
    }
}
