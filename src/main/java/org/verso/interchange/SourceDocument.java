package org.verso.interchange;

import java.util.List;

/**
 * The neutral model of an imported article before segmentation.
 *
 * @param firstLine  the first non-blank line, used as title when the user gives none
 * @param paragraphs the paragraphs in reading order; never empty
 */
public record SourceDocument(String firstLine, List<SourceParagraph> paragraphs) {

    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
