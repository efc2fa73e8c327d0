package org.verso.editor;

import java.util.List;
import java.util.Map;
import org.verso.document.DocumentSummary;
import org.verso.translation.LanguageProgress;

/**
 * One page of the editor: the rows, where they sit in the whole, and the language's progress.
 *
 * @param focus     the segment the page enters when it opens (the first one waiting for the viewer), or null
 * @param codeKinds what the inline codes of the rows' paragraphs stand for: paragraph → kinds of codes 1, 2, …
 */
public record EditorPage(DocumentSummary document, LanguageProgress progress, EditorFilter filter, List<EditorRow> rows,
                         int page, int pageCount, long matching, Long focus, Map<Integer, List<String>> codeKinds) {

    /** The kinds of a paragraph's codes ("link", "bold"…), empty when it has none or they are not known. */
    public List<String> kindsOf(int paragraph) {
        return codeKinds.getOrDefault(paragraph, List.of());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
