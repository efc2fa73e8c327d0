package org.verso.interchange.text;

import java.nio.charset.StandardCharsets;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.PartialNotice;
import org.verso.interchange.ParagraphText;

/** Writes the translated article as plain UTF-8 text: one line per paragraph, a blank line between paragraphs. */
public final class TextWriter {

    public byte[] write(BilingualDocument doc) {
        StringBuilder out = new StringBuilder();
        if (doc.partial()) {
            out.append('[').append(PartialNotice.of(doc)).append("]\n");
        }
        for (BilingualParagraph paragraph : doc.paragraphs()) {
            String text = ParagraphText.of(paragraph, doc.targetLanguage());
            // An empty paragraph would print as an extra blank line, which a reader cannot tell from a separator.
            if (!text.isBlank()) {
                separate(out).append(text).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder separate(StringBuilder out) {
        return out.isEmpty() ? out : out.append('\n');
    }
}
