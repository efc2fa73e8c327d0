package org.verso.qa;

import com.ibm.icu.text.BreakIterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A translation longer than the catalog unit allows (a PO {@code max-length:N} flag, an Android {@code maxLength}):
 * the software that shows the string cuts it or refuses it. Length is what a reader sees as characters (extended
 * grapheme clusters: "é" written as e plus a combining accent is one, a flag or a family emoji is one); inline codes
 * and placeholders ({@code <1/>}) do not count, since what they stand for is only known when the software runs.
 * A plural translation is checked form by form (quality's PluralChecks runs every check on each form).
 */
public final class MaxLengthCheck implements QaCheck {

    private static final Pattern INLINE_CODE = Pattern.compile("</?[1-9][0-9]{0,3}/?>");

    @Override
    public String id() {
        return "max-length";
    }

    @Override
    public String name() {
        return "Maximum length";
    }

    @Override
    public String description() {
        return "The translation is longer than the catalog unit's maximum length.";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaIssue> check(String source, String target, QaContext context) {
        Integer max = QaContext.orEmpty(context).maxLength();
        if (max == null || target == null) {
            return List.of();
        }
        int length = length(INLINE_CODE.matcher(target).replaceAll(""));
        return length <= max ? List.of() : List.of(QaIssue.of(id(), severity(), "longerThanMax",
                Map.of("length", String.valueOf(length), "max", String.valueOf(max))));
    }

    /** User-perceived characters: extended grapheme clusters. */
    static int length(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
