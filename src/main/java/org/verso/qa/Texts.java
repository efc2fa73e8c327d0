package org.verso.qa;

/** The few text facts several checks share; null counts as empty text everywhere. */
final class Texts {

    private Texts() {
    }

    static String of(String text) {
        return text == null ? "" : text;
    }

    /** Whitespace as a reader sees it: Java's whitespace plus the no-break spaces, which Java does not count. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(Texts::isSpace);
    }

    /** The text with every run of whitespace made one plain space, and none at either end. */
    static String collapseSpace(String text) {
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        for (int i = 0; i < of(text).length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text between the leading and the trailing whitespace. */
    static String strip(String text) {
        String t = of(text);
        int start = 0;
        int end = t.length();
        while (start < end && isSpace(t.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(start, end);
    }

    /** “text”, cut to {@code max} characters with an ellipsis, for a message. */
    static String quote(String text, int max) {
        String t = of(text);
        return "“" + (t.length() > max ? t.substring(0, max) + "…" : t) + "”";
    }

    /** The whitespace the text starts with. */
    static String leading(CharSequence text) {
        int i = 0;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return text.subSequence(0, i).toString();
    }
}
