package org.verso.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words: runs of letters, digits and combining marks, with the zero-width non-joiner of Persian
 * ("می‌خواهم" is one word). Anything else (spaces, punctuation, hyphens, apostrophes) separates words.
 */
final class Words {

    /** One word and where it stands: {@code start} and {@code end} are char offsets into the text. */
    record Word(String text, int start, int end) {
    }

    private Words() {
    }

    static List<Word> of(String text) {
        String t = Texts.of(text);
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= t.length(); i += i < t.length() ? Character.charCount(t.codePointAt(i)) : 1) {
            boolean inWord = i < t.length() && isWordChar(t.codePointAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new Word(t.substring(start, i), start, i));
                start = -1;
            }
        }
        return words;
    }

    static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c) || c == '\u200C') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** True when only whitespace stands between the two words. */
    static boolean onlySpaceBetween(String text, Word first, Word second) {
        for (int i = first.end(); i < second.start(); i++) {
            if (!Texts.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
