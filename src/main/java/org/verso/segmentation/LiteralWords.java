package org.verso.segmentation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads a regular expression that can only match a finite list of literal words — literal characters,
 * escaped punctuation, {@code (?:…)} groups with alternatives, {@code ?} after an atom, and
 * {@code (?iu:…)} groups that ignore case the Unicode way — into that list. Anything else (a class, an
 * escape such as {@code \s} or {@code \p{L}}, another quantifier, another flag, an unescaped
 * {@code .}) makes {@link #of} answer {@code null}: the expression is then matched as a regular
 * expression.
 */
final class LiteralWords {

    /** More words than this and the list is not worth building. */
    private static final int MAX_WORDS = 10_000;

    /**
     * One word the expression matches; {@code ignoringCase} marks the characters written inside a
     * {@code (?iu:…)} group.
     */
    record Word(String text, BitSet ignoringCase) {
    }

    private final String regex;
    private int at;

    private LiteralWords(String regex, int from) {
        this.regex = regex;
        this.at = from;
    }

    /** The words {@code regex}, read from {@code from} to its end, matches; {@code null} if it is not such a list. */
    static List<Word> of(String regex, int from) {
        LiteralWords reader = new LiteralWords(regex, from);
        try {
            List<Word> words = reader.alternatives(false);
            return reader.at == regex.length() ? words : null;
        } catch (NotLiteral e) {
            return null;
        }
    }

    /** Alternatives up to an unmatched ')' or the end. */
    private List<Word> alternatives(boolean ignoreCase) {
        List<Word> all = new ArrayList<>();
        List<Word> current = List.of(new Word("", new BitSet()));
        while (at < regex.length() && regex.charAt(at) != ')') {
            if (regex.charAt(at) == '|') {
                at++;
                all.addAll(current);
                current = List.of(new Word("", new BitSet()));
                continue;
            }
            current = concatenated(current, optional(atom(ignoreCase)));
        }
        all.addAll(current);
        return all;
    }

    /** The atom's words, plus the empty word if a {@code ?} follows; other quantifiers are not literal. */
    private List<Word> optional(List<Word> atom) {
        if (at < regex.length() && "*+{".indexOf(regex.charAt(at)) >= 0) {
            throw new NotLiteral();
        }
        if (at >= regex.length() || regex.charAt(at) != '?') {
            return atom;
        }
        at++;
        if (at < regex.length() && "?+".indexOf(regex.charAt(at)) >= 0) {
            throw new NotLiteral();
        }
        List<Word> withEmpty = new ArrayList<>(atom);
        withEmpty.add(new Word("", new BitSet()));
        return withEmpty;
    }

    private List<Word> atom(boolean ignoreCase) {
        char c = regex.charAt(at);
        if (c == '(') {
            boolean caseless = regex.startsWith("(?iu:", at) || regex.startsWith("(?ui:", at);
            if (!caseless && !regex.startsWith("(?:", at)) {
                throw new NotLiteral();
            }
            at += caseless ? 5 : 3;
            List<Word> inside = alternatives(ignoreCase || caseless);
            if (at >= regex.length()) {
                throw new NotLiteral();
            }
            at++; // ')'
            return inside;
        }
        if (c == '\\') {
            char escaped = at + 1 < regex.length() ? regex.charAt(at + 1) : 'x';
            if (Character.isLetterOrDigit(escaped) || escaped >= 0x80) {
                throw new NotLiteral();
            }
            at += 2;
            return List.of(literal(escaped, ignoreCase));
        }
        if ("[].^${}*+?".indexOf(c) >= 0 || Character.isSurrogate(c)) {
            throw new NotLiteral();
        }
        at++;
        return List.of(literal(c, ignoreCase));
    }

    private static Word literal(char c, boolean ignoreCase) {
        BitSet flag = new BitSet();
        flag.set(0, ignoreCase);
        return new Word(String.valueOf(c), flag);
    }

    private static List<Word> concatenated(List<Word> heads, List<Word> tails) {
        if ((long) heads.size() * tails.size() > MAX_WORDS) {
            throw new NotLiteral();
        }
        List<Word> words = new ArrayList<>(heads.size() * tails.size());
        for (Word head : heads) {
            for (Word tail : tails) {
                BitSet flags = (BitSet) head.ignoringCase().clone();
                for (int i = tail.ignoringCase().nextSetBit(0); i >= 0; i = tail.ignoringCase().nextSetBit(i + 1)) {
                    flags.set(head.text().length() + i);
                }
                words.add(new Word(head.text() + tail.text(), flags));
            }
        }
        return words;
    }

    /** Thrown while reading to abandon an expression that is not a literal list. */
    private static final class NotLiteral extends RuntimeException {
        NotLiteral() {
            super(null, null, false, false);
        }
    }
}
