package org.verso.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.verso.segmentation.LanguageRules.AbbreviationKind;

/**
 * A first segmenter built from hand-written rules; an SRX engine replaces it later behind
 * {@link Segmenter}. Obtain it through {@link Segmenters#forLanguage(String)}.
 *
 * <p>The paragraph is cut into whitespace-separated tokens, and a sentence ends between two tokens
 * when the left one ends in . ! ? or … (closing quotes and brackets may follow) and the right one
 * plausibly starts a sentence: an uppercase letter, a digit, an opening quote or bracket, or a letter
 * of a script without case. A full stop after an abbreviation, an initial ("J. R. R. Tolkien") or a
 * dotted acronym ends a sentence only before a word that typically opens one ("The", "It", "How"), so
 * "in the U.S. The next day" is split while "the U.S. Government" and "the U.S. and Russia" are not;
 * a proper noun after a sentence-final "U.S." is the price of that choice. An ellipsis ends a sentence
 * only before an uppercase letter.
 *
 * <p>CJK full stops (。！？) end a sentence with no space after them, outside brackets and quotes. Such a
 * break is the one place where joining the sentences with a single space does not give the paragraph
 * back: there was no space to collapse.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class RuleBasedSegmenter implements Segmenter {

    private static final Pattern WHITESPACE = Pattern.compile("\\p{javaWhitespace}+");
    /** Dotted acronyms and abbreviations: "U.S", "a.m", "LL.AA.II.RR", "куб.м". */
    private static final Pattern DOTTED = Pattern.compile("\\p{L}{1,4}(?:\\.\\p{L}{1,4})+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String CJK_OPENERS = "「『《〈（【〔“(";
    private static final String CJK_CLOSERS = "」』》〉）】〕”)";
    private static final int LONGEST_ABBREVIATION_IN_WORDS = 3;

    private final LanguageRules rules;

    RuleBasedSegmenter(LanguageRules rules) {
        this.rules = rules;
    }

    @Override
    public List<String> split(String paragraph) {
        String text = paragraph.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String[] tokens = WHITESPACE.split(text);
        Paragraph scan = new Paragraph(tokens);
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (i == tokens.length - 1 || scan.endsSentenceAfter(i)) {
                sentences.addAll(splitAfterCjkStops(String.join(" ", Arrays.copyOfRange(tokens, start, i + 1))));
                start = i + 1;
            }
        }
        return List.copyOf(sentences);
    }

    /** Splits after 。！？ that stand outside brackets and quotes and are directly followed by text. */
    private static List<String> splitAfterCjkStops(String sentence) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (CJK_OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (CJK_CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Punctuation.isCjkTerminator(c)) {
                int end = i + 1;
                while (end < sentence.length() && Punctuation.isStrong(sentence.charAt(end))) {
                    end++;
                }
                if (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
                    parts.add(sentence.substring(start, end));
                    start = end;
                }
                i = end - 1;
            }
        }
        parts.add(sentence.substring(start));
        return parts;
    }

    /** The decisions for one paragraph's tokens. */
    private final class Paragraph {

        private final String[] tokens;
        private final ListItems listItems;

        Paragraph(String[] tokens) {
            this.tokens = tokens;
            this.listItems = new ListItems(tokens);
        }

        /**
         * Whether a sentence ends between token {@code i} and the next. A token of punctuation alone
         * (French "Quoi ?", a lone "»") is read together with the word before it.
         */
        boolean endsSentenceAfter(int i) {
            if (listItems.startsItem(i + 1)) {
                return true;
            }
            if (listItems.isMarker(i)) {
                return false;
            }
            // Inside or after a spaced ellipsis ". . .": only four dots (a full stop plus an ellipsis) end a sentence.
            if (isSpacedDot(i) && (isSpacedDot(i + 1) || dotRun(i, -1) > 1)) {
                return !isSpacedDot(i + 1) && dotRun(i, -1) >= 4 && startsUppercase(i + 1);
            }
            int word = i > 0 && !Punctuation.hasLetterOrDigit(tokens[i]) ? i - 1 : i;
            TokenEnding ending = TokenEnding.of(word == i ? tokens[i] : tokens[word] + " " + tokens[i]);
            if (!ending.endsInMark()) {
                return false;
            }
            if (isSpacedDot(i + 1)) {
                return beforeSpacedEllipsis(i, ending);
            }
            if (Punctuation.isClosingOnly(tokens[i + 1]) || startsListedAbbreviation(i)) {
                return false;
            }
            return plausibleStart(i + 1) && afterMark(word, i, ending);
        }

        private boolean afterMark(int word, int i, TokenEnding ending) {
            if (ending.strong()) {
                return true;
            }
            if (ending.isEllipsis()) {
                return !ending.isBracketedOmission() && startsUppercase(i + 1);
            }
            return afterFullStop(word, i, Punctuation.stripOpeners(ending.word()));
        }

        private boolean afterFullStop(int word, int i, String bare) {
            AbbreviationKind kind = abbreviationEndingAt(word);
            if (kind == AbbreviationKind.PREFIX || kind == AbbreviationKind.NUMERIC && startsWithDigit(i + 1)) {
                return false;
            }
            boolean initial = bare.codePointCount(0, bare.length()) == 1 && Character.isLetter(bare.codePointAt(0));
            boolean ordinal = rules.ordinalNumbers() && DIGITS.matcher(bare).matches();
            if (kind != null || initial || ordinal || DOTTED.matcher(bare).matches()) {
                return startsWithSentenceStarter(i + 1);
            }
            return true;
        }

        /** The kind of the longest listed abbreviation that ends at token {@code word}, or {@code null}. */
        private AbbreviationKind abbreviationEndingAt(int word) {
            for (int words = LONGEST_ABBREVIATION_IN_WORDS; words >= 1; words--) {
                if (word - words + 1 < 0) {
                    continue;
                }
                String joined = String.join(" ", Arrays.copyOfRange(tokens, word - words + 1, word + 1));
                AbbreviationKind kind = rules.abbreviation(Punctuation.stripClosers(Punctuation.stripOpeners(joined)));
                if (kind != null) {
                    return kind;
                }
            }
            return null;
        }

        /** Whether token {@code i} is the first word of a listed abbreviation of several ("EE. UU."). */
        private boolean startsListedAbbreviation(int i) {
            for (int words = 2; words <= LONGEST_ABBREVIATION_IN_WORDS && i + words <= tokens.length; words++) {
                String joined = String.join(" ", Arrays.copyOfRange(tokens, i, i + words));
                if (rules.abbreviation(Punctuation.stripClosers(Punctuation.stripOpeners(joined))) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "compounds. . . . The" is a sentence followed by an ellipsis that opens the next one (the
         * Chicago four-dot style): break before three spaced dots after a full stop when a capital follows.
         */
        private boolean beforeSpacedEllipsis(int i, TokenEnding ending) {
            int run = dotRun(i + 1, 1);
            return ending.dots() == 1 && !ending.isEllipsis() && !ending.strong() && run == 3
                    && startsUppercase(i + 1 + run);
        }

        private boolean isSpacedDot(int i) {
            return i >= 0 && i < tokens.length && tokens[i].startsWith(".")
                    && Punctuation.stripClosers(tokens[i]).equals(".");
        }

        /** How many spaced dots run from token {@code i} in direction {@code step}. */
        private int dotRun(int i, int step) {
            int count = 0;
            while (isSpacedDot(i + count * step)) {
                count++;
            }
            return count;
        }

        private boolean plausibleStart(int i) {
            String token = tokens[i];
            if (Punctuation.isOpener(token.charAt(0)) && Punctuation.hasLetterOrDigit(token)) {
                return true;
            }
            int first = firstCodePoint(i);
            boolean caseless = Character.isLetter(first) && !Character.isLowerCase(first) && !Character.isUpperCase(first);
            return Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first) || caseless;
        }

        private boolean startsUppercase(int i) {
            int first = firstCodePoint(i);
            return Character.isUpperCase(first) || Character.isTitleCase(first);
        }

        private boolean startsWithDigit(int i) {
            return Character.isDigit(firstCodePoint(i));
        }

        private boolean startsWithSentenceStarter(int i) {
            String text = firstWordText(i);
            int end = 0;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(0, end);
            if (end == 1 && text.startsWith(".", end)) {
                return false; // an initial, like Russian "С." in "А. С. Пушкин", though "С" also opens sentences
            }
            boolean elided = end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
            return elided && rules.isSentenceStarter(word + "'") || rules.isSentenceStarter(word);
        }

        private int firstCodePoint(int i) {
            String text = firstWordText(i);
            return text.isEmpty() ? -1 : text.codePointAt(0);
        }

        /**
         * Token {@code i} from its first letter or digit on. A token of punctuation alone (a French
         * « with a space after it, a dialogue dash) gives way to the token after it.
         */
        private String firstWordText(int i) {
            if (i >= tokens.length) {
                return "";
            }
            String text = Punctuation.stripOpeners(tokens[i]);
            if (!Punctuation.hasLetterOrDigit(tokens[i]) && i + 1 < tokens.length) {
                text = Punctuation.stripOpeners(tokens[i + 1]);
            }
            return text;
        }
    }
}
