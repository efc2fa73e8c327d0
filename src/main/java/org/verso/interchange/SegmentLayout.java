package org.verso.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a paragraph's segments stand in its exact source text, so an export can give back every character between
 * them. A segment's text is what the segmenter made of its slice (trimmed, whitespace runs collapsed to one space,
 * a soft wrap between CJK characters dropped): readable in the editor and matchable in the memory. Beside it a
 * segment keeps its exact slice ({@code raw}, only where it differs) and the exact white space after it ({@code gap}:
 * none, two spaces, a line break, the paragraph's trailing white space for the last segment). The paragraph keeps
 * the white space before its first segment ({@code lead}). Then {@code lead + raw₁ + gap₁ + … + rawₙ + gapₙ} is the
 * paragraph's source, byte for byte.
 */
public final class SegmentLayout {

    /** One segment laid over the source: its text, its exact slice (null when the same), the white space after. */
    public record Piece(String text, String raw, String gap) {

        /** The exact source slice of the segment. */
        public String exact() {
            return raw == null ? text : raw;
        }
    }

    /** A paragraph's white space before its first segment and its segments in order. */
    public record Laid(String lead, List<Piece> pieces) {

        public Laid {
            pieces = List.copyOf(pieces);
        }
    }

    private SegmentLayout() {
    }

    /**
     * Lays {@code segments} (each trimmed, its white space possibly collapsed or dropped, nothing else changed) over
     * {@code text} in order; null when they do not cover it, so the caller falls back to joining them with spaces.
     */
    public static Laid of(String text, List<String> segments) {
        int at = skipSpace(text, 0);
        String lead = text.substring(0, at);
        List<Piece> pieces = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            int start = skipSpace(text, at);
            if (i > 0) {
                Piece previous = pieces.remove(pieces.size() - 1);
                pieces.add(new Piece(previous.text(), previous.raw(), text.substring(at, start)));
            }
            int end = start;
            for (int k = 0; k < segment.length(); k++) {
                char c = segment.charAt(k);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                end = skipSpace(text, end);
                if (end >= text.length() || text.charAt(end) != c) {
                    return null;
                }
                end++;
            }
            String raw = text.substring(start, end);
            pieces.add(new Piece(segment, raw.equals(segment) ? null : raw, ""));
            at = end;
        }
        if (skipSpace(text, at) != text.length() || pieces.isEmpty()) {
            return null;
        }
        Piece last = pieces.remove(pieces.size() - 1);
        pieces.add(new Piece(last.text(), last.raw(), text.substring(at)));
        return new Laid(lead, pieces);
    }

    /** The text with its white space collapsed as a segment's is, for what shows a paragraph as one line. */
    public static String readable(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Two neighbouring segments joined into one, with the exact white space that stood between them; a segment not
     * laid out ({@code gap} null) joins with {@code separator} as before.
     *
     * @param separator what joins two sentences' texts in the source language (a space, or none in Chinese)
     */
    public static Piece join(Piece first, Piece second, String separator) {
        if (first.gap() == null) {
            return new Piece(first.text() + separator + second.text(), null, second.gap());
        }
        String exact = first.exact() + first.gap() + second.exact();
        String text = first.text() + (first.gap().isEmpty() ? "" : separator) + second.text();
        return new Piece(text, exact.equals(text) ? null : exact, second.gap());
    }

    /**
     * A segment split where its text is split into {@code firstText} and {@code secondText} (both trimmed): the exact
     * slice is cut after the same number of non-space characters, the white space at the cut becoming the first
     * part's gap; the second part keeps the segment's gap.
     */
    public static List<Piece> split(Piece piece, String firstText, String secondText) {
        if (piece.gap() == null) {
            return List.of(new Piece(firstText, null, null), new Piece(secondText, null, null));
        }
        String exact = piece.exact();
        int visible = (int) firstText.chars().filter(c -> !Character.isWhitespace(c)).count();
        int cut = 0;
        for (int seen = 0; cut < exact.length() && seen < visible; cut++) {
            if (!Character.isWhitespace(exact.charAt(cut))) {
                seen++;
            }
        }
        int next = skipSpace(exact, cut);
        String firstRaw = exact.substring(0, cut);
        String secondRaw = exact.substring(next);
        return List.of(new Piece(firstText, firstRaw.equals(firstText) ? null : firstRaw, exact.substring(cut, next)),
                new Piece(secondText, secondRaw.equals(secondText) ? null : secondRaw, piece.gap()));
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
