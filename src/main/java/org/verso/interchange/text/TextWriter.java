package org.verso.interchange.text;

import java.nio.charset.StandardCharsets;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.PartialNotice;
import org.verso.interchange.ParagraphText;

/**
 * Writes the translated article as plain UTF-8 text. An article imported from plain text comes back with its own
 * layout: the blank lines between paragraphs, the line breaks and spaces between and inside sentences, byte for byte
 * where nothing was translated ({@link ParagraphText#exact}). Others get one line per paragraph, a blank line between.
 */
public final class TextWriter {

    public byte[] write(BilingualDocument doc) {
        StringBuilder out = new StringBuilder();
        if (doc.partial()) {
            out.append('[').append(PartialNotice.of(doc)).append("]\n");
        }
        if (!doc.paragraphs().isEmpty() && doc.paragraphs().stream().allMatch(BilingualParagraph::exact)) {
            separate(out);
            return exact(doc, out).toString().getBytes(StandardCharsets.UTF_8);
        }
        for (BilingualParagraph paragraph : doc.paragraphs()) {
            String text = ParagraphText.of(paragraph, doc);
            // An empty paragraph would print as an extra blank line, which a reader cannot tell from a separator.
            if (!text.isBlank()) {
                separate(out).append(text).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The paragraphs with their own layout. A paragraph left out goes with the blank lines before it; the one after it
     * takes the left-out one's lead, so the file still starts where it started; a file whose end was left out still
     * ends its last line.
     */
    private static StringBuilder exact(BilingualDocument doc, StringBuilder out) {
        String pendingLead = null;
        boolean lastLeftOut = false;
        for (BilingualParagraph paragraph : doc.paragraphs()) {
            lastLeftOut = paragraph.units().isEmpty();
            if (lastLeftOut) {
                pendingLead = pendingLead == null ? paragraph.lead() : pendingLead;
                continue;
            }
            String text = ParagraphText.exact(paragraph, doc);
            out.append(pendingLead == null ? text : pendingLead + text.substring(paragraph.lead().length()));
            pendingLead = null;
        }
        if (lastLeftOut && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        return out;
    }

    private static StringBuilder separate(StringBuilder out) {
        return out.isEmpty() ? out : out.append('\n');
    }
}
