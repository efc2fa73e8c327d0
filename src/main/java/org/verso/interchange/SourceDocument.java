package org.verso.interchange;

import java.util.List;

/**
 * The neutral model of an imported article before segmentation.
 *
 * @param firstLine  the first non-blank line, used as title when the user gives none
 * @param paragraphs the paragraphs in reading order; never empty
 * @param skeleton   what a writer needs besides the paragraphs to rebuild the file (the HTML page around them);
 *                   null for formats whose paragraphs carry all of it
 * @param repairs    what the reader repaired to read the file (HTML parsed as a browser does); empty for most
 */
public record SourceDocument(String firstLine, List<SourceParagraph> paragraphs, String skeleton,
                             List<Repair> repairs) {

    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
        repairs = List.copyOf(repairs);
    }

    public SourceDocument(String firstLine, List<SourceParagraph> paragraphs, String skeleton) {
        this(firstLine, paragraphs, skeleton, List.of());
    }

    public SourceDocument(String firstLine, List<SourceParagraph> paragraphs) {
        this(firstLine, paragraphs, null);
    }
}
