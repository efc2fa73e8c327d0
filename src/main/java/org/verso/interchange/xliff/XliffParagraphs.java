package org.verso.interchange.xliff;

import java.util.ArrayList;
import java.util.List;

import org.verso.interchange.BilingualParagraph;
import org.verso.interchange.BilingualUnit;
import org.verso.interchange.ParagraphKind;

/**
 * Gathers a reader's paragraphs: Verso names each group after its paragraph kind ("heading", "body", "other");
 * any other group is running text. A paragraph is translatable when any of its units is.
 */
final class XliffParagraphs {

    private final List<BilingualParagraph> paragraphs = new ArrayList<>();

    void add(ParagraphKind kind, List<BilingualUnit> units) {
        if (!units.isEmpty()) {
            paragraphs.add(new BilingualParagraph(kind, "", units.stream().anyMatch(BilingualUnit::translatable),
                    units));
        }
    }

    List<BilingualParagraph> all() {
        return paragraphs;
    }

    static ParagraphKind kind(String groupName) {
        for (ParagraphKind kind : ParagraphKind.values()) {
            if (kind.name().equalsIgnoreCase(groupName == null ? "" : groupName)) {
                return kind;
            }
        }
        return ParagraphKind.BODY;
    }
}
