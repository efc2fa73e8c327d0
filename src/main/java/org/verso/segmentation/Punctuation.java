package org.verso.segmentation;

/**
 * Character classes the rule-based segmenter reasons with. Quotes that open in one language close
 * in another (German „…“ and »…«, French « … »), so a quote counts as opening at the start of a
 * token and as closing at its end.
 */
final class Punctuation {

    private static final String CLOSERS = "\"'”’“‘»«›‹)]}」』》〉）】〕";
    private static final String OPENERS = "\"'“‘„‚«»‹›([{¿¡「『《〈（【〔";
    /** Quotes and brackets that only ever open. */
    private static final String OPENING_ONLY = "«„‚([{‹「『《〈（【〔";
    private static final String DASHES = "-‐‑‒–—―";
    /** Sentence marks that end a sentence whatever precedes them (Arabic, Devanagari, Armenian, Ethiopic, Myanmar too). */
    private static final String STRONG = "!?‼⁇⁈⁉؟।॥։።။";
    /** Full-width marks that end a sentence even with no space after them. */
    private static final String CJK_TERMINATORS = "。！？｡";

    private Punctuation() {
    }

    static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    static boolean isOpener(char c) {
        return OPENERS.indexOf(c) >= 0;
    }

    static boolean isStrong(char c) {
        return STRONG.indexOf(c) >= 0 || isCjkTerminator(c);
    }

    static boolean isCjkTerminator(char c) {
        return CJK_TERMINATORS.indexOf(c) >= 0;
    }

    /**
     * A token of closing punctuation alone, such as the French » set off by a space: it belongs to the
     * sentence before it. A lone « or „ opens the next one instead.
     */
    static boolean isClosingOnly(String token) {
        return OPENING_ONLY.indexOf(token.charAt(0)) < 0
                && token.chars().allMatch(c -> isCloser((char) c) || isStrong((char) c) || c == '.' || c == '…');
    }

    static boolean hasLetterOrDigit(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The token without the opening quotes, brackets and dashes in front of its first letter. */
    static String stripOpeners(String token) {
        int start = 0;
        while (start < token.length() && (isOpener(token.charAt(start)) || DASHES.indexOf(token.charAt(start)) >= 0)) {
            start++;
        }
        return token.substring(start);
    }

    /** The token without the closing quotes and brackets after its last mark. */
    static String stripClosers(String token) {
        int end = token.length();
        while (end > 0 && isCloser(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(0, end);
    }
}
