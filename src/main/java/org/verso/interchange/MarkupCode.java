package org.verso.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * What an inline code of a paragraph stands for in the source format, for formats whose paragraphs carry their own
 * markup (Markdown): a paired code's opening and closing markup ({@code "["} and {@code "](https://…)"}), or a
 * standalone code's whole literal ({@code "`npm install`"}), {@code close} then null.
 */
public record MarkupCode(String open, String close) {

    private static final char CODE_SEPARATOR = '\u001E';
    private static final char PART_SEPARATOR = '\u001F';

    public static MarkupCode standalone(String literal) {
        return new MarkupCode(literal, null);
    }

    public boolean paired() {
        return close != null;
    }

    /** One string for a list of codes, for storage; {@link #parse} reads it back. Null for no codes. */
    public static String serialize(List<MarkupCode> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (MarkupCode code : codes) {
            if (!out.isEmpty()) {
                out.append(CODE_SEPARATOR);
            }
            out.append(code.open());
            if (code.paired()) {
                out.append(PART_SEPARATOR).append(code.close());
            }
        }
        return out.toString();
    }

    public static List<MarkupCode> parse(String stored) {
        List<MarkupCode> codes = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return codes;
        }
        for (String code : stored.split(String.valueOf(CODE_SEPARATOR), -1)) {
            int separator = code.indexOf(PART_SEPARATOR);
            codes.add(separator < 0 ? standalone(code)
                    : new MarkupCode(code.substring(0, separator), code.substring(separator + 1)));
        }
        return codes;
    }
}
