package org.verso.memory.fuzzy;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into tokens for matching: words, numbers, and every other non-space character as a punctuation
 * token of its own; whitespace separates tokens and is not one. Each token keeps its original form (for the
 * penalties of {@link FuzzyScore}) and has a key (the form the index and the edit distance compare): words
 * lower-cased with {@link Locale#ROOT}, every number the same key {@value #NUMBER_KEY}, punctuation as is.
 *
 * <p>Texts in scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) go through ICU4J's
 * dictionary-based word {@link BreakIterator}; everything else through a scanner that follows the same word
 * rules for the common cases (letters, marks, digits and connectors form a word; {@code . ' ’} join letters or
 * digits, {@code , ;} join digits). Whether the scanner beats ICU is not settled yet: docs/memory.md, "Tokens".
 */
public final class WordTokens {

    /** What a token is; the score compares words and numbers, punctuation only as a penalty. */
    public enum Kind { WORD, NUMBER, PUNCTUATION }

    /** The key of every number: "3 files" and "12 files" differ by a penalty, not by a token. */
    public static final String NUMBER_KEY = "<#>";

    private final String text;
    private final List<String> originals;
    private final List<Kind> kinds;

    private WordTokens(String text, List<String> originals, List<Kind> kinds) {
        this.text = text;
        this.originals = originals;
        this.kinds = kinds;
    }

    public static WordTokens of(String text) {
        List<String> originals = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        if (needsDictionary(text)) {
            dictionaryScan(text, originals, kinds);
        } else {
            simpleScan(text, originals, kinds);
        }
        return new WordTokens(text, originals, kinds);
    }

    public String text() {
        return text;
    }

    public int size() {
        return originals.size();
    }

    public String original(int i) {
        return originals.get(i);
    }

    public Kind kind(int i) {
        return kinds.get(i);
    }

    public String key(int i) {
        return switch (kinds.get(i)) {
            case WORD -> originals.get(i).toLowerCase(Locale.ROOT);
            case NUMBER -> NUMBER_KEY;
            case PUNCTUATION -> originals.get(i);
        };
    }

    /**
     * The keys the score and the index compare: those of the words and numbers, or, for a text with neither
     * (":", "..."), those of its punctuation, so that such texts still match themselves.
     */
    public List<String> matchKeys() {
        List<String> keys = new ArrayList<>(originals.size());
        boolean anyWord = hasWords();
        for (int i = 0; i < originals.size(); i++) {
            if (!anyWord || kinds.get(i) != Kind.PUNCTUATION) {
                keys.add(key(i));
            }
        }
        return keys;
    }

    /** Whether any token is a word or a number. */
    public boolean hasWords() {
        return kinds.stream().anyMatch(k -> k != Kind.PUNCTUATION);
    }

    /** The original forms of the tokens of one kind, in order. */
    public List<String> originals(Kind kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            if (kinds.get(i) == kind) {
                out.add(originals.get(i));
            }
        }
        return out;
    }

    private static boolean needsDictionary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0E00 && (c <= 0x109F || c >= 0x1780 && c <= 0x17FF || c >= 0x3040 && c <= 0x9FFF
                    || c >= 0xF900 && c <= 0xFAFF || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    private static void simpleScan(String text, List<String> originals, List<Kind> kinds) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
            } else if (isWordPart(c)) {
                int end = wordEnd(text, i);
                addWord(text.substring(i, end), originals, kinds);
                i = end;
            } else {
                int end = i + Character.charCount(c);
                originals.add(text.substring(i, end));
                kinds.add(Kind.PUNCTUATION);
                i = end;
            }
        }
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isWordPart(c)) {
                i++;
            } else if (i + 1 < n && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean joins(char before, char c, char after) {
        boolean letters = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return letters && (c == '.' || c == '\'' || c == '\u2019') || digits && (c == ',' || c == ';');
    }

    private static boolean isWordPart(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static void addWord(String word, List<String> originals, List<Kind> kinds) {
        originals.add(word);
        kinds.add(isNumber(word) ? Kind.NUMBER : Kind.WORD);
    }

    private static boolean isNumber(String word) {
        if (!Character.isDigit(word.codePointAt(0))) {
            return false;
        }
        return word.codePoints().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == ';' || c == '\''
                || c == '\u2019');
    }

    private static void dictionaryScan(String text, List<String> originals, List<Kind> kinds) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                addWord(text.substring(start, end), originals, kinds);
            } else {
                simpleScan(text.substring(start, end), originals, kinds);
            }
        }
    }
}
