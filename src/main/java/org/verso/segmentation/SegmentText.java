package org.verso.segmentation;

/**
 * The text of one segment as {@link Segmenter} promises it: trimmed, each run of whitespace inside
 * it collapsed to one space, and a line break between two CJK characters dropped, because CJK text
 * wraps lines without a space and a space there would be an error the source never had.
 */
final class SegmentText {

    private SegmentText() {
    }

    /** The cleaned text of {@code text[start, end)}; empty if it holds only whitespace. */
    static String of(String text, int start, int end) {
        return of(text, text.toCharArray(), start, end, null);
    }

    /**
     * As {@link #of(String, int, int)}, given the characters of {@code text} as an array to read, and
     * told where the paragraph has untidy whitespace instead of looking, unless {@code untidy} is
     * {@code null}: it holds every such position from {@code start} on, in order.
     */
    static String of(String text, char[] chars, int start, int end, Untidy untidy) {
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        boolean tidy = untidy == null ? isClean(chars, start, end) : !untidy.anyIn(start, end);
        return tidy ? text.substring(start, end) : collapsed(text, start, end);
    }

    /** Whether {@code c} is whitespace that a segment's text keeps only as part of one space: any but a plain space. */
    static boolean untidy(char c) {
        return c != ' ' && Character.isWhitespace(c);
    }

    /**
     * The positions in a paragraph where a segment's text must tidy whitespace: a whitespace
     * character other than a plain space, or one right after another whitespace character. Filled
     * in order by whoever reads every character anyway ({@link BreakCandidates#next}), asked about
     * segments in order, one thread's, reused paragraph after paragraph.
     */
    static final class Untidy {
        /** The first position of each run of consecutive ones: a run is whitespace, so a trimmed segment holds all of it or none. */
        private int[] positions = new int[16];
        private int count;
        private int last = -2;
        /** The first position not before the start of the segment last asked about. */
        private int cursor;

        void clear() {
            count = 0;
            cursor = 0;
            last = -2;
        }

        void add(int position) {
            if (position != last + 1) {
                if (count == positions.length) {
                    positions = java.util.Arrays.copyOf(positions, 2 * count);
                }
                positions[count++] = position;
            }
            last = position;
        }

        /** Whether one of the positions lies in {@code [start, end)}, a trimmed range; {@code start} never goes back between calls. */
        boolean anyIn(int start, int end) {
            while (cursor < count && positions[cursor] < start) {
                cursor++;
            }
            return cursor < count && positions[cursor] < end;
        }
    }

    /** Whether the (trimmed) range has no whitespace but single plain spaces, as most text does. */
    private static boolean isClean(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == ' ' ? text[i + 1] == ' ' : (c < ' ' || c >= 0x80) && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String collapsed(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int run = i;
            boolean lineBreak = false;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                lineBreak |= text.charAt(i) == '\n' || text.charAt(i) == '\r';
                i++;
            }
            boolean edge = out.length() == 0 || i == end;
            if (!edge && !(lineBreak && isCjk(text.codePointBefore(run)) && isCjk(text.codePointAt(i)))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean fullWidthPunctuation = codePoint >= 0x3000 && codePoint <= 0x303F
                || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || fullWidthPunctuation;
    }
}
