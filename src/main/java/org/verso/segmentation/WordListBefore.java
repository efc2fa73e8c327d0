package org.verso.segmentation;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A beforebreak that is a list of literal words, optionally after a negative look-behind on one
 * character class — the shape of abbreviation rules, {@code (?<![\p{L}\p{N}\p{M}])(?:Mr|Dr|(?iu:No|Vol))\.}
 * — matched by walking a trie of the words backwards from the position, one step per character,
 * instead of trying the alternatives of a regular expression one after the other.
 *
 * <p>It answers as the reversed beforebreak on a {@link ReversedText} does: characters written inside
 * {@code (?iu:…)} match every character with the same {@link #fold}, as Java's Unicode case-insensitive
 * matching does; the look-behind reads the whole character before the word, even outside the Basic
 * Multilingual Plane. {@code FastPathEquivalenceTest} checks both readings against each other.
 */
final class WordListBefore {

    private static final String LOOK_BEHIND = "(?<![";
    private static final Map<String, BitSet> CLASSES = new ConcurrentHashMap<>();

    /** The words matched exactly, and those (each character {@link #fold}ed) matched ignoring case. */
    private final WordTrie exact;
    private final WordTrie folded;
    /** The character class no character before a word may be in; {@code null} without a look-behind. */
    private final Pattern notBefore;
    private final BitSet notBeforeBmp;

    private WordListBefore(WordTrie exact, WordTrie folded, Pattern notBefore) {
        this.exact = exact;
        this.folded = folded;
        this.notBefore = notBefore;
        this.notBeforeBmp = notBefore == null ? null
                : CLASSES.computeIfAbsent(notBefore.pattern(), k -> bmpMatches(notBefore));
    }

    /** The matcher for {@code beforebreak}, or {@code null} if it is not a list of literal words. */
    static WordListBefore of(String beforebreak) {
        int wordsFrom = 0;
        Pattern notBefore = null;
        if (beforebreak.startsWith(LOOK_BEHIND)) {
            int end = classEnd(beforebreak, LOOK_BEHIND.length());
            if (end < 0 || end + 1 >= beforebreak.length() || beforebreak.charAt(end + 1) != ')') {
                return null;
            }
            notBefore = Pattern.compile(beforebreak.substring(LOOK_BEHIND.length() - 1, end + 1));
            wordsFrom = end + 2;
        }
        List<LiteralWords.Word> words = LiteralWords.of(beforebreak, wordsFrom);
        if (words == null || words.isEmpty() || words.stream().anyMatch(w -> w.text().isEmpty())) {
            return null;
        }
        WordTrie exact = new WordTrie();
        WordTrie folded = new WordTrie();
        for (LiteralWords.Word word : words) {
            if (word.ignoringCase().isEmpty()) {
                exact.add(word.text());
            } else if (foldsAlike(word)) {
                folded.add(folded(word.text()));
            } else {
                return null;
            }
        }
        return new WordListBefore(exact, folded, notBefore);
    }

    /** Whether some word ends at {@code position} of {@code text}, with no character of the class just before it. */
    boolean matches(String text, int position) {
        return !exact.isEmpty() && walk(exact, text, position, false) || !folded.isEmpty() && walk(folded, text, position, true);
    }

    private boolean walk(WordTrie trie, String text, int position, boolean fold) {
        int node = WordTrie.ROOT;
        for (int i = position - 1; i >= 0; i--) {
            char c = text.charAt(i);
            node = trie.child(node, fold ? fold(c) : c);
            if (node < 0) {
                return false;
            }
            if (trie.endsWord(node) && nothingBefore(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character before index {@code start}, if any, is outside the look-behind's class. */
    private boolean nothingBefore(String text, int start) {
        if (notBefore == null || start == 0) {
            return true;
        }
        int c = Character.codePointBefore(text, start);
        return c < 0x10000 ? !notBeforeBmp.get(c) : !notBefore.matcher(Character.toString(c)).matches();
    }

    /**
     * What Java's Unicode case-insensitive matching compares: two characters match if they fold alike.
     * A surrogate folds to itself, so it never matches a letter, as in Java.
     */
    static char fold(char c) {
        return CaseFolding.FOLDED[c];
    }

    private static String folded(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.chars().forEach(c -> out.append(fold((char) c)));
        return out.toString();
    }

    /**
     * Whether matching the whole word by folded characters answers as the regex does: each character
     * the word matches exactly must be the only one with its folding.
     */
    private static boolean foldsAlike(LiteralWords.Word word) {
        for (int i = 0; i < word.text().length(); i++) {
            char c = word.text().charAt(i);
            if (fold(fold(c)) != fold(c) || !word.ignoringCase().get(i) && !CaseFolding.alone(c)) {
                return false;
            }
        }
        return true;
    }

    /** The characters of the Basic Multilingual Plane (lone surrogates included) that {@code oneCharacter} matches. */
    private static BitSet bmpMatches(Pattern oneCharacter) {
        BitSet matches = new BitSet(0x10000);
        Matcher matcher = oneCharacter.matcher("");
        for (int c = 0; c < 0x10000; c++) {
            matches.set(c, matcher.reset(String.valueOf((char) c)).matches());
        }
        return matches;
    }

    /** The index of the ']' that closes a class without nested classes, or -1. */
    private static int classEnd(String regex, int from) {
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                return -1;
            } else if (c == ']' && i > from) {
                return i;
            }
        }
        return -1;
    }

    /** Which characters of the Basic Multilingual Plane no other character folds into. */
    private static final class CaseFolding {
        private static final char[] FOLDED = folded();
        private static final BitSet SHARED = shared();

        private static char[] folded() {
            char[] folded = new char[0x10000];
            for (int c = 0; c < folded.length; c++) {
                folded[c] = (char) Character.toLowerCase(Character.toUpperCase(c));
            }
            return folded;
        }

        static boolean alone(char c) {
            return fold(c) == c && !SHARED.get(c);
        }

        private static BitSet shared() {
            BitSet shared = new BitSet();
            for (int c = 0; c < 0x10000; c++) {
                if (fold((char) c) != c) {
                    shared.set(fold((char) c));
                }
            }
            return shared;
        }
    }
}
