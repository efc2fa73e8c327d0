package org.verso.segmentation;

/**
 * What a token ends with: the word in front of its trailing sentence marks, and which marks they are.
 * Closing quotes, brackets and (no-break) spaces among the trailing marks are skipped, so
 * {@code great."}, {@code engineer.)} and French {@code Quoi ?} all end in a mark.
 *
 * @param word     the token up to its trailing marks
 * @param dots     how many full stops the trailing marks hold
 * @param ellipsis whether the marks hold an ellipsis character
 * @param strong   whether the marks hold a question or exclamation mark or a CJK full stop
 */
record TokenEnding(String word, int dots, boolean ellipsis, boolean strong) {

    static TokenEnding of(String token) {
        int end = token.length();
        int dots = 0;
        boolean ellipsis = false;
        boolean strong = false;
        while (end > 0) {
            char c = token.charAt(end - 1);
            if (c == '.') {
                dots++;
            } else if (c == '…') {
                ellipsis = true;
            } else if (Punctuation.isStrong(c)) {
                strong = true;
            } else if (!Punctuation.isCloser(c) && !Character.isSpaceChar(c)) {
                break;
            }
            end--;
        }
        return new TokenEnding(token.substring(0, end), dots, ellipsis, strong);
    }

    boolean endsInMark() {
        return dots > 0 || ellipsis || strong;
    }

    boolean isEllipsis() {
        return ellipsis || dots >= 2;
    }

    /** An omission inside a quotation, {@code [...]} or {@code (…)}, which never ends a sentence. */
    boolean isBracketedOmission() {
        return isEllipsis() && (word.endsWith("[") || word.endsWith("("));
    }
}
