package org.verso.interchange.text;

import java.util.Set;

import org.verso.interchange.ParagraphKind;

/**
 * Guesses what a plain-text paragraph is from its shape, since plain text carries no markup. A wrong guess
 * costs little: the kind only steers defaults (heading markup on export, what reviewers see first).
 */
final class KindGuess {

    /** Longer one-liners are sentences missing their full stop rather than headlines. */
    private static final int MAX_HEADING_WORDS = 15;
    private static final int MAX_HEADING_CHARS = 150;
    private static final Set<Integer> SENTENCE_END = Set.of(
            (int) '.', (int) '!', (int) '?', (int) '…', (int) '。', (int) '！', (int) '？', (int) '．', (int) '｡');
    /** Closing quotes and brackets may follow the final punctuation: "… he said." */
    private static final Set<Integer> CLOSERS = Set.of(
            (int) '"', (int) '\'', (int) '”', (int) '’', (int) '»', (int) '«', (int) '›', (int) '」', (int) '』',
            (int) ')', (int) '）', (int) ']');
    private static final String[] ENCLOSING_PAIRS = {"()", "[]", "（）"};

    private KindGuess() {
    }

    static ParagraphKind of(String text, int lineCount) {
        if (isEnclosed(text)) {
            return ParagraphKind.OTHER;
        }
        if (lineCount == 1 && !endsSentence(text) && isShort(text)) {
            return ParagraphKind.HEADING;
        }
        return ParagraphKind.BODY;
    }

    private static boolean isShort(String text) {
        return text.length() <= MAX_HEADING_CHARS && text.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.contains(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return end > 0 && SENTENCE_END.contains(text.codePointBefore(end));
    }

    /** True for "(Reuters contributed to this report.)": the opening bracket closes only at the very end. */
    static boolean isEnclosed(String text) {
        for (String pair : ENCLOSING_PAIRS) {
            if (text.length() >= 2 && text.charAt(0) == pair.charAt(0)
                    && text.charAt(text.length() - 1) == pair.charAt(1)
                    && closesAtEnd(text, pair.charAt(0), pair.charAt(1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesAtEnd(String text, char open, char close) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == open ? 1 : c == close ? -1 : 0;
            if (depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }
}
