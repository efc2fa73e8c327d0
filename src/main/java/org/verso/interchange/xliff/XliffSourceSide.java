package org.verso.interchange.xliff;

import java.util.ArrayList;
import java.util.List;

import org.verso.interchange.BilingualDocument;
import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.InterchangeException;
import org.verso.interchange.SourceDocument;
import org.verso.interchange.SourceParagraph;

/**
 * The source side of a bilingual file as an article to import: its paragraphs, each with the file's own
 * segmentation kept, so every unit becomes exactly one segment and the file's targets can be applied back to them.
 */
public final class XliffSourceSide {

    private XliffSourceSide() {
    }

    /**
     * @throws InterchangeException when no unit has source text
     */
    public static SourceDocument of(BilingualDocument file) {
        List<SourceParagraph> paragraphs = new ArrayList<>();
        for (BilingualParagraph paragraph : file.paragraphs()) {
            List<String> sentences = paragraph.units().stream().map(BilingualUnit::source)
                    .filter(s -> !s.isBlank()).toList();
            if (!sentences.isEmpty()) {
                paragraphs.add(new SourceParagraph(paragraph.kind(), "", String.join(" ", sentences),
                        paragraph.segmentable(), sentences, List.of()));
            }
        }
        if (paragraphs.isEmpty()) {
            throw new InterchangeException("The XLIFF file has no source text to translate.");
        }
        String title = file.title() == null || file.title().isBlank() ? paragraphs.get(0).sentences().get(0)
                : file.title();
        return new SourceDocument(title.strip(), paragraphs);
    }
}
