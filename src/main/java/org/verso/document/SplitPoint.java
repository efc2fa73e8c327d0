package org.verso.document;

import java.util.List;
import org.verso.failure.InvalidInputException;
import org.verso.interchange.InlineCodes;

/**
 * Where a source text may be split: strictly inside it, with text on both sides, and, in languages that put spaces
 * between words, at a space, because export joins a paragraph's segments with one space and a split inside a word
 * would come back as two words. The offset counts UTF-16 code units, like JavaScript string indices.
 */
final class SplitPoint {

    private SplitPoint() {
    }

    /** The two trimmed parts of {@code source} split at {@code offset}; a 400 saying why if it cannot split there. */
    static List<String> parts(String source, Integer offset, boolean spaced) {
        if (offset == null) {
            throw new InvalidInputException(ErrDocument.class, m -> m.giveOffsetCharacterSource());
        }
        if (offset <= 0 || offset >= source.length()) {
            throw new InvalidInputException(ErrDocument.class,
                    m -> m.splitInsideSourceOffset((source.length() - 1), offset));
        }
        if (Character.isLowSurrogate(source.charAt(offset)) && Character.isHighSurrogate(source.charAt(offset - 1))) {
            throw new InvalidInputException(ErrDocument.class, m -> m.offsetFallsInsideCharacter(offset));
        }
        int at = 0;
        for (InlineCodes.Token token : InlineCodes.tokens(source)) {
            if (token.kind() != InlineCodes.Kind.TEXT && offset > at && offset < at + token.text().length()) {
                throw new InvalidInputException(ErrDocument.class,
                        m -> m.offsetFallsInsideInline(offset, token.text()));
            }
            at += token.text().length();
        }
        if (spaced && !Character.isWhitespace(source.charAt(offset - 1))
                && !Character.isWhitespace(source.charAt(offset))) {
            throw new InvalidInputException(ErrDocument.class, m -> m.offsetFallsInsideWord(offset));
        }
        String first = source.substring(0, offset).strip();
        String second = source.substring(offset).strip();
        if (first.isEmpty() || second.isEmpty()) {
            throw new InvalidInputException(ErrDocument.class, m -> m.bothPartsSplitNeed(offset));
        }
        return List.of(first, second);
    }
}
