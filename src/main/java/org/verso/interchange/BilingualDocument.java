package org.verso.interchange;

import java.util.List;

/**
 * The neutral model a writer turns into a file.
 *
 * @param id             the document's identifier
 * @param title          human title
 * @param sourceLanguage BCP 47 tag
 * @param targetLanguage BCP 47 tag
 * @param paragraphs     in reading order
 * @param missing        translatable units without an approved translation; non-zero only in a partial export,
 *                       whose file must say so
 */
public record BilingualDocument(String id, String title, String sourceLanguage, String targetLanguage,
                                List<BilingualParagraph> paragraphs, int missing) {

    public BilingualDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean partial() {
        return missing > 0;
    }
}
