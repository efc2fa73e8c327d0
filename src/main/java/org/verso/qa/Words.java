package org.verso.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** Lower-cased words written twice in a row; numbers do not count. */
    static List<String> doubled(String text) {
        List<Word> words = of(text);
        List<String> doubled = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals(words.get(i - 1).text().toLowerCase(Locale.ROOT)) && Character.isLetter(word.codePointAt(0))
                    && onlySpaceBetween(text, words.get(i - 1), words.get(i))) {
                doubled.add(word);
            }
        }
        return doubled;
    }
}
