package org.verso.interchange;

import java.util.List;
import java.util.regex.Pattern;

/** The text a monolingual writer prints for one paragraph. */
public final class ParagraphText {

    /** A line break typed into a translation would split or wrap the paragraph in a line-based format. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private ParagraphText() {
    }

    /**
     * Segmentable paragraphs: the units' output joined the way {@code language} writes sentences, on one line.
     * Other paragraphs: the units' output exactly as imported, line breaks included.
     */
    public static String of(BilingualParagraph paragraph, String language) {
        List<String> outputs = paragraph.units().stream().map(BilingualUnit::output).toList();
        if (!paragraph.segmentable()) {
            return String.join("", outputs);
        }
        return LINE_BREAK.matcher(Sentences.join(outputs, language)).replaceAll(" ").strip();
    }
}
