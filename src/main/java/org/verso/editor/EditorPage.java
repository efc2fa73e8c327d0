package org.verso.editor;

import java.util.List;
import org.verso.document.DocumentSummary;
import org.verso.translation.LanguageProgress;

/**
 * One page of the editor: the rows, where they sit in the whole, and the language's progress.
 *
 * @param focus the segment the page enters when it opens (the first one waiting for the viewer), or null
 */
public record EditorPage(DocumentSummary document, LanguageProgress progress, EditorFilter filter, List<EditorRow> rows,
                         int page, int pageCount, long matching, Long focus) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
